package se.lagesbild.action;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lagesbild.action.ActionEvents.FollowUpRecorded;
import se.lagesbild.action.ActionEvents.MeasureAdded;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.NotFoundException;
import se.lagesbild.shared.RefusedInputException;
import se.lagesbild.shared.StaleEditException;

/**
 * The measures of plans and their follow-ups. A measure is only added or changed with at least one of its plan's
 * problems or their causes to answer to (checked here, whatever the form sent), which is how every measure traces
 * back to an approved picture. Who may write follows the plan ({@link ActionPlans}).
 */
@Service
public class Measures {

    static final int TITLE_MAX = 300;
    static final int TEXT_MAX = 4000;
    static final int NAME_MAX = 200;
    static final int COMMENT_MAX = 2000;

    private final ActionPlans plans;
    private final CauseRepository causes;
    private final MeasureRepository measures;
    private final FollowUpRepository followUps;
    private final ActionAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Measures(ActionPlans plans, CauseRepository causes, MeasureRepository measures, FollowUpRepository followUps,
             ActionAccess access, ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.causes = causes;
        this.measures = measures;
        this.followUps = followUps;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Adds a measure. It must answer to at least one of the plan's problems or their causes, all of which trace
     * back to approved pictures; otherwise nothing is added and the refusal explains why. Its follow-ups are
     * scheduled at once: on its due day, and for promises and agreements at every half-year's end as well.
     */
    @Transactional
    public Measure addMeasure(CurrentUser user, long planId, MeasureDetails details) {
        ActionPlan plan = plans.writable(user, planId);
        check(plan, details);
        Measure measure = measures.save(Measure.of(plan.id(), details, user.getUsername(), clock.instant()));
        for (LocalDate due : followUpDays(plan, measure)) {
            followUps.save(FollowUp.due(measure.id(), due));
        }
        events.publishEvent(new MeasureAdded(measure.id(), plan.id(), ActionPlans.ownerId(plan), user.getUsername()));
        return measure;
    }

    @Transactional
    public Measure updateMeasure(CurrentUser user, long measureId, int expectedVersion, MeasureDetails details) {
        Measure measure = measures.findById(measureId).orElseThrow(() -> new NotFoundException("measure " + measureId));
        ActionPlan plan = plans.writable(user, measure.planId());
        check(plan, details);
        ActionPlans.requireVersion(measure.version(), expectedVersion, "measure " + measureId);
        measure.apply(details, user.getUsername(), clock.instant());
        try {
            return measures.save(measure);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEditException("measure " + measureId);
        }
    }

    /** Schedules one more follow-up of the measure. */
    @Transactional
    public FollowUp scheduleFollowUp(CurrentUser user, long measureId, LocalDate dueOn) {
        Measure measure = measures.findById(measureId).orElseThrow(() -> new NotFoundException("measure " + measureId));
        plans.writable(user, measure.planId());
        if (dueOn == null) {
            RefusedInputException.checks().problem("dueOn", "action.followUp.dueOn.required").throwIfAny();
        }
        return followUps.save(FollowUp.due(measureId, dueOn));
    }

    /** Records (or corrects) a follow-up's outcome. */
    @Transactional
    public FollowUp recordFollowUp(CurrentUser user, long followUpId, int expectedVersion, Boolean done,
                                   Boolean onTime, GoalMet goalMet, String comment) {
        FollowUp followUp = followUps.findById(followUpId)
                .orElseThrow(() -> new NotFoundException("follow-up " + followUpId));
        Measure measure = measures.findById(followUp.measureId()).orElseThrow();
        ActionPlan plan = plans.writable(user, measure.planId());
        var checks = RefusedInputException.checks().text("comment", comment, COMMENT_MAX);
        if (done == null) {
            checks.problem("done", "action.followUp.done.required");
        }
        if (onTime == null) {
            checks.problem("onTime", "action.followUp.onTime.required");
        }
        if (goalMet == null) {
            checks.problem("goalMet", "action.followUp.goalMet.required");
        }
        checks.throwIfAny();
        ActionPlans.requireVersion(followUp.version(), expectedVersion, "follow-up " + followUpId);
        followUp.record(done, onTime, goalMet, comment == null ? "" : comment.strip(), user.getUsername(),
                clock.instant());
        FollowUp saved;
        try {
            saved = followUps.save(followUp);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEditException("follow-up " + followUpId);
        }
        events.publishEvent(new FollowUpRecorded(saved.id(), measure.id(), ActionPlans.ownerId(plan), user.getUsername()));
        return saved;
    }

    /** A follow-up with its measure and plan, for its page. */
    public record FollowUpView(FollowUp followUp, Measure measure, ActionPlan plan, Organisation owner,
                               boolean writable) {
    }

    @Transactional(readOnly = true)
    public FollowUpView followUp(CurrentUser user, long followUpId) {
        FollowUp followUp = followUps.findById(followUpId)
                .orElseThrow(() -> new NotFoundException("follow-up " + followUpId));
        Measure measure = measures.findById(followUp.measureId()).orElseThrow();
        ActionPlan plan = plans.readable(user, measure.planId());
        return new FollowUpView(followUp, measure, plan, access.owner(plan.countyId(), plan.municipalityId()),
                access.writes(user, plan.countyId(), plan.municipalityId()));
    }

    /** A measure with its plan, for the measure's page. */
    @Transactional(readOnly = true)
    public Measure measure(CurrentUser user, long measureId) {
        Measure measure = measures.findById(measureId).orElseThrow(() -> new NotFoundException("measure " + measureId));
        plans.readable(user, measure.planId());
        return measure;
    }

    /** The measure's plan id, for pages that go back to the plan; only for those who read the plan. */
    @Transactional(readOnly = true)
    public long planOfMeasure(CurrentUser user, long measureId) {
        Measure measure = measures.findById(measureId).orElseThrow(() -> new NotFoundException("measure " + measureId));
        return plans.readable(user, measure.planId()).id();
    }

    /** The follow-up's plan id, for pages that go back to the plan; only for those who read the plan. */
    @Transactional(readOnly = true)
    public long planOfFollowUp(CurrentUser user, long followUpId) {
        FollowUp followUp = followUps.findById(followUpId)
                .orElseThrow(() -> new NotFoundException("follow-up " + followUpId));
        return planOfMeasure(user, followUp.measureId());
    }

    private void check(ActionPlan plan, MeasureDetails details) {
        var checks = RefusedInputException.checks()
                .required("title", details.title(), TITLE_MAX, "action.title.required")
                .text("description", details.description(), TEXT_MAX)
                .required("owner", details.owner(), NAME_MAX, "action.measure.owner.required");
        if (details.approach() == null) {
            checks.problem("approach", "action.measure.approach.required");
        }
        if (details.horizon() == null) {
            checks.problem("horizon", "action.measure.horizon.required");
        }
        if (details.costEstimate() != null && details.costEstimate() < 0) {
            checks.problem("costEstimate", "action.measure.cost.invalid");
        }
        ActionPlans.checkPeriod(checks, details.startsOn(), details.dueOn(), "startsOn", "dueOn");
        if (details.basis().isEmpty()) {
            checks.problem("basis", "action.measure.noBasis");
        }
        Set<Long> planProblems = plan.problemIds();
        Map<Long, Cause> planCauses = causes.findByProblems(planProblems).stream()
                .collect(Collectors.toMap(Cause::id, Function.identity()));
        for (MeasureBasis basis : details.basis()) {
            boolean ours = planProblems.contains(basis.problemId()) && (basis.causeId() == null
                    || planCauses.containsKey(basis.causeId())
                    && planCauses.get(basis.causeId()).problemId() == basis.problemId());
            if (!ours) {
                checks.problem("basis", "action.measure.foreignBasis");
                break;
            }
        }
        checks.throwIfAny();
    }

    /**
     * A measure is followed up on its due day; the commitments of promises and agreements also at the end of every
     * half-year they run through (30 June, 31 December), which gives the method's follow-up twice a year.
     */
    static Set<LocalDate> followUpDays(ActionPlan plan, Measure measure) {
        var days = new TreeSet<LocalDate>();
        days.add(measure.dueOn());
        if (plan.kind().isSignedWithPolice()) {
            for (int year = plan.startsOn().getYear(); year <= plan.endsOn().getYear(); year++) {
                for (MonthDay end : List.of(MonthDay.of(6, 30), MonthDay.of(12, 31))) {
                    LocalDate day = end.atYear(year);
                    if (!day.isBefore(plan.startsOn()) && !day.isAfter(plan.endsOn())) {
                        days.add(day);
                    }
                }
            }
            days.add(plan.endsOn());
        }
        return days;
    }
}
