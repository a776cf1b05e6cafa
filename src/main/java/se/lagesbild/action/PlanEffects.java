package se.lagesbild.action;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lagesbild.analysis.ApprovedLevels;
import se.lagesbild.analysis.Concern;
import se.lagesbild.analysis.LevelGrid;
import se.lagesbild.analysis.PictureState;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.period.Period;
import se.lagesbild.shared.period.PeriodKind;

/**
 * What later pictures say about a plan's problems: the theme's approved level in each of the problem's
 * municipalities before, during and after the plan, and whether the goal's level was reached in its target period.
 * A level that moved after a measure is a correlation, not proof that the measure worked; the page says so.
 */
@Service
public class PlanEffects {

    /** How many periods before the plan and after its end (or goal) the effect page shows, where pictures exist. */
    static final int PERIODS_AROUND = 6;

    /** Where a period lies relative to the plan. */
    public enum Phase {
        BEFORE, DURING, AFTER
    }

    /** Whether a goal's level was reached in its target period. */
    public enum Outcome {
        /** Every municipality's approved level in the target period is at most the target. */
        MET,
        /** At least one is above it. */
        NOT_MET,
        /** The target period has not been assessed in an approved picture yet. */
        NOT_YET
    }

    /** One municipality's approved levels (null where there is none) and picture states over the periods. */
    public record Row(Organisation municipality, List<Integer> levels, List<PictureState> states,
                      Integer levelAtTarget) {
    }

    /** One problem of the plan with its goal and the levels around the plan. */
    public record ProblemEffect(Problem problem, Goal goal, List<Period> periods, List<Phase> phases, List<Row> rows,
                                Outcome outcome) {
    }

    public record Effect(ActionPlan plan, Organisation owner, Period lastAssessable, List<ProblemEffect> problems) {
    }

    private final ActionPlans plans;
    private final ActionAccess access;
    private final ApprovedLevels levels;

    PlanEffects(ActionPlans plans, ActionAccess access, ApprovedLevels levels) {
        this.plans = plans;
        this.access = access;
        this.levels = levels;
    }

    @Transactional(readOnly = true)
    public Effect of(CurrentUser user, long planId) {
        ActionPlan plan = plans.readable(user, planId);
        Organisation county = access.organisation(plan.countyId());
        Map<Long, Problem> problems = plans.problemsOf(plan);
        var effects = new ArrayList<ProblemEffect>();
        for (Goal goal : plan.goals()) {
            Problem problem = problems.get(goal.problemId());
            if (problem != null) {
                effects.add(effect(county, plan, problem, goal));
            }
        }
        return new Effect(plan, access.owner(plan.countyId(), plan.municipalityId()), levels.lastCompleted(county),
                effects);
    }

    private ProblemEffect effect(Organisation county, ActionPlan plan, Problem problem, Goal goal) {
        PeriodKind kind = levels.periodKind(county);
        Period target = Period.parse(goal.targetPeriod());
        Period first = back(kind.containing(plan.startsOn()), PERIODS_AROUND);
        LocalDate lastDay = target.lastDay().isAfter(plan.endsOn()) ? target.lastDay() : plan.endsOn();
        Period last = forward(kind.containing(lastDay), PERIODS_AROUND);
        List<Period> span = levels.periodsBetween(county, first.firstDay(), last.lastDay());
        List<Long> municipalities = municipalitiesOf(plan, problem);
        LevelGrid grid = levels.levels(municipalities, span, problem.theme());
        var phases = span.stream().map(period -> phase(plan, period)).toList();
        var rows = new ArrayList<Row>();
        for (long municipality : municipalities) {
            var levelsOf = new ArrayList<Integer>();
            var states = new ArrayList<PictureState>();
            for (Period period : span) {
                levelsOf.add(grid.level(municipality, period, problem.theme()));
                states.add(grid.state(municipality, period));
            }
            Integer atTarget = span.contains(target) ? grid.level(municipality, target, problem.theme()) : null;
            rows.add(new Row(access.organisation(municipality), levelsOf, states, atTarget));
        }
        return new ProblemEffect(problem, goal, span, phases, rows,
                outcome(rows, goal, Concern.higherIsBetter(problem.theme()), span.contains(target)));
    }

    /** A municipal plan looks at its own municipality, a joint plan at every municipality the problem rests on. */
    private static List<Long> municipalitiesOf(ActionPlan plan, Problem problem) {
        if (plan.municipalityId() != null) {
            return List.of(plan.municipalityId());
        }
        return problem.evidence().stream().map(Evidence::municipalityId).distinct().toList();
    }

    static Phase phase(ActionPlan plan, Period period) {
        if (period.lastDay().isBefore(plan.startsOn())) {
            return Phase.BEFORE;
        }
        return period.firstDay().isAfter(plan.endsOn()) ? Phase.AFTER : Phase.DURING;
    }

    /**
     * The goal is met when every municipality's approved level in the target period is at most the target (at least,
     * for protective factors, where higher is better); it is not met when one misses it; until every municipality
     * has an approved level there, it is not yet known.
     */
    static Outcome outcome(List<Row> rows, Goal goal, boolean higherIsBetter, boolean targetAssessable) {
        if (!targetAssessable) {
            return Outcome.NOT_YET;
        }
        boolean allKnown = true;
        for (Row row : rows) {
            if (row.levelAtTarget() == null) {
                allKnown = false;
            } else if (higherIsBetter ? row.levelAtTarget() < goal.targetLevel()
                    : row.levelAtTarget() > goal.targetLevel()) {
                return Outcome.NOT_MET;
            }
        }
        return allKnown && !rows.isEmpty() ? Outcome.MET : Outcome.NOT_YET;
    }

    private static Period back(Period period, int steps) {
        Period result = period;
        for (int i = 0; i < steps; i++) {
            result = result.previous();
        }
        return result;
    }

    private static Period forward(Period period, int steps) {
        Period result = period;
        for (int i = 0; i < steps; i++) {
            result = result.next();
        }
        return result;
    }
}
