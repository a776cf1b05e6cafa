package se.lagesbild.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.lagesbild.knowledge.KnowledgeSearch.Dialect;

/** The search SQL is chosen from the database product once: full text with Swedish on PostgreSQL, LIKE elsewhere. */
class KnowledgeSearchSqlTest {

    @Test
    void theDatabaseProductDecidesTheDialect() {
        assertThat(KnowledgeSearch.dialectOf("PostgreSQL")).isEqualTo(Dialect.POSTGRESQL);
        assertThat(KnowledgeSearch.dialectOf("H2")).isEqualTo(Dialect.LIKE);
    }

    @Test
    void postgresqlSearchesTheSwedishTsvectorsOfTheItemAndItsAttachmentsRanked() {
        var match = KnowledgeSearch.match(Dialect.POSTGRESQL, " trygghetsvandringar ");
        assertThat(match.where()).contains("i.search_vector @@ websearch_to_tsquery('swedish', :searchText)")
                .contains("a.search_vector @@ websearch_to_tsquery('swedish', :searchText)");
        assertThat(match.relevance()).contains("ts_rank(i.search_vector").contains("ts_rank(a.search_vector");
        assertThat(match.params()).containsEntry("searchText", "trygghetsvandringar");
    }

    @Test
    void otherDatabasesMatchEveryWordCaseInsensitivelyWithWildcardsEscaped() {
        var match = KnowledgeSearch.match(Dialect.LIKE, "Nattvandring 50%_x");
        assertThat(match.where()).contains("lower(i.title) like :searchWord0 escape '\\'")
                .contains("lower(a.text_content) like :searchWord1").doesNotContain("tsquery");
        assertThat(match.params()).containsEntry("searchWord0", "%nattvandring%")
                .containsEntry("searchWord1", "%50\\%\\_x%");
        assertThat(match.relevance()).isEqualTo("0");
    }

    @Test
    void noTextMatchesEverything() {
        assertThat(KnowledgeSearch.match(Dialect.POSTGRESQL, "  ").where()).isEqualTo("1 = 1");
        assertThat(KnowledgeSearch.match(Dialect.LIKE, null).where()).isEqualTo("1 = 1");
    }
}
