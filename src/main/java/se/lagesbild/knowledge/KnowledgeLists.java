package se.lagesbild.knowledge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.Timestamps;

/**
 * Lists of items as set-based SQL, always filtered by the reader's scope in the database: a page of a search (one
 * count, one page of rows, one query for their themes), the newest items, and the items other modules may refer to.
 */
@Component
class KnowledgeLists {

    static final int EXCERPT_LENGTH = 280;
    /** Other modules never get more than this many references at once. */
    static final int MAX_REFERENCES = 500;

    private static final String COLUMNS = """
            i.id, i.kind, i.title, i.summary, i.tags, i.owner_id, i.visibility, i.item_date,
            (select count(*) from knowledge_attachment c where c.item_id = i.id) as attachments""";

    private final JdbcClient jdbc;
    private final KnowledgeSearch search;
    private final Organisations organisations;

    KnowledgeLists(JdbcClient jdbc, KnowledgeSearch search, Organisations organisations) {
        this.jdbc = jdbc;
        this.search = search;
        this.organisations = organisations;
    }

    KnowledgePage search(CurrentUser user, KnowledgeQuery query, int pageSize) {
        KnowledgeAccess.Filter scope = KnowledgeAccess.readable(user);
        KnowledgeSearch.Match match = search.match(query.text());
        Map<String, Object> params = new HashMap<>(scope.params());
        params.putAll(match.params());
        var where = new StringBuilder(" where ").append(scope.sql()).append(" and ").append(match.where());
        if (query.kind() != null) {
            where.append(" and i.kind = :kind");
            params.put("kind", query.kind().name());
        }
        if (query.theme() != null) {
            where.append(" and exists (select 1 from knowledge_item_theme t where t.item_id = i.id"
                    + " and t.theme = :theme)");
            params.put("theme", query.theme().key());
        }
        long total = jdbc.sql("select count(*) from knowledge_item i" + where).params(params)
                .query(Long.class).single();
        params.put("limit", pageSize);
        params.put("offset", (long) query.page() * pageSize);
        List<Row> rows = jdbc.sql("select " + COLUMNS + ", " + match.relevance() + " as relevance"
                        + " from knowledge_item i" + where
                        + " order by relevance desc, i.item_date desc, i.id desc limit :limit offset :offset")
                .params(params).query(KnowledgeLists::row).list();
        return new KnowledgePage(summaries(rows), query.page(), total, pageSize);
    }

    /** The newest items the user reads, created at or after {@code since}, newest first. */
    List<KnowledgeSummary> recent(CurrentUser user, Instant since, int limit) {
        KnowledgeAccess.Filter scope = KnowledgeAccess.readable(user);
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("since", Timestamps.of(since));
        params.put("limit", limit);
        List<Row> rows = jdbc.sql("select " + COLUMNS + " from knowledge_item i where " + scope.sql()
                        + " and i.created_at >= :since order by i.created_at desc, i.id desc limit :limit")
                .params(params).query(KnowledgeLists::row).list();
        return summaries(rows);
    }

    /** Items of the given kinds the user reads, by title. */
    List<KnowledgeReference> references(CurrentUser user, Set<KnowledgeKind> kinds) {
        KnowledgeAccess.Filter scope = KnowledgeAccess.readable(user);
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("kinds", kinds.stream().map(Enum::name).toList());
        params.put("limit", MAX_REFERENCES);
        return jdbc.sql("select i.id, i.kind, i.title from knowledge_item i where " + scope.sql()
                        + " and i.kind in (:kinds) order by lower(i.title), i.id limit :limit")
                .params(params)
                .query((rs, n) -> new KnowledgeReference(rs.getLong("id"), KnowledgeKind.valueOf(rs.getString("kind")),
                        rs.getString("title")))
                .list();
    }

    private record Row(long id, KnowledgeKind kind, String title, String summary, String tags, long ownerId,
                       KnowledgeVisibility visibility, LocalDate date, int attachments) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), KnowledgeKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getString("summary"), rs.getString("tags"), rs.getLong("owner_id"),
                KnowledgeVisibility.valueOf(rs.getString("visibility")), rs.getObject("item_date",
                LocalDate.class), rs.getInt("attachments"));
    }

    private List<KnowledgeSummary> summaries(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<String>> themes = new HashMap<>();
        jdbc.sql("select item_id, theme from knowledge_item_theme where item_id in (:ids)")
                .param("ids", rows.stream().map(Row::id).toList())
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .forEach(entry -> themes.computeIfAbsent(entry.getKey(), id -> new HashSet<>())
                        .add(entry.getValue()));
        var summaries = new ArrayList<KnowledgeSummary>(rows.size());
        for (Row row : rows) {
            Set<String> keys = themes.getOrDefault(row.id(), Set.of());
            List<MeasuredTheme> ordered = Arrays.stream(MeasuredTheme.values())
                    .filter(theme -> keys.contains(theme.key())).collect(Collectors.toList());
            summaries.add(new KnowledgeSummary(row.id(), row.kind(), row.title(), excerpt(row.summary()), ordered,
                    Tags.split(row.tags()), organisations.get(row.ownerId()), row.date(), row.visibility(),
                    row.attachments()));
        }
        return summaries;
    }

    /** The beginning of a summary, cut at a word and marked with an ellipsis when cut. */
    static String excerpt(String summary) {
        if (summary == null || summary.length() <= EXCERPT_LENGTH) {
            return summary == null ? "" : summary;
        }
        int cut = summary.lastIndexOf(' ', EXCERPT_LENGTH);
        return summary.substring(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH).strip() + " …";
    }
}
