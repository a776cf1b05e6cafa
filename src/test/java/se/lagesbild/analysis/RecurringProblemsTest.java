package se.lagesbild.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.lagesbild.analysis.Change.DECREASING;
import static se.lagesbild.analysis.Change.INCREASING;
import static se.lagesbild.analysis.Change.UNCHANGED;
import static se.lagesbild.analysis.Change.UNKNOWN;
import static se.lagesbild.form.MeasuredTheme.DEMOCRACY;
import static se.lagesbild.form.MeasuredTheme.EXTREMISM;
import static se.lagesbild.form.MeasuredTheme.PROTECTIVE;
import static se.lagesbild.form.MeasuredTheme.RACISM;
import static se.lagesbild.form.MeasuredTheme.SCHOOL;
import static se.lagesbild.form.MeasuredTheme.THREATS;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.lagesbild.analysis.RecurringProblems.CountyShare;
import se.lagesbild.analysis.RecurringProblems.Member;
import se.lagesbild.analysis.RecurringProblems.NationalRecurringProblem;
import se.lagesbild.analysis.RecurringProblems.RecurringProblem;
import se.lagesbild.shared.period.Month;
import se.lagesbild.shared.period.Period;
import se.lagesbild.shared.period.PeriodKind;

class RecurringProblemsTest {

    private static final Period OCT = Month.of(2026, 10);
    private static final String AUG = "2026-08";
    private static final String SEP = "2026-09";
    private static final String OCT_CODE = "2026-10";
    private static final List<Period> PERIODS = PeriodKind.lastN(OCT, 3);

    /**
     * One county, municipalities 1–7, October 2026 and the two months before.
     *
     * <pre>
     * RACISM      Oct level  changes Aug/Sep/Oct        counts?
     *   1         3          –                           high (concern 3)
     *   2         4          –                           high (concern 4)
     *   3         2          ↑ ↑ ↑                        rising
     *   4         2          Aug NOT APPROVED, ↑ ↑        no: the unapproved picture breaks the run
     *   5         "vet ej"   ↑ ↑ ↑                        rising (level unknown)
     *   6         2          ↑ ? ↑                        no: the unknown change breaks the run
     *   7         2          Aug MISSING, ↑ ↑             no: the missing picture breaks the run
     *   → 4 members: 2 (concern 4), 1 (3), 3 (2, rising), 5 (unknown, rising)
     *
     * EXTREMISM   1: 4, 2: 4, 3: 3, 4: 2                 → 3 members: 1, 2, 3 (ties by id)
     * SCHOOL      1: 3, 2: 3, 3: 2                       → 2 members: 1, 2
     * PROTECTIVE (higher level is better; concern = 4 − level)
     *   1: 1 (concern 3, high), 2: 0 (concern 4, high), 3: 4 (concern 0),
     *   4: 2 with ↓ ↓ ↓ (weakening: rising), 5: 2 with ↑ ↑ ↑ (strengthening: not rising), 6: 3
     *   → 3 members: 2 (level 0), 1 (level 1), 4 (level 2, rising)
     * </pre>
     */
    private static LevelGrid county() {
        var b = LevelGrid.builder(PERIODS, List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L));
        b.assess(1, OCT_CODE, RACISM, 3, UNCHANGED);
        b.assess(2, OCT_CODE, RACISM, 4, UNKNOWN);
        b.assess(3, AUG, RACISM, 0, INCREASING).assess(3, SEP, RACISM, 1, INCREASING)
                .assess(3, OCT_CODE, RACISM, 2, INCREASING);
        b.picture(4, AUG, PictureState.NOT_APPROVED).assess(4, SEP, RACISM, 1, INCREASING)
                .assess(4, OCT_CODE, RACISM, 2, INCREASING);
        b.assess(5, AUG, RACISM, 1, INCREASING).assess(5, SEP, RACISM, 2, INCREASING)
                .assess(5, OCT_CODE, RACISM, null, INCREASING);
        b.assess(6, AUG, RACISM, 0, INCREASING).assess(6, SEP, RACISM, 1, UNKNOWN)
                .assess(6, OCT_CODE, RACISM, 2, INCREASING);
        b.assess(7, SEP, RACISM, 1, INCREASING).assess(7, OCT_CODE, RACISM, 2, INCREASING);

        b.assess(1, OCT_CODE, EXTREMISM, 4, UNKNOWN).assess(2, OCT_CODE, EXTREMISM, 4, UNKNOWN)
                .assess(3, OCT_CODE, EXTREMISM, 3, UNKNOWN).assess(4, OCT_CODE, EXTREMISM, 2, UNKNOWN);

        b.assess(1, OCT_CODE, SCHOOL, 3, UNKNOWN).assess(2, OCT_CODE, SCHOOL, 3, UNKNOWN)
                .assess(3, OCT_CODE, SCHOOL, 2, UNKNOWN);

        b.assess(1, OCT_CODE, PROTECTIVE, 1, UNKNOWN).assess(2, OCT_CODE, PROTECTIVE, 0, UNKNOWN)
                .assess(3, OCT_CODE, PROTECTIVE, 4, UNKNOWN);
        b.assess(4, AUG, PROTECTIVE, 4, DECREASING).assess(4, SEP, PROTECTIVE, 3, DECREASING)
                .assess(4, OCT_CODE, PROTECTIVE, 2, DECREASING);
        b.assess(5, AUG, PROTECTIVE, 0, INCREASING).assess(5, SEP, PROTECTIVE, 1, INCREASING)
                .assess(5, OCT_CODE, PROTECTIVE, 2, INCREASING);
        b.assess(6, OCT_CODE, PROTECTIVE, 3, UNKNOWN);
        return b.build();
    }

    @Test
    void highAndRisingMunicipalitiesCountMostWorryingFirst() {
        List<RecurringProblem> problems = RecurringProblems.inCounty(county(), OCT,
                RecurringProblems.DEFAULT_MIN_MUNICIPALITIES);

        // RACISM has 4 members; EXTREMISM and PROTECTIVE 3 each, in theme order; SCHOOL's 2 are too few.
        assertThat(problems).extracting(RecurringProblem::theme).containsExactly(RACISM, EXTREMISM, PROTECTIVE);
        assertThat(problems.get(0).period()).isEqualTo(OCT);
        assertThat(problems.get(0).members()).containsExactly(
                new Member(2, 4, true, false),
                new Member(1, 3, true, false),
                new Member(3, 2, false, true),
                new Member(5, null, false, true));
        assertThat(problems.get(1).members()).containsExactly(
                new Member(1, 4, true, false),
                new Member(2, 4, true, false),
                new Member(3, 3, true, false));
    }

    @Test
    void protectiveFactorsCountWhenLowOrWeakening() {
        RecurringProblem protective = RecurringProblems.inCounty(county(), OCT, 3).stream()
                .filter(p -> p.theme() == PROTECTIVE).findFirst().orElseThrow();

        // Level 0 (concern 4) before level 1 (concern 3) before level 2 (concern 2, weakening three months);
        // level 4 (concern 0) and municipality 5's strengthening run do not count.
        assertThat(protective.members()).containsExactly(
                new Member(2, 0, true, false),
                new Member(1, 1, true, false),
                new Member(4, 2, false, true));
    }

    @Test
    void theThresholdIsInclusive() {
        // RACISM has exactly 4 members: recurring at N = 4, not at N = 5.
        assertThat(RecurringProblems.inCounty(county(), OCT, 4)).extracting(RecurringProblem::theme)
                .containsExactly(RACISM);
        assertThat(RecurringProblems.inCounty(county(), OCT, 5)).isEmpty();
        // SCHOOL has exactly 2: in at N = 2, out at the default 3 (checked above).
        assertThat(RecurringProblems.inCounty(county(), OCT, 2)).extracting(RecurringProblem::theme)
                .containsExactly(RACISM, EXTREMISM, PROTECTIVE, SCHOOL);
    }

    @Test
    void gapsAndUnknownChangesBreakTheRun() {
        LevelGrid grid = county();
        assertThat(RecurringProblems.worseningThreePeriods(grid, 3, OCT, RACISM)).isTrue();
        assertThat(RecurringProblems.worseningThreePeriods(grid, 4, OCT, RACISM)).as("unapproved August").isFalse();
        assertThat(RecurringProblems.worseningThreePeriods(grid, 6, OCT, RACISM)).as("unknown September").isFalse();
        assertThat(RecurringProblems.worseningThreePeriods(grid, 7, OCT, RACISM)).as("missing August").isFalse();
        assertThat(RecurringProblems.worseningThreePeriods(grid, 4, OCT, PROTECTIVE)).as("weakening").isTrue();
        assertThat(RecurringProblems.worseningThreePeriods(grid, 5, OCT, PROTECTIVE)).as("strengthening")
                .isFalse();
        // In September the run is only two long (August, September) for municipality 3.
        assertThat(RecurringProblems.worseningThreePeriods(grid, 3, Month.of(2026, 9), RACISM)).isFalse();
    }

    @Test
    void aPeriodWithoutApprovedPicturesHasNoRecurringProblems() {
        assertThat(RecurringProblems.inCounty(county(), Month.of(2026, 11), 1)).isEmpty();
    }

    @Test
    void theMinimumMustBePositive() {
        assertThatThrownBy(() -> RecurringProblems.inCounty(county(), OCT, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Counties 100 (municipalities 1, 2, 3, 11), 200 (4, 5, 6), 300 (7, 8, 9); municipality 10 has no county.
     *
     * <pre>
     * THREATS     100: 1 → 3, 2 → 4, 3 → 1, 11 NOT APPROVED   members 2 (1, 2), approved 3 (1, 2, 3)
     *             200: 4 → 3, 5 → 2 rising ↑↑↑, 6 → 4          members 3, approved 3
     *             300: 7 → 3, 8 → 0                            members 1
     *             10 (no county): 4                            ignored
     * SCHOOL      100: 1 → 4, 2 → 4                            members 2, approved 2
     *             300: 7 → 3, 8 → 3, 9 → 1                     members 2, approved 3
     * DEMOCRACY   100: 1, 2, 3 → 3                             members 3, but only one county
     *
     * N = 2: THREATS in 200 and 100 (5 municipalities), SCHOOL in 100 and 300 (4) → THREATS first although
     *        SCHOOL comes first in theme order; within THREATS county 200 (3) before 100 (2);
     *        within SCHOOL 100 and 300 tie on 2 → by county id.
     * N = 3: THREATS only in 200, SCHOOL nowhere → nothing national.
     * </pre>
     */
    private static LevelGrid nation() {
        var b = LevelGrid.builder(PERIODS, List.of(1L, 2L, 3L, 11L, 4L, 5L, 6L, 7L, 8L, 9L, 10L));
        b.assess(1, OCT_CODE, THREATS, 3, UNKNOWN).assess(2, OCT_CODE, THREATS, 4, UNKNOWN)
                .assess(3, OCT_CODE, THREATS, 1, UNKNOWN).picture(11, OCT_CODE, PictureState.NOT_APPROVED);
        b.assess(4, OCT_CODE, THREATS, 3, UNKNOWN).assess(6, OCT_CODE, THREATS, 4, UNKNOWN);
        b.assess(5, AUG, THREATS, 0, INCREASING).assess(5, SEP, THREATS, 1, INCREASING)
                .assess(5, OCT_CODE, THREATS, 2, INCREASING);
        b.assess(7, OCT_CODE, THREATS, 3, UNKNOWN).assess(8, OCT_CODE, THREATS, 0, UNKNOWN);
        b.assess(10, OCT_CODE, THREATS, 4, UNKNOWN).assess(10, OCT_CODE, SCHOOL, 4, UNKNOWN);
        b.assess(1, OCT_CODE, SCHOOL, 4, UNKNOWN).assess(2, OCT_CODE, SCHOOL, 4, UNKNOWN);
        b.assess(7, OCT_CODE, SCHOOL, 3, UNKNOWN).assess(8, OCT_CODE, SCHOOL, 3, UNKNOWN)
                .assess(9, OCT_CODE, SCHOOL, 1, UNKNOWN);
        b.assess(1, OCT_CODE, DEMOCRACY, 3, UNKNOWN).assess(2, OCT_CODE, DEMOCRACY, 3, UNKNOWN)
                .assess(3, OCT_CODE, DEMOCRACY, 3, UNKNOWN);
        return b.build();
    }

    private static final Map<Long, Long> COUNTY_OF = Map.of(1L, 100L, 2L, 100L, 3L, 100L, 11L, 100L,
            4L, 200L, 5L, 200L, 6L, 200L, 7L, 300L, 8L, 300L, 9L, 300L);

    @Test
    void aThemeRecurringInTwoCountiesIsNationalWithCountsPerCounty() {
        List<NationalRecurringProblem> national = RecurringProblems.acrossCounties(nation(), OCT, 2, COUNTY_OF);

        assertThat(national).containsExactly(
                new NationalRecurringProblem(THREATS, OCT,
                        List.of(new CountyShare(200, 3, 3), new CountyShare(100, 2, 3))),
                new NationalRecurringProblem(SCHOOL, OCT,
                        List.of(new CountyShare(100, 2, 2), new CountyShare(300, 2, 3))));
        assertThat(national.get(0).municipalities()).isEqualTo(5);
    }

    @Test
    void aThemeRecurringInOneCountyIsNotNational() {
        // At N = 3 THREATS recurs in county 200 only, DEMOCRACY in county 100 only.
        assertThat(RecurringProblems.acrossCounties(nation(), OCT, 3, COUNTY_OF)).isEmpty();
        assertThat(RecurringProblems.inCounty(nation(), OCT, 3)).extracting(RecurringProblem::theme)
                .as("the same grid read as one county").contains(THREATS, DEMOCRACY);
    }
}
