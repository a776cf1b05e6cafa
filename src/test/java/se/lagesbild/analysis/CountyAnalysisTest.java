package se.lagesbild.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lagesbild.analysis.RegionalFigures.MatrixRow;
import se.lagesbild.analysis.Signals.SignalType;
import se.lagesbild.form.DefaultForm;
import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.reporting.ReportEvents.ReportApproved;
import se.lagesbild.reporting.ReportEvents.ReportReopened;
import se.lagesbild.reporting.ReportKind;
import se.lagesbild.shared.RefusedInputException;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.InvalidInputException;
import se.lagesbild.shared.OutOfScopeException;
import se.lagesbild.shared.Role;
import se.lagesbild.shared.Scope;
import se.lagesbild.shared.StaleEditException;
import se.lagesbild.support.PostgresTest;

/**
 * The analysis on real PostgreSQL against a fixture computed by hand: Norrbottens län (nobody else reports there),
 * racism and protective factors for July–October 2023, with an unapproved and a missing picture.
 *
 * <pre>
 *            racism level (change)                          protective (Oct)
 *            Jul     Aug        Sep          Oct
 * Luleå      1       2 (incr.)  3 (incr.)    3 (incr.)       3
 * Piteå      1       1          1            3 (incr.)       3
 * Boden      –       1          submitted    3               3
 * Kiruna     –       –          –            0               0
 * Haparanda  –       –          –            missing
 * </pre>
 * October, racism: three municipalities at level 3 (Luleå, Piteå, Boden) — exactly N = 3, a recurring problem;
 * median of 0, 3, 3, 3 = 3. Signals: Piteå jumped 1 → 3; Luleå worsened three periods in a row; Boden's 3 is no jump
 * because September was not approved; Kiruna's protective factors (0, concern 4) lie far from the median 3 (concern 1).
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CountyAnalysisTest {

    private static final String PERIOD = "2023-10";

    @Autowired
    CountyOverviews overviews;
    @Autowired
    CellObservations observations;
    @Autowired
    ThemeTrends trends;
    @Autowired
    NationalAnalysis national;
    @Autowired
    RegionalAnalyses regional;
    @Autowired
    Organisations organisations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;

    private Organisation norrbotten;
    private long formVersion;
    private CurrentUser county;
    private CurrentUser pitea;
    private CurrentUser piteaContributor;
    private CurrentUser nationalReader;

    @BeforeAll
    void fixture() {
        norrbotten = organisations.findByCode("25").orElseThrow();
        formVersion = jdbc.sql("select v.id from form_version v join form f on f.id = v.form_id "
                + "where f.form_key = :k and v.number = 1").param("k", DefaultForm.KEY).query(Long.class).single();
        approved("2580", "2023-07", Map.of("racism_level", "1"));
        approved("2580", "2023-08", Map.of("racism_level", "2", "racism_change", "increasing"));
        approved("2580", "2023-09", Map.of("racism_level", "3", "racism_change", "increasing"));
        approved("2580", PERIOD, Map.of("racism_level", "3", "racism_change", "increasing",
                "racism_observed", "Rasistiskt klotter vid busstationen.", "protective_level", "3"));
        approved("2581", "2023-07", Map.of("racism_level", "1"));
        approved("2581", "2023-08", Map.of("racism_level", "1", "racism_change", "unchanged"));
        approved("2581", "2023-09", Map.of("racism_level", "1", "racism_change", "unchanged"));
        approved("2581", PERIOD, Map.of("racism_level", "3", "racism_change", "increasing", "protective_level", "3"));
        approved("2582", "2023-08", Map.of("racism_level", "1"));
        report("2582", "2023-09", "SUBMITTED", Map.of("racism_level", "4"));
        approved("2582", PERIOD, Map.of("racism_level", "3", "protective_level", "3"));
        approved("2584", PERIOD, Map.of("racism_level", "0", "protective_level", "0"));

        long piteaId = organisations.findByCode("2581").orElseThrow().id();
        county = new CurrentUser(0, "test.norrbotten", "Test", Role.COUNTY_COORDINATOR, Scope.county(norrbotten.id()),
                norrbotten.name(), true, null);
        pitea = new CurrentUser(0, "test.pitea", "Test", Role.MUNICIPAL_COORDINATOR,
                Scope.municipality(norrbotten.id(), piteaId), "Piteå", true, null);
        piteaContributor = new CurrentUser(0, "test.pitea.skola", "Test", Role.CONTRIBUTOR,
                Scope.unit(norrbotten.id(), piteaId, 0), "Piteå", true, null);
        nationalReader = new CurrentUser(0, "test.nationell", "Test", Role.NATIONAL_READER, Scope.national(),
                "Sverige", true, null);
    }

    @Test
    void theMatrixShowsApprovedLevelsAndNamesMissingAndUnapprovedPictures() {
        var overview = overviews.overview(county, "25", PERIOD, null, Locale.forLanguageTag("sv"));
        Map<String, MatrixRow> rows = overview.figures().matrix().stream()
                .collect(java.util.stream.Collectors.toMap(MatrixRow::municipalityName, row -> row));
        assertThat(rows).hasSize(14);
        assertThat(rows.get("Luleå").state()).isEqualTo(PictureState.APPROVED);
        assertThat(rows.get("Luleå").cell(MeasuredTheme.RACISM).level()).isEqualTo(3);
        assertThat(rows.get("Luleå").cell(MeasuredTheme.RACISM).change()).isEqualTo(Change.INCREASING);
        assertThat(rows.get("Kiruna").cell(MeasuredTheme.RACISM).level()).isZero();
        assertThat(rows.get("Haparanda").state()).isEqualTo(PictureState.MISSING);
        assertThat(rows.get("Luleå").cell(MeasuredTheme.SCHOOL)).isEqualTo(RegionalFigures.Cell.EMPTY);

        var september = overviews.overview(county, "25", "2023-09", null, Locale.forLanguageTag("sv"));
        assertThat(september.figures().matrix()).filteredOn(row -> row.municipalityName().equals("Boden"))
                .extracting(MatrixRow::state).containsExactly(PictureState.NOT_APPROVED);
        assertThat(september.figures().matrix()).filteredOn(row -> row.municipalityName().equals("Boden"))
                .allSatisfy(row -> assertThat(row.cell(MeasuredTheme.RACISM).level()).isNull());

        var racism = overview.figures().trends().stream().filter(t -> t.theme() == MeasuredTheme.RACISM)
                .findFirst().orElseThrow().points();
        assertThat(racism.get(racism.size() - 1)).isEqualTo(new RegionalFigures.TrendPoint(PERIOD, 3.0, 4, 14));
        // September: Luleå 3, Piteå 1 (Boden's submitted 4 does not count) → median 2
        assertThat(racism.get(racism.size() - 2).median()).isEqualTo(2.0);
    }

    @Test
    void recurringProblemsAndSignalsMatchTheHandComputedAnswers() {
        var overview = overviews.overview(county, "25", PERIOD, null, Locale.forLanguageTag("sv"));
        assertThat(overview.figures().recurring()).extracting(RegionalFigures.Recurring::theme)
                .containsExactly(MeasuredTheme.RACISM);
        assertThat(overview.figures().recurring().get(0).members())
                .extracting(RegionalFigures.RecurringMember::municipalityName)
                .containsExactlyInAnyOrder("Luleå", "Piteå", "Boden");
        assertThat(overviews.overview(county, "25", PERIOD, 4, Locale.forLanguageTag("sv")).figures().recurring())
                .isEmpty();

        assertThat(overview.signals()).extracting(s -> s.signal().type() + " " + s.municipalityName() + " "
                        + s.signal().theme())
                .containsExactlyInAnyOrder("JUMP Piteå RACISM", "RISING Luleå RACISM",
                        "ABOVE_MEDIAN Kiruna PROTECTIVE");
        assertThat(overview.signals()).allSatisfy(s -> assertThat(s.explanation()).isNotBlank());
    }

    @Test
    void aSignalIsAcknowledgedWithANoteOnlyByTheCountyAndOnlyWhenRaised() {
        var signal = overviews.overview(county, "25", PERIOD, null, Locale.ROOT).signals().stream()
                .filter(s -> s.signal().type() == SignalType.JUMP).findFirst().orElseThrow();
        assertThatThrownBy(() -> overviews.acknowledge(county, "25", PERIOD, signal.signal().key(), " "))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> overviews.acknowledge(county, "25", PERIOD, "JUMP:1:racism:2023-10", "Not"))
                .isInstanceOf(se.lagesbild.shared.NotFoundException.class);
        assertThatThrownBy(() -> overviews.acknowledge(pitea, "25", PERIOD, signal.signal().key(), "Not"))
                .isInstanceOf(OutOfScopeException.class);

        overviews.acknowledge(county, "25", PERIOD, signal.signal().key(), "Vi har kontaktat Piteå.");

        var again = overviews.overview(county, "25", PERIOD, null, Locale.ROOT).signals().stream()
                .filter(s -> s.signal().key().equals(signal.signal().key())).findFirst().orElseThrow();
        assertThat(again.acknowledgement().note()).isEqualTo("Vi har kontaktat Piteå.");
        assertThat(again.acknowledgement().by()).isEqualTo("test.norrbotten");
    }

    @Test
    void observationsStayWithinScopeUntilTheCountySharesThem() {
        var behind = observations.behind(county, "25", "2580", "racism", PERIOD, Locale.ROOT);
        assertThat(behind.texts()).containsExactly("Rasistiskt klotter vid busstationen.");
        assertThat(behind.showsContributions()).isTrue();

        assertThatThrownBy(() -> observations.behind(pitea, "25", "2580", "racism", PERIOD, Locale.ROOT))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> observations.behind(piteaContributor, "25", "2581", "racism", PERIOD, Locale.ROOT))
                .as("a contributor reads its own unit's reports only").isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> observations.behind(nationalReader, "25", "2580", "racism", PERIOD, Locale.ROOT))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(observations.behind(pitea, "25", "2581", "racism", PERIOD, Locale.ROOT).level()).isEqualTo(3);

        var saved = regional.save(county, "25", PERIOD, null, texts("Rasismen ökar i kustkommunerna.", true));
        var published = regional.publish(county, "25", PERIOD, saved.version());
        assertThat(regional.observableMunicipalities(pitea, published)).hasSize(14);
        assertThat(regional.observableMunicipalities(nationalReader, published)).isEmpty();

        var shared = observations.behind(pitea, "25", "2580", "racism", PERIOD, Locale.ROOT);
        assertThat(shared.texts()).containsExactly("Rasistiskt klotter vid busstationen.");
        assertThat(shared.showsContributions()).isFalse();
        assertThat(shared.pictureId()).isNull();
        assertThat(observations.behind(piteaContributor, "25", "2580", "racism", PERIOD, Locale.ROOT).texts())
                .hasSize(1);
        assertThatThrownBy(() -> observations.behind(pitea, "25", "2580", "racism", "2023-09", Locale.ROOT))
                .as("sharing is per published period").isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void aRegionalAnalysisIsSavedWithOptimisticLockingPublishedWithItsFiguresAndWithdrawn() {
        String period = "2023-09";
        assertThatThrownBy(() -> regional.save(county, "25", period, null,
                texts("Ring 070-123 45 67 om läget.", false)))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> assertThat(e.problems())
                        .extracting(RefusedInputException.Problem::field).containsExactly("summary"));
        assertThatThrownBy(() -> regional.save(pitea, "25", period, null, texts("Läget", false)))
                .isInstanceOf(OutOfScopeException.class);

        var first = regional.save(county, "25", period, null, texts("", false));
        assertThatThrownBy(() -> regional.publish(county, "25", period, first.version()))
                .as("a summary is required to publish").isInstanceOf(InvalidInputException.class);
        var second = regional.save(county, "25", period, first.version(), texts("Stabilt i länet.", false));
        assertThatThrownBy(() -> regional.save(county, "25", period, first.version(), texts("Gammal", false)))
                .as("a save on an old version never overwrites").isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> observations.behind(pitea, "25", "2580", "racism", period, Locale.ROOT))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> regional.document(pitea, second.id(), Locale.ROOT))
                .as("a draft is the county's own").isInstanceOf(OutOfScopeException.class);

        var published = regional.publish(county, "25", period, second.version());
        assertThat(regional.observableMunicipalities(pitea, published)).as("not shared: the own municipality only")
                .containsExactly("2581");
        assertThat(regional.observableMunicipalities(county, published)).hasSize(14);
        var document = regional.document(pitea, published.id(), Locale.forLanguageTag("sv"));
        assertThat(document.summary()).isEqualTo("Stabilt i länet.");
        assertThat(document.periodLabel()).isEqualTo("september 2023");
        assertThat(regional.document(nationalReader, published.id(), Locale.ROOT).published()).isTrue();
        assertThat(regional.visibleTo(nationalReader)).extracting(listed -> listed.analysis().id())
                .contains(published.id());

        // The published figures are kept: a later change to a picture does not rewrite what was published.
        jdbc.sql("""
                update report_answer set answer_value = '4' where question_key = 'racism_level' and report_id =
                (select id from report where subject = :s and period_code = :p)""")
                .param("s", "municipality:" + organisations.findByCode("2580").orElseThrow().id())
                .param("p", period).update();
        var figures = regional.document(pitea, published.id(), Locale.ROOT).figures();
        assertThat(figures.matrix()).filteredOn(row -> row.municipalityName().equals("Luleå"))
                .allSatisfy(row -> assertThat(row.cell(MeasuredTheme.RACISM).level()).isEqualTo(3));

        var withdrawn = regional.withdraw(county, "25", period, published.version());
        assertThat(withdrawn.isPublished()).isFalse();
        assertThatThrownBy(() -> regional.document(pitea, withdrawn.id(), Locale.ROOT))
                .isInstanceOf(OutOfScopeException.class);
        jdbc.sql("""
                update report_answer set answer_value = '3' where question_key = 'racism_level' and report_id =
                (select id from report where subject = :s and period_code = :p)""")
                .param("s", "municipality:" + organisations.findByCode("2580").orElseThrow().id())
                .param("p", period).update();
    }

    @Test
    void trendsShowTheOwnMunicipalityToItsCoordinatorAndAllToTheCounty() {
        var lulea = trends.trend(county, "25", "racism", 12, PERIOD, "2580");
        List<Integer> levels = lulea.selected().levels();
        assertThat(levels.subList(levels.size() - 4, levels.size())).containsExactly(1, 2, 3, 3);
        assertThat(lulea.rows()).hasSize(14);

        var own = trends.trend(pitea, "25", "racism", 24, PERIOD, null);
        assertThat(own.municipality().name()).isEqualTo("Piteå");
        assertThat(own.rows()).as("a municipality sees no other municipality's levels").isEmpty();
        assertThat(own.periods()).hasSize(24);
        assertThatThrownBy(() -> trends.trend(pitea, "25", "racism", 12, PERIOD, "2580"))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> trends.trend(pitea, "24", "racism", 12, null, null))
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void theNationalViewAggregatesPerCountyForNationalReadersOnly() {
        var view = national.view(nationalReader, PERIOD);
        var row = view.rows().stream().filter(r -> r.county().code().equals("25")).findFirst().orElseThrow();
        assertThat(row.approvedPictures()).isEqualTo(4);
        assertThat(row.municipalities()).isEqualTo(14);
        assertThat(row.themes().get(MeasuredTheme.RACISM))
                .isEqualTo(new NationalAnalysis.ThemeAggregate(3.0, 3, 4));
        assertThatThrownBy(() -> national.view(county, PERIOD)).isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void keptGridsAreReadAfreshOnceAReportOfTheCountyChanges() {
        assertThat(luleaRacism()).isEqualTo(3);
        setLuleaRacism("4");
        assertThat(luleaRacism()).as("unchanged reports: the kept grid is used").isEqualTo(3);

        long lulea = organisations.findByCode("2580").orElseThrow().id();
        events.publishEvent(new ReportApproved(0, ReportKind.PICTURE, lulea, PERIOD, "test"));
        assertThat(luleaRacism()).as("a report of the county changed: read afresh").isEqualTo(4);

        setLuleaRacism("3");
        events.publishEvent(new ReportReopened(0, ReportKind.PICTURE, lulea, PERIOD, "test"));
        assertThat(luleaRacism()).isEqualTo(3);
    }

    private Integer luleaRacism() {
        return overviews.overview(county, "25", PERIOD, null, Locale.ROOT).figures().matrix().stream()
                .filter(row -> row.municipalityName().equals("Luleå")).findFirst().orElseThrow()
                .cell(MeasuredTheme.RACISM).level();
    }

    private void setLuleaRacism(String level) {
        jdbc.sql("""
                update report_answer set answer_value = :v where question_key = 'racism_level' and report_id =
                (select id from report where subject = :s and period_code = :p)""")
                .param("v", level).param("s", "municipality:" + organisations.findByCode("2580").orElseThrow().id())
                .param("p", PERIOD).update();
    }

    private static AnalysisTexts texts(String summary, boolean share) {
        return new AnalysisTexts(summary, "", "", share,
                Map.of(MeasuredTheme.RACISM, new AnalysisTexts.ThemeText("Ökar", "Tre kommuner på hög nivå.")));
    }

    private void approved(String municipalityCode, String period, Map<String, String> answers) {
        report(municipalityCode, period, "APPROVED", answers);
    }

    private void report(String municipalityCode, String period, String status, Map<String, String> answers) {
        long municipality = organisations.findByCode(municipalityCode).orElseThrow().id();
        var at = OffsetDateTime.of(2023, 11, 6, 10, 0, 0, 0, ZoneOffset.UTC);
        long id = jdbc.sql("""
                        insert into report (kind, subject, municipality_id, period_code, form_version_id, status,
                                            created_at, created_by)
                        values ('PICTURE', :subject, :m, :p, :v, :status, :at, 'test')""")
                .param("subject", "municipality:" + municipality).param("m", municipality).param("p", period)
                .param("v", formVersion).param("status", status).param("at", at)
                .update(new org.springframework.jdbc.support.GeneratedKeyHolder(), "id") == 1
                ? jdbc.sql("select id from report where subject = :s and period_code = :p")
                .param("s", "municipality:" + municipality).param("p", period).query(Long.class).single()
                : -1;
        answers.forEach((key, value) -> jdbc.sql("""
                        insert into report_answer (report_id, question_key, answer_value, updated_at, updated_by)
                        values (:r, :k, :v, :at, 'test')""")
                .param("r", id).param("k", key).param("v", value).param("at", at).update());
    }
}
