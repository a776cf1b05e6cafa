package se.lagesbild.reporting.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lagesbild.form.Choice;
import se.lagesbild.form.DefaultForm;
import se.lagesbild.form.FormView;
import se.lagesbild.form.Question;
import se.lagesbild.shared.period.DueDates;
import se.lagesbild.shared.period.IsoWeek;
import se.lagesbild.shared.period.Month;
import se.lagesbild.shared.period.Period;
import se.lagesbild.shared.period.SwedishCalendar;
import se.lagesbild.shared.personaldata.PersonalDataGuard;
import se.lagesbild.support.PostgresTest;

/**
 * The demo history as loaded at start-up on PostgreSQL. Other tests share the database and add reports of their
 * own, so the checks look at the demo units' reports in the generated periods and, where it matters, only at
 * reports that carry the demo mark.
 */
@PostgresTest
class DemoReportHistoryTest {

    /** The units {@code DemoData} gives every municipality of the two counties. */
    static final List<String> DEMO_UNITS = List.of("Lokalpolisområdet", "Socialtjänsten", "Grundskolan och gymnasiet",
            "Fritidsgårdarna", "Det kommunala bostadsbolaget", "Räddningstjänsten");

    record Row(long id, String kind, String municipality, Long unitId, String sector, String period, String status,
               String comment, Instant submittedAt, String createdBy, String reviewedBy) {
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoReportHistory history;
    @Autowired
    Clock clock;

    List<IsoWeek> weeks;
    List<Month> months;
    List<Row> reports;
    Map<Long, Map<String, String>> answers;

    @BeforeEach
    void load() throws Exception {
        history.awaitWritten(Duration.ofMinutes(2));
        LocalDate today = LocalDate.ofInstant(clock.instant(), SwedishCalendar.ZONE);
        weeks = DemoWeeks.before(today).isoWeeks();
        months = DemoHistoryPlanner.monthsBefore(today);
        var periods = new ArrayList<String>(codes(weeks));
        periods.addAll(codes(months));
        reports = jdbc.sql("""
                        select r.id, r.kind, m.code, r.unit_id, u.sector, r.period_code, r.status, r.review_comment,
                               r.submitted_at, r.created_by, r.reviewed_by
                        from report r
                        join organisation m on m.id = r.municipality_id
                        join organisation c on c.id = m.parent_id
                        left join unit u on u.id = r.unit_id
                        where c.code in ('19', '20') and r.period_code in (:periods)
                          and (r.unit_id is null or u.name in (:units))""")
                .param("periods", periods).param("units", DEMO_UNITS)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, Long.class), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), instant(rs.getObject(9, OffsetDateTime.class)),
                        rs.getString(10), rs.getString(11)))
                .list();
        answers = new HashMap<>();
        jdbc.sql("""
                        select a.report_id, a.question_key, a.answer_value from report_answer a
                        join report r on r.id = a.report_id
                        join organisation m on m.id = r.municipality_id
                        join organisation c on c.id = m.parent_id
                        where c.code in ('19', '20') and r.period_code in (:periods)""")
                .param("periods", periods)
                .query(rs -> {
                    answers.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
                });
    }

    @Test
    void almostEveryDemoUnitHasAContributionForEveryWeek() {
        long units = jdbc.sql("""
                        select count(*) from unit u join organisation m on m.id = u.municipality_id
                        join organisation c on c.id = m.parent_id
                        where c.code in ('19', '20') and u.name in (:units)""")
                .param("units", DEMO_UNITS).query(Long.class).single();
        assertThat(units).isBetween(140L, 150L);
        long pairs = contributions().stream().map(r -> r.unitId() + r.period()).distinct().count();
        assertThat((double) pairs / (units * weeks.size())).isBetween(0.95, 1.0);
    }

    @Test
    void mostContributionsAreApprovedAndTheNewestWeeksAreStillInProgress() {
        List<Row> demo = demo(contributions());
        Map<String, Long> statuses = demo.stream().collect(Collectors.groupingBy(Row::status, Collectors.counting()));
        assertThat((double) statuses.get("APPROVED") / demo.size()).isBetween(0.85, 0.97);
        assertThat((double) statuses.get("RETURNED") / demo.size()).isBetween(0.015, 0.05);
        Set<String> newest = Set.of(weeks.get(51).code(), weeks.get(50).code());
        assertThat(demo.stream().filter(r -> newest.contains(r.period())).map(Row::status))
                .contains("DRAFT", "SUBMITTED", "APPROVED");
        assertThat(demo.stream().filter(r -> !newest.contains(r.period())).map(Row::status))
                .containsOnly("APPROVED", "RETURNED");
    }

    @Test
    void everyReturnedReportSaysWhy() {
        assertThat(reports.stream().filter(r -> r.status().equals("RETURNED")))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.comment()).isNotBlank());
    }

    @Test
    void someContributionsCameInAfterTheMondayNoonDeadline() {
        List<Row> submitted = demo(contributions()).stream().filter(r -> r.submittedAt() != null).toList();
        long late = submitted.stream()
                .filter(r -> r.submittedAt()
                        .isAfter(DueDates.weeklyContribution(IsoWeek.parse(r.period())).toInstant()))
                .count();
        assertThat((double) late / submitted.size()).isBetween(0.03, 0.3);
    }

    @Test
    void everyAnswerIsValidForItsQuestionAndFreeTextHoldsNoPersonalData() {
        Map<String, Question> questions = DefaultForm.definition().questions()
                .collect(Collectors.toMap(Question::key, q -> q));
        List<String> required = questions.values().stream().filter(Question::required).map(Question::key).toList();
        List<Row> demo = demo(reports);
        assertThat(demo).hasSizeGreaterThan(7000);
        for (Row report : demo) {
            Map<String, String> given = answers.get(report.id());
            if (!report.status().equals("DRAFT")) {
                assertThat(given).as("report %d", report.id()).containsKeys(required.toArray(String[]::new));
            }
            given.forEach((key, value) -> {
                Question q = questions.get(key);
                assertThat(q).as(key).isNotNull();
                switch (q.type()) {
                    case LEVEL -> assertThat(value).isIn(FormView.LEVEL_VALUES);
                    case CHANGE -> assertThat(value).isIn(FormView.CHANGE_VALUES);
                    case YES_NO -> assertThat(value).isIn(FormView.YES_NO_VALUES);
                    case MULTIPLE_CHOICE -> assertThat(value.split(","))
                            .isSubsetOf(q.choices().stream().map(Choice::value).toList());
                    case INTEGER -> assertThat(Integer.parseInt(value)).isBetween(q.min(), q.max());
                    case TEXT -> {
                        assertThat(value).hasSizeLessThanOrEqualTo(q.effectiveMaxLength());
                        assertThat(PersonalDataGuard.find(value)).as(value).isEmpty();
                    }
                    default -> throw new AssertionError("unexpected question " + key);
                }
            });
        }
    }

    @Test
    void racismRisesOverTheLastThreeMonthsWhereTheStoryWantsIt() {
        for (String municipality : DemoSituation.RACISM_RISING) {
            double now = meanLevel(municipality, "racism", 48, 51);
            double before = meanLevel(municipality, "racism", 35, 38);
            assertThat(now - before).as(municipality).isGreaterThan(0.75);
        }
        double elsewhere = reports.stream().map(Row::municipality).distinct()
                .filter(m -> !DemoSituation.RACISM_RISING.contains(m))
                .mapToDouble(m -> meanLevel(m, "racism", 48, 51) - meanLevel(m, "racism", 35, 38))
                .average().orElseThrow();
        assertThat(elsewhere).isBetween(-0.4, 0.4);
    }

    @Test
    void thePoliceRateNetworksHigherThanTheSchoolAndSometimesTwoStepsHigher() {
        double gap = meanNetworks("POLICE") - meanNetworks("SCHOOL");
        assertThat(gap).isBetween(0.5, 1.8);
        Map<String, Integer> school = new HashMap<>();
        Map<String, Integer> police = new HashMap<>();
        for (Row r : demo(contributions())) {
            String level = answers.get(r.id()).getOrDefault("networks_level", "dont_know");
            if (!level.equals("dont_know") && Set.of("POLICE", "SCHOOL").contains(r.sector())) {
                (r.sector().equals("POLICE") ? police : school).put(r.municipality() + r.period(),
                        Integer.parseInt(level));
            }
        }
        long disagreements = police.entrySet().stream()
                .filter(e -> school.containsKey(e.getKey()) && e.getValue() - school.get(e.getKey()) >= 2).count();
        assertThat(disagreements).isBetween(10L, (long) police.size() / 4);
    }

    @Test
    void everyMunicipalityHasMonthlyPicturesCloseToTheMedianOfItsContributions() {
        List<Row> pictures = demo(reports.stream().filter(r -> r.kind().equals("PICTURE")).toList());
        Map<String, List<Row>> byMunicipality = pictures.stream().collect(Collectors.groupingBy(Row::municipality));
        assertThat(byMunicipality).hasSize(25);
        byMunicipality.forEach((m, list) -> assertThat(list).as(m).hasSizeBetween(8, 12));
        assertThat(pictures.stream().filter(r -> r.status().equals("RETURNED"))).hasSizeBetween(1, 3);
        assertThat(pictures.stream().filter(r -> r.period().equals(months.get(11).code())).map(Row::status))
                .contains("SUBMITTED");
        int compared = 0;
        for (Row picture : pictures) {
            for (String theme : DemoSituation.THEMES) {
                String joint = answers.get(picture.id()).get(theme + "_level");
                List<Integer> levels = contributionLevels(picture.municipality(), picture.period(), theme);
                if (!joint.equals("dont_know") && !levels.isEmpty()) {
                    int median = Integer.parseInt(PictureHistory.median(levels));
                    assertThat(Math.abs(Integer.parseInt(joint) - median)).as(picture + " " + theme)
                            .isLessThanOrEqualTo(1);
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(2000);
    }

    @Test
    void everySubmittedPictureHasTheWorkingGroupsMeeting() {
        List<Row> submitted = demo(reports).stream()
                .filter(r -> r.kind().equals("PICTURE") && !r.status().equals("DRAFT")).toList();
        Map<Long, String> minutes = new HashMap<>();
        jdbc.sql("select report_id, minutes from picture_meeting where report_id in (:ids)")
                .param("ids", submitted.stream().map(Row::id).toList())
                .query(rs -> {
                    minutes.put(rs.getLong(1), rs.getString(2));
                });
        assertThat(minutes.keySet()).containsExactlyInAnyOrderElementsOf(submitted.stream().map(Row::id).toList());
        assertThat(minutes.values()).allSatisfy(text -> assertThat(PersonalDataGuard.find(text)).isEmpty());
    }

    @Test
    void theHistoryReadsAsTheDemoAccountsWork() {
        assertThat(demo(contributions()).stream().filter(r -> r.municipality().equals("2080")
                && r.sector().equals("POLICE")).map(Row::createdBy)).containsOnly("falun.polis");
        assertThat(demo(contributions()).stream().filter(r -> r.municipality().equals("2082")).map(Row::createdBy))
                .containsOnly(ContributionHistory.DEMO_USER);
        assertThat(demo(reports).stream().filter(r -> r.kind().equals("PICTURE") && r.reviewedBy() != null
                && r.municipality().startsWith("20")).map(Row::reviewedBy)).containsOnly("lansstyrelsen.dalarna");
    }

    @Test
    void runningAgainAddsNothing() throws Exception {
        long before = jdbc.sql("select count(*) from report").query(Long.class).single();
        long answersBefore = jdbc.sql("select count(*) from report_answer").query(Long.class).single();
        history.run(null);
        history.awaitWritten(Duration.ofMinutes(2));
        assertThat(jdbc.sql("select count(*) from report").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from report_answer").query(Long.class).single()).isEqualTo(answersBefore);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private List<Row> contributions() {
        return reports.stream().filter(r -> r.kind().equals("CONTRIBUTION")).toList();
    }

    /** Only the reports the demo history wrote, recognised by the mark on their summary. */
    private List<Row> demo(List<Row> rows) {
        return rows.stream().filter(r -> answers.getOrDefault(r.id(), Map.of()).getOrDefault("summary_joint", "")
                .startsWith(DemoTexts.MARK)).toList();
    }

    /** The mean numeric level of a theme in a municipality's contributions for weeks[from..to]. */
    private double meanLevel(String municipality, String theme, int from, int to) {
        Set<String> period = Set.copyOf(codes(weeks.subList(from, to + 1)));
        return demo(contributions()).stream()
                .filter(r -> r.municipality().equals(municipality) && period.contains(r.period()))
                .map(r -> answers.get(r.id()).getOrDefault(theme + "_level", "dont_know"))
                .filter(v -> !v.equals("dont_know")).mapToInt(Integer::parseInt).average().orElseThrow();
    }

    private double meanNetworks(String sector) {
        return demo(contributions()).stream().filter(r -> r.sector().equals(sector))
                .map(r -> answers.get(r.id()).getOrDefault("networks_level", "dont_know"))
                .filter(v -> !v.equals("dont_know")).mapToInt(Integer::parseInt).average().orElseThrow();
    }

    private List<Integer> contributionLevels(String municipality, String month, String theme) {
        return demo(contributions()).stream()
                .filter(r -> r.municipality().equals(municipality) && !r.status().equals("DRAFT")
                        && Month.containing(IsoWeek.parse(r.period()).firstDay().plusDays(3)).code().equals(month))
                .map(r -> answers.get(r.id()).getOrDefault(theme + "_level", "dont_know"))
                .filter(v -> !v.equals("dont_know")).map(Integer::valueOf).toList();
    }

    private static List<String> codes(List<? extends Period> periods) {
        return periods.stream().map(Period::code).toList();
    }
}
