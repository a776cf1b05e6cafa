package se.lagesbild.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.Role;
import se.lagesbild.shared.Scope;

/**
 * The zero-setup default (H2 in PostgreSQL mode) has no Swedish full-text search: the migration must run there, and
 * the fallback finds every word case-insensitively in titles, summaries, tags and attachment text, within the scope.
 * The same configuration as {@code H2DefaultConfigurationSmokeTest}, so both share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "spring.datasource.url=jdbc:h2:file:./target/h2-smoke/lagesbild-${random.uuid};MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class KnowledgeSearchOnH2Test {

    @Autowired
    KnowledgeBank bank;
    @Autowired
    KnowledgeSearch search;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theLikeFallbackFindsWordsInFilesWithinTheScope() {
        assertThat(search.dialect()).isEqualTo(KnowledgeSearch.Dialect.LIKE);
        CurrentUser falun = user(Role.MUNICIPAL_COORDINATOR, "20", "2080");
        CurrentUser vasteras = user(Role.MUNICIPAL_COORDINATOR, "19", "1980");

        KnowledgeItem item = bank.create(falun, new KnowledgeDetails(KnowledgeKind.GOOD_EXAMPLE, "Sommarlovsklubben",
                "Aktiviteter hela sommaren.", EnumSet.of(MeasuredTheme.LEISURE), "fritid, 100% gratis",
                null, LocalDate.of(2026, 6, 1), KnowledgeVisibility.COUNTY));
        bank.attach(falun, item.id(), item.version(), "klubben.pdf",
                KnowledgeTestFiles.pdf("Populärast var Kanotpaddling på Runn."));

        assertThat(titles(falun, "KANOTPADDLING")).as("case-insensitive, in the file").contains("Sommarlovsklubben");
        assertThat(titles(falun, "kanotpaddling sommaren")).as("every word, anywhere").contains("Sommarlovsklubben");
        assertThat(titles(falun, "kanotpaddling vinter")).as("every word must occur").isEmpty();
        assertThat(titles(falun, "100%")).as("a percent sign is literal").contains("Sommarlovsklubben");
        assertThat(titles(falun, "1_0")).as("an underscore is literal").doesNotContain("Sommarlovsklubben");
        assertThat(titles(vasteras, "kanotpaddling")).as("another county").isEmpty();
        // the demo PDF's word, on H2 too
        assertThat(titles(falun, "midnattsfotboll")).contains("Fredagsöppet på fritidsgården");
        assertThat(bank.search(falun, new KnowledgeQuery("", KnowledgeKind.GOOD_EXAMPLE, MeasuredTheme.LEISURE, 0))
                .items()).extracting(KnowledgeSummary::title).contains("Sommarlovsklubben")
                .doesNotContain("Trygghetsvandring");
    }

    private java.util.List<String> titles(CurrentUser user, String text) {
        return bank.search(user, new KnowledgeQuery(text, null, null, 0)).items().stream()
                .map(KnowledgeSummary::title).toList();
    }

    private CurrentUser user(Role role, String countyCode, String municipalityCode) {
        long county = organisation(countyCode);
        return new CurrentUser(0, "h2." + municipalityCode, municipalityCode, role,
                Scope.municipality(county, organisation(municipalityCode)), municipalityCode, true, null);
    }

    private long organisation(String code) {
        return jdbc.sql("select id from organisation where code = :c").param("c", code).query(Long.class).single();
    }
}
