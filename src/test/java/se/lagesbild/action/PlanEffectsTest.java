package se.lagesbild.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.lagesbild.action.PlanEffects.Outcome;
import se.lagesbild.action.PlanEffects.Phase;
import se.lagesbild.action.PlanEffects.Row;
import se.lagesbild.shared.period.Month;

/**
 * The rules behind the effect page and the follow-up schedule, without a database: where a period lies relative to a
 * plan, when a goal counts as met, and on which days a measure is followed up.
 */
class PlanEffectsTest {

    private static final Instant NOW = Instant.parse("2025-01-10T09:00:00Z");
    private static final Goal AT_MOST_2 = new Goal(1, 2, "2025-09", "");

    @Test
    void aPeriodLiesBeforeDuringOrAfterThePlanAndOneItTouchesCountsAsDuring() {
        ActionPlan plan = plan(PlanKind.ACTION_PLAN, LocalDate.of(2025, 3, 15), LocalDate.of(2025, 8, 10));

        assertThat(PlanEffects.phase(plan, Month.parse("2025-01"))).isEqualTo(Phase.BEFORE);
        assertThat(PlanEffects.phase(plan, Month.parse("2025-02"))).isEqualTo(Phase.BEFORE);
        assertThat(PlanEffects.phase(plan, Month.parse("2025-03"))).as("starts mid-month").isEqualTo(Phase.DURING);
        assertThat(PlanEffects.phase(plan, Month.parse("2025-06"))).isEqualTo(Phase.DURING);
        assertThat(PlanEffects.phase(plan, Month.parse("2025-08"))).as("ends mid-month").isEqualTo(Phase.DURING);
        assertThat(PlanEffects.phase(plan, Month.parse("2025-09"))).isEqualTo(Phase.AFTER);

        ActionPlan wholeMonths = plan(PlanKind.ACTION_PLAN, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));
        assertThat(PlanEffects.phase(wholeMonths, Month.parse("2025-02"))).isEqualTo(Phase.BEFORE);
        assertThat(PlanEffects.phase(wholeMonths, Month.parse("2025-03"))).isEqualTo(Phase.DURING);
        assertThat(PlanEffects.phase(wholeMonths, Month.parse("2025-04"))).isEqualTo(Phase.AFTER);
    }

    @Test
    void aGoalIsMetWhenEveryMunicipalityIsAtMostTheTargetLevel() {
        assertThat(PlanEffects.outcome(rows(2, 1, 0), AT_MOST_2, false, true)).isEqualTo(Outcome.MET);
        assertThat(PlanEffects.outcome(rows(2, 3, 0), AT_MOST_2, false, true)).isEqualTo(Outcome.NOT_MET);
        assertThat(PlanEffects.outcome(rows(null, 3), AT_MOST_2, false, true))
                .as("one miss decides, even while another is unknown").isEqualTo(Outcome.NOT_MET);
        assertThat(PlanEffects.outcome(rows(1, null), AT_MOST_2, false, true))
                .as("not known until every municipality has an approved level").isEqualTo(Outcome.NOT_YET);
        assertThat(PlanEffects.outcome(rows(), AT_MOST_2, false, true)).isEqualTo(Outcome.NOT_YET);
        assertThat(PlanEffects.outcome(rows(0), AT_MOST_2, false, false))
                .as("the target period is not assessable yet").isEqualTo(Outcome.NOT_YET);
    }

    @Test
    void forProtectiveFactorsTheGoalIsAtLeastTheTargetLevel() {
        assertThat(PlanEffects.outcome(rows(2, 4), AT_MOST_2, true, true)).isEqualTo(Outcome.MET);
        assertThat(PlanEffects.outcome(rows(1, 4), AT_MOST_2, true, true)).isEqualTo(Outcome.NOT_MET);
        assertThat(PlanEffects.outcome(rows(3, null), AT_MOST_2, true, true)).isEqualTo(Outcome.NOT_YET);
    }

    @Test
    void anActionPlansMeasureIsFollowedUpOnItsDueDayOnly() {
        ActionPlan plan = plan(PlanKind.ACTION_PLAN, LocalDate.of(2025, 3, 1), LocalDate.of(2026, 9, 15));

        assertThat(Measures.followUpDays(plan, measure(LocalDate.of(2025, 5, 31))))
                .containsExactly(LocalDate.of(2025, 5, 31));
    }

    @Test
    void aPromisesOrAgreementsCommitmentIsAlsoFollowedUpAtEveryHalfYearsEndAndAtThePlansEnd() {
        for (PlanKind kind : List.of(PlanKind.CITIZEN_PROMISE, PlanKind.COLLABORATION_AGREEMENT)) {
            ActionPlan plan = plan(kind, LocalDate.of(2025, 3, 1), LocalDate.of(2026, 9, 15));

            assertThat(Measures.followUpDays(plan, measure(LocalDate.of(2025, 5, 31)))).as(kind.name())
                    .containsExactly(LocalDate.of(2025, 5, 31), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 12, 31),
                            LocalDate.of(2026, 6, 30), LocalDate.of(2026, 9, 15));
        }
    }

    @Test
    void halfYearEndsOnThePlansBoundsCountOnceAndThoseOutsideDoNot() {
        ActionPlan halfYears = plan(PlanKind.CITIZEN_PROMISE, LocalDate.of(2025, 6, 30), LocalDate.of(2025, 12, 31));
        assertThat(Measures.followUpDays(halfYears, measure(LocalDate.of(2025, 12, 31))))
                .containsExactly(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 12, 31));

        ActionPlan short_ = plan(PlanKind.COLLABORATION_AGREEMENT, LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 11, 30));
        assertThat(Measures.followUpDays(short_, measure(LocalDate.of(2025, 9, 1))))
                .as("no half-year ends inside: the due day and the plan's end")
                .containsExactly(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 11, 30));
    }

    private static ActionPlan plan(PlanKind kind, LocalDate startsOn, LocalDate endsOn) {
        var details = new PlanDetails("Plan", startsOn, endsOn, PlanStatus.ACTIVE, "Kommunen", "Polisen",
                startsOn.minusDays(10), "");
        return ActionPlan.draft(kind, 1, 2L, details, Set.of(AT_MOST_2), "abc", "test", NOW);
    }

    private static Measure measure(LocalDate dueOn) {
        return Measure.of(1, new MeasureDetails("Åtgärd", "", Approach.SITUATIONAL, Horizon.SHORT, "Kommunen",
                dueOn.minusMonths(1), dueOn, null, null, Set.of(new MeasureBasis(1, null))), "test", NOW);
    }

    private static List<Row> rows(Integer... levelsAtTarget) {
        return Arrays.stream(levelsAtTarget).map(level -> new Row(null, List.of(), List.of(), level)).toList();
    }
}
