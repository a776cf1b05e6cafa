package se.lagesbild.knowledge;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * How free text is matched, decided once from the database product. PostgreSQL: full-text search with the Swedish
 * configuration ({@code websearch_to_tsquery('swedish', …)}) against the stored tsvectors of the item and of its
 * attachments (V14_1, GIN indexes), ranked with {@code ts_rank}, title and tags weighing most. Any other database
 * (H2, the zero-setup default): every word must occur, case-insensitively, in the title, summary, tags or an
 * attachment's name or text ({@code LIKE}), newest first.
 */
@Component
class KnowledgeSearch {

    enum Dialect { POSTGRESQL, LIKE }

    /** A condition on {@code knowledge_item i}, an expression that ranks the hits, and their parameters. */
    record Match(String where, String relevance, Map<String, Object> params) {
    }

    /** The LIKE fallback looks at this many words of the search text at most. */
    static final int MAX_WORDS = 8;

    private static final String POSTGRES_QUERY = "websearch_to_tsquery('swedish', :searchText)";

    private final DataSource dataSource;
    private volatile Dialect dialect;

    KnowledgeSearch(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Dialect dialect() {
        Dialect known = dialect;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                known = dialectOf(connection.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw new IllegalStateException("cannot tell which database this is", e);
            }
            dialect = known;
        }
        return known;
    }

    static Dialect dialectOf(String databaseProductName) {
        return "PostgreSQL".equalsIgnoreCase(databaseProductName) ? Dialect.POSTGRESQL : Dialect.LIKE;
    }

    Match match(String text) {
        return match(dialect(), text);
    }

    static Match match(Dialect dialect, String text) {
        if (text == null || text.isBlank()) {
            return new Match("1 = 1", "0", Map.of());
        }
        return dialect == Dialect.POSTGRESQL ? fullText(text.strip()) : like(text.strip());
    }

    private static Match fullText(String text) {
        String where = "(i.search_vector @@ " + POSTGRES_QUERY + " or exists (select 1 from knowledge_attachment a"
                + " where a.item_id = i.id and a.search_vector @@ " + POSTGRES_QUERY + "))";
        String relevance = "(ts_rank(i.search_vector, " + POSTGRES_QUERY + ") + coalesce((select max(ts_rank("
                + "a.search_vector, " + POSTGRES_QUERY + ")) from knowledge_attachment a where a.item_id = i.id), 0))";
        return new Match(where, relevance, Map.of("searchText", text));
    }

    private static Match like(String text) {
        List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+"))
                .map(word -> word.replaceAll("^[\"'(]+|[\"')]+$", ""))
                .filter(word -> !word.isEmpty()).distinct().limit(MAX_WORDS).toList();
        if (words.isEmpty()) {
            return new Match("1 = 1", "0", Map.of());
        }
        var where = new StringBuilder("(");
        Map<String, Object> params = new HashMap<>();
        for (int n = 0; n < words.size(); n++) {
            String p = ":searchWord" + n;
            params.put("searchWord" + n, "%" + escape(words.get(n)) + "%");
            if (n > 0) {
                where.append(" and ");
            }
            where.append("(lower(i.title) like ").append(p).append(" escape '\\'")
                    .append(" or lower(i.summary) like ").append(p).append(" escape '\\'")
                    .append(" or lower(i.tags) like ").append(p).append(" escape '\\'")
                    .append(" or exists (select 1 from knowledge_attachment a where a.item_id = i.id and (")
                    .append("lower(a.display_name) like ").append(p).append(" escape '\\'")
                    .append(" or lower(a.text_content) like ").append(p).append(" escape '\\')))");
        }
        return new Match(where.append(")").toString(), "0", params);
    }

    /** A word as a LIKE pattern part: its wildcards matched literally. */
    static String escape(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
