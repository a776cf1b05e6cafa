package se.lagesbild.reporting.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.lagesbild.organisation.Sector;
import se.lagesbild.reporting.ReportStatus;
import se.lagesbild.reporting.demo.ContributionHistory.DemoUnit;
import se.lagesbild.reporting.demo.PictureHistory.DemoMunicipality;
import se.lagesbild.shared.period.IsoWeek;
import se.lagesbild.shared.period.Month;
import se.lagesbild.shared.personaldata.PersonalDataGuard;

/** The generators on their own: periods, stability between runs, kept-free periods and clean free text. */
class DemoHistoryGenerationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final Instant NOW = Instant.parse("2026-11-25T16:00:00Z");
    static final DemoUnit FALUN_POLICE = new DemoUnit(7, 100, "2080", "Lokalpolisområdet", "POLICE", "falun.polis",
            "falun.samordnare");
    static final DemoUnit FALUN_SCHOOL = new DemoUnit(8, 100, "2080", "Grundskolan och gymnasiet", "SCHOOL", null,
            null);

    @Test
    void coversTheCompleteWeeksAndMonthsBeforeTodayOnly() {
        List<IsoWeek> weeks = DemoWeeks.before(TODAY).isoWeeks();
        assertThat(weeks).hasSize(52);
        assertThat(DemoWeeks.before(TODAY).warmUp().code()).isEqualTo("2025-W47");
        assertThat(weeks.get(0).code()).isEqualTo("2025-W48");
        assertThat(weeks.get(51).code()).isEqualTo("2026-W47");
        List<Month> months = DemoHistoryPlanner.monthsBefore(TODAY);
        assertThat(months).hasSize(12);
        assertThat(months.get(0).code()).isEqualTo("2025-11");
        assertThat(months.get(11).code()).isEqualTo("2026-10");
    }

    @Test
    void theSameUnitGetsTheSameHistoryInEveryRun() {
        DemoWeeks weeks = DemoWeeks.before(TODAY);
        assertThat(ContributionHistory.of(FALUN_POLICE, weeks, NOW, p -> false))
                .isEqualTo(ContributionHistory.of(FALUN_POLICE, weeks, NOW, p -> false));
        assertThat(ContributionHistory.of(FALUN_SCHOOL, weeks, NOW, p -> false))
                .isNotEqualTo(ContributionHistory.of(FALUN_POLICE, weeks, NOW, p -> false));
    }

    @Test
    void aKeptFreePeriodIsLeftOutWithoutChangingTheRest() {
        DemoWeeks weeks = DemoWeeks.before(TODAY);
        List<DemoReport> all = ContributionHistory.of(FALUN_POLICE, weeks, NOW, p -> false);
        List<DemoReport> kept = ContributionHistory.of(FALUN_POLICE, weeks, NOW, p -> p.equals("2026-W07"));
        assertThat(kept).extracting(DemoReport::periodCode).doesNotContain("2026-W07");
        assertThat(all.stream().filter(r -> !r.periodCode().equals("2026-W07")).toList()).isEqualTo(kept);
    }

    @Test
    void nothingHappensAfterNowAndTheWorkflowStampsFitTheStatus() {
        DemoWeeks weeks = DemoWeeks.before(TODAY);
        var contributions = new ArrayList<DemoReport>();
        var sectors = new HashMap<Long, String>();
        List<String> all = List.of("POLICE", "SCHOOL", "SOCIAL_SERVICES", "LEISURE", "HOUSING", "RESCUE_SERVICES");
        for (int i = 0; i < all.size(); i++) {
            contributions.addAll(ContributionHistory.of(new DemoUnit(10 + i, 100, "2080", all.get(i), all.get(i),
                    null, null), weeks, NOW, p -> false));
            sectors.put(10L + i, all.get(i));
        }
        List<DemoReport> pictures = PictureHistory.of(new DemoMunicipality(100, "2080", "falun.samordnare",
                        "lansstyrelsen.dalarna"), DemoHistoryPlanner.monthsBefore(TODAY), contributions, sectors, NOW,
                p -> false);
        assertThat(pictures).hasSizeBetween(10, 12);
        assertThat(pictures.stream().filter(p -> p.status() != ReportStatus.DRAFT))
                .allSatisfy(p -> assertThat(p.meeting()).isNotNull());
        assertThat(contributions).allSatisfy(c -> assertThat(c.meeting()).isNull());
        for (DemoReport r : concat(contributions, pictures)) {
            assertThat(r.createdAt()).isBefore(NOW);
            assertThat(r.answeredAt()).isBefore(NOW).isAfterOrEqualTo(r.createdAt());
            assertThat(r.submittedAt() != null).isEqualTo(r.status() != ReportStatus.DRAFT);
            assertThat(r.reviewedAt() != null)
                    .isEqualTo(r.status() == ReportStatus.APPROVED || r.status() == ReportStatus.RETURNED);
            assertThat(r.reviewComment() != null).isEqualTo(r.status() == ReportStatus.RETURNED);
            if (r.submittedAt() != null) {
                assertThat(r.submittedAt()).isAfter(r.createdAt()).isBefore(NOW);
            }
            if (r.reviewedAt() != null) {
                assertThat(r.reviewedAt()).isAfterOrEqualTo(r.submittedAt()).isBefore(NOW);
            }
            assertThat(r.answers().get("summary_joint")).startsWith(DemoTexts.MARK);
            if (r.meeting() != null) {
                assertThat(r.meeting().date()).isBeforeOrEqualTo(TODAY).isAfter(Month.parse(r.periodCode()).lastDay());
                assertThat(r.meeting().participants().split(",")).contains("POLICE")
                        .isSubsetOf(Arrays.stream(Sector.values()).map(Sector::name).toList());
                assertThat(r.meeting().minutes()).startsWith(DemoTexts.MARK);
                assertThat(PersonalDataGuard.find(r.meeting().minutes())).isEmpty();
            }
            r.answers().values().forEach(v -> assertThat(PersonalDataGuard.find(v)).as(v).isEmpty());
        }
    }

    @Test
    void everyFixedSentencePassesThePersonalDataGuard() {
        assertThat(DemoTexts.all()).isNotEmpty().allSatisfy(text ->
                assertThat(PersonalDataGuard.find(text)).as(text).isEmpty());
        assertThat(DemoTexts.OBSERVED.keySet()).containsExactlyInAnyOrderElementsOf(DemoSituation.THEMES);
        assertThat(DemoTexts.THEME_NAMES.keySet()).containsExactlyInAnyOrderElementsOf(DemoSituation.THEMES);
    }

    @Test
    void theMedianRoundsHalvesUp() {
        assertThat(PictureHistory.median(List.of())).isEqualTo("dont_know");
        assertThat(PictureHistory.median(List.of(3, 1, 2))).isEqualTo("2");
        assertThat(PictureHistory.median(List.of(1, 2, 2, 3))).isEqualTo("2");
        assertThat(PictureHistory.median(List.of(1, 2, 3, 4))).isEqualTo("3");
    }

    @Test
    void threatsPeakAroundTheElection() {
        assertThat(DemoSituation.electionDay(2026)).isEqualTo(LocalDate.of(2026, 9, 13));
        assertThat(DemoSituation.election("threats", LocalDate.of(2026, 9, 7))).isGreaterThan(0.8);
        assertThat(DemoSituation.election("threats", LocalDate.of(2026, 3, 2))).isLessThan(0.01);
        assertThat(DemoSituation.election("racism", LocalDate.of(2026, 9, 7))).isZero();
    }

    private static List<DemoReport> concat(List<DemoReport> a, List<DemoReport> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
