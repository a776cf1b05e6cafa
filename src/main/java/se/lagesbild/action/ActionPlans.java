package se.lagesbild.action;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lagesbild.action.ActionEvents.ActionPlanCreated;
import se.lagesbild.action.ActionEvents.CitizenPromisePublished;
import se.lagesbild.action.ActionEvents.CitizenPromiseWithdrawn;
import se.lagesbild.analysis.ApprovedLevels;
import se.lagesbild.knowledge.KnowledgeReference;
import se.lagesbild.knowledge.KnowledgeReferences;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.NotFoundException;
import se.lagesbild.shared.RefusedInputException;
import se.lagesbild.shared.StaleEditException;
import se.lagesbild.shared.period.PeriodFormatException;
import se.lagesbild.shared.period.SwedishCalendar;

/**
 * Action plans, citizen promises and collaboration agreements, their measures and the measures' follow-ups.
 *
 * <p>The method's rule is enforced here, for every way in: a plan is created only on the owner's own problems (each
 * written down from approved pictures, see {@link Problems}), and a measure only with at least one of its plan's
 * problems or their causes to answer to. There is no copying of plans: a plan is always built from its problems.
 */
@Service
public class ActionPlans {

    static final int TITLE_MAX = 200;
    static final int TEXT_MAX = 4000;
    static final int NAME_MAX = 200;
    static final int GOAL_TEXT_MAX = 1000;
    static final int TARGET_PERIODS_BACK = 12;
    static final int TARGET_PERIODS_AHEAD = 25;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] PUBLIC_ID_LETTERS = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    /** A goal with its problem and the problem's causes. */
    public record GoalView(Goal goal, Problem problem, List<Cause> causes) {
    }

    /** What a measure answers to: a problem, or a cause of it. */
    public record BasisView(Problem problem, Cause cause) {
    }

    /** A measure with what it answers to and its follow-ups. */
    public record MeasureView(Measure measure, List<BasisView> basis, List<FollowUp> followUps) {
    }

    /** A plan with everything its page shows. */
    public record PlanView(ActionPlan plan, Organisation county, Organisation municipality, List<GoalView> goals,
                           List<MeasureView> measures, boolean writable, LocalDate today,
                           List<KnowledgeReference> knowledge) {

        /** Measures per status, for the plan's summary. */
        public Map<MeasureStatus, Long> measuresByStatus() {
            return measures.stream().collect(Collectors.groupingBy(view -> view.measure().status(),
                    () -> new java.util.EnumMap<>(MeasureStatus.class), Collectors.counting()));
        }
    }

    private final ActionPlanRepository plans;
    private final ProblemRepository problems;
    private final CauseRepository causes;
    private final MeasureRepository measures;
    private final FollowUpRepository followUps;
    private final ActionAccess access;
    private final ApprovedLevels levels;
    private final KnowledgeReferences knowledge;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActionPlans(ActionPlanRepository plans, ProblemRepository problems, CauseRepository causes,
                MeasureRepository measures, FollowUpRepository followUps, ActionAccess access, ApprovedLevels levels,
                KnowledgeReferences knowledge, ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.problems = problems;
        this.causes = causes;
        this.measures = measures;
        this.followUps = followUps;
        this.access = access;
        this.levels = levels;
        this.knowledge = knowledge;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The problems a new plan of the owner (a municipality's or a county's code) may work on: the municipality's own
     * open problems and the county's joint problems it is part of; for a county, its joint problems.
     */
    @Transactional(readOnly = true)
    public List<Problem> plannable(CurrentUser user, String ownerCode) {
        Organisation owner = writableOwner(user, ownerCode);
        List<Problem> candidates = owner.isCounty() ? problems.findByCounty(owner.id()).stream()
                .filter(Problem::isJoint).toList()
                : concat(problems.findByMunicipality(owner.id()), problems.findByCounty(owner.parentId()).stream()
                .filter(problem -> problem.isJoint() && coversMunicipality(problem, owner.id())).toList());
        return candidates.stream().filter(problem -> problem.status() != ProblemStatus.CLOSED).toList();
    }

    /** The organisation a new plan would belong to, when the user may write its plans. */
    @Transactional(readOnly = true)
    public Organisation writableOwner(CurrentUser user, String ownerCode) {
        Organisation owner = access.owner(ownerCode);
        if (owner.isCounty()) {
            access.requireWrite(user, owner.id(), null, "plans of " + ownerCode);
        } else {
            access.requireWrite(user, owner.parentId(), owner.id(), "plans of " + ownerCode);
        }
        return owner;
    }

    /**
     * Creates a plan on the owner's problems. Without a problem, or with one that is not the owner's, nothing is
     * created and the refusal explains the method.
     */
    @Transactional
    public ActionPlan create(CurrentUser user, PlanKind kind, String ownerCode, PlanDetails details,
                             List<GoalDraft> goals) {
        return create(user, kind, ownerCode, details, goals, Set.of());
    }

    /**
     * Creates a plan as above, building on good examples or methods of the knowledge bank that the user may read
     * (pointing to what others learned is the method's way of sharing; copying their plan is not).
     */
    @Transactional
    public ActionPlan create(CurrentUser user, PlanKind kind, String ownerCode, PlanDetails details,
                             List<GoalDraft> goals, Set<Long> knowledgeItemIds) {
        Organisation owner = writableOwner(user, ownerCode);
        Organisation county = owner.isCounty() ? owner : access.organisation(owner.parentId());
        Set<Long> allowed = plannable(user, ownerCode).stream().map(Problem::id).collect(Collectors.toSet());
        var checks = RefusedInputException.checks();
        if (kind == null) {
            checks.problem("kind", "action.plan.kind.required");
        }
        check(checks, details);
        var accepted = new HashSet<Goal>();
        if (goals.isEmpty()) {
            checks.problem("problemIds", "action.plan.noProblem");
        }
        for (GoalDraft draft : goals) {
            if (!allowed.contains(draft.problemId())) {
                checks.problem("problemIds", "action.plan.foreignProblem");
                continue;
            }
            goal(checks, county, draft).ifPresent(accepted::add);
        }
        if (kind == PlanKind.CITIZEN_PROMISE && owner.isCounty()) {
            checks.problem("kind", "action.plan.promiseIsMunicipal");
        }
        checkKnowledge(checks, user, knowledgeItemIds);
        checks.throwIfAny();
        ActionPlan draft = ActionPlan.draft(kind, county.id(), owner.isCounty() ? null : owner.id(), details,
                accepted, newPublicId(), user.getUsername(), clock.instant());
        draft.buildOn(knowledgeItemIds);
        ActionPlan plan = plans.save(draft);
        for (Goal goal : accepted) {
            problems.findById(goal.problemId()).ifPresent(problem -> {
                problem.markInProgress(user.getUsername(), clock.instant());
                problems.save(problem);
            });
        }
        events.publishEvent(new ActionPlanCreated(plan.id(), owner.id(), kind, user.getUsername()));
        return plan;
    }

    @Transactional(readOnly = true)
    public PlanView view(CurrentUser user, long id) {
        ActionPlan plan = readable(user, id);
        Map<Long, Problem> planProblems = problemsOf(plan);
        Map<Long, List<Cause>> causesByProblem = causes.findByProblems(planProblems.keySet().isEmpty()
                        ? List.of(-1L) : planProblems.keySet()).stream()
                .collect(Collectors.groupingBy(Cause::problemId));
        Map<Long, Cause> causesById = causesByProblem.values().stream().flatMap(List::stream)
                .collect(Collectors.toMap(Cause::id, Function.identity()));
        var goalViews = plan.goals().stream().map(goal -> new GoalView(goal, planProblems.get(goal.problemId()),
                causesByProblem.getOrDefault(goal.problemId(), List.of()))).toList();
        List<Measure> planMeasures = measures.findByPlans(List.of(plan.id()));
        Map<Long, List<FollowUp>> followUpsByMeasure = planMeasures.isEmpty() ? Map.of()
                : followUps.findByMeasures(planMeasures.stream().map(Measure::id).toList()).stream()
                .collect(Collectors.groupingBy(FollowUp::measureId));
        var measureViews = planMeasures.stream().map(measure -> new MeasureView(measure,
                measure.basis().stream().sorted(Comparator.comparingLong(MeasureBasis::problemId)
                                .thenComparing(b -> b.causeId() == null ? 0L : b.causeId()))
                        .map(b -> new BasisView(planProblems.get(b.problemId()),
                                b.causeId() == null ? null : causesById.get(b.causeId())))
                        .toList(),
                followUpsByMeasure.getOrDefault(measure.id(), List.of()))).toList();
        return new PlanView(plan, access.organisation(plan.countyId()),
                plan.municipalityId() == null ? null : access.organisation(plan.municipalityId()), goalViews,
                measureViews, access.writes(user, plan.countyId(), plan.municipalityId()),
                LocalDate.now(clock.withZone(SwedishCalendar.ZONE)),
                // only what this reader may read of the knowledge bank
                plan.knowledgeItemIds().stream().map(item -> knowledge.readable(user, item))
                        .flatMap(java.util.Optional::stream)
                        .sorted(Comparator.comparing(KnowledgeReference::title)).toList());
    }

    /** Edits the plan's own fields; {@code expectedVersion} is the version the form was opened on. */
    @Transactional
    public ActionPlan update(CurrentUser user, long id, int expectedVersion, PlanDetails details,
                             List<GoalDraft> goals) {
        return update(user, id, expectedVersion, details, goals, null);
    }

    /**
     * Edits the plan as above and replaces the knowledge-bank items it builds on ({@code null} keeps them). Items
     * the user cannot read stay as they are: a colleague may have linked one the user does not see.
     */
    @Transactional
    public ActionPlan update(CurrentUser user, long id, int expectedVersion, PlanDetails details,
                             List<GoalDraft> goals, Set<Long> knowledgeItemIds) {
        ActionPlan plan = writable(user, id);
        var checks = RefusedInputException.checks();
        check(checks, details);
        var changed = new ArrayList<Goal>();
        for (GoalDraft draft : goals) {
            if (plan.goalFor(draft.problemId()).isEmpty()) {
                checks.problem("problemIds", "action.plan.foreignProblem");
                continue;
            }
            goal(checks, access.organisation(plan.countyId()), draft).ifPresent(changed::add);
        }
        Set<Long> unseen = plan.knowledgeItemIds().stream()
                .filter(item -> knowledge.readable(user, item).isEmpty()).collect(Collectors.toSet());
        if (knowledgeItemIds != null) {
            checkKnowledge(checks, user, knowledgeItemIds.stream().filter(item -> !unseen.contains(item))
                    .collect(Collectors.toSet()));
        }
        checks.throwIfAny();
        requireVersion(plan.version(), expectedVersion, "plan " + id);
        plan.apply(details, user.getUsername(), clock.instant());
        changed.forEach(goal -> plan.replaceGoal(goal, user.getUsername(), clock.instant()));
        if (knowledgeItemIds != null) {
            var kept = new HashSet<>(knowledgeItemIds);
            kept.addAll(unseen);
            plan.buildOn(kept);
        }
        return save(plan);
    }

    /** Publishes a signed citizen promise at its public address. */
    @Transactional
    public ActionPlan publish(CurrentUser user, long id, int expectedVersion) {
        ActionPlan plan = writable(user, id);
        requireVersion(plan.version(), expectedVersion, "plan " + id);
        if (!plan.kind().isPublishable()) {
            throw new ActionStateException("action.plan.notPublishable");
        }
        if (plan.municipalitySignatory().isEmpty() || plan.policeSignatory().isEmpty() || plan.signedOn() == null) {
            throw new ActionStateException("action.promise.unsigned");
        }
        plan.publish(user.getUsername(), clock.instant());
        ActionPlan saved = save(plan);
        events.publishEvent(new CitizenPromisePublished(saved.id(), ownerId(saved), user.getUsername()));
        return saved;
    }

    /** Takes a citizen promise off its public address (the address stays the same if it is published again). */
    @Transactional
    public ActionPlan unpublish(CurrentUser user, long id, int expectedVersion) {
        ActionPlan plan = writable(user, id);
        requireVersion(plan.version(), expectedVersion, "plan " + id);
        plan.unpublish(user.getUsername(), clock.instant());
        ActionPlan saved = save(plan);
        events.publishEvent(new CitizenPromiseWithdrawn(saved.id(), ownerId(saved), user.getUsername()));
        return saved;
    }

    /**
     * The periods a goal can aim at: from a year before the county's last completed period to two years after it,
     * of the county's kind.
     */
    @Transactional(readOnly = true)
    public List<se.lagesbild.shared.period.Period> targetPeriods(Organisation owner) {
        Organisation county = owner.isCounty() ? owner : access.organisation(owner.parentId());
        var periods = new ArrayList<se.lagesbild.shared.period.Period>();
        se.lagesbild.shared.period.Period period = levels.lastCompleted(county);
        for (int i = 0; i < TARGET_PERIODS_BACK; i++) {
            period = period.previous();
        }
        for (int i = 0; i < TARGET_PERIODS_BACK + TARGET_PERIODS_AHEAD; i++) {
            periods.add(period);
            period = period.next();
        }
        return periods;
    }

    ActionPlan readable(CurrentUser user, long id) {
        ActionPlan plan = plans.findById(id).orElseThrow(() -> new NotFoundException("plan " + id));
        access.requireRead(user, plan.countyId(), plan.municipalityId(), "plan " + id);
        return plan;
    }

    ActionPlan writable(CurrentUser user, long id) {
        ActionPlan plan = plans.findById(id).orElseThrow(() -> new NotFoundException("plan " + id));
        access.requireWrite(user, plan.countyId(), plan.municipalityId(), "plan " + id);
        return plan;
    }

    Map<Long, Problem> problemsOf(ActionPlan plan) {
        var found = new HashMap<Long, Problem>();
        problems.findAllById(plan.problemIds()).forEach(problem -> found.put(problem.id(), problem));
        return found;
    }

    private ActionPlan save(ActionPlan plan) {
        try {
            return plans.save(plan);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEditException("plan " + plan.id());
        }
    }

    static void requireVersion(int actual, int expected, String what) {
        if (actual != expected) {
            throw new StaleEditException(what);
        }
    }

    static long ownerId(ActionPlan plan) {
        return plan.municipalityId() == null ? plan.countyId() : plan.municipalityId();
    }

    private void check(RefusedInputException.Checks checks, PlanDetails details) {
        checks.required("title", details.title(), TITLE_MAX, "action.title.required")
                .text("municipalitySignatory", details.municipalitySignatory(), NAME_MAX)
                .text("policeSignatory", details.policeSignatory(), NAME_MAX)
                .text("publicSummary", details.publicSummary(), TEXT_MAX);
        checkPeriod(checks, details.startsOn(), details.endsOn(), "startsOn", "endsOn");
    }

    /** Only good examples and methods the user reads can be built on. */
    private void checkKnowledge(RefusedInputException.Checks checks, CurrentUser user, Set<Long> itemIds) {
        for (long item : itemIds) {
            boolean referable = knowledge.readable(user, item)
                    .filter(found -> KnowledgeReferences.REFERABLE.contains(found.kind())).isPresent();
            if (!referable) {
                checks.problem("knowledgeItemIds", "action.plan.knowledge.invalid");
                return;
            }
        }
    }

    /** The good examples and methods a plan form offers to build on. */
    @Transactional(readOnly = true)
    public List<KnowledgeReference> referableKnowledge(CurrentUser user) {
        return knowledge.referableFor(user);
    }

    private java.util.Optional<Goal> goal(RefusedInputException.Checks checks, Organisation county,
                                          GoalDraft draft) {
        String at = "[" + draft.problemId() + "]";
        boolean valid = true;
        if (draft.targetLevel() == null || draft.targetLevel() < 0 || draft.targetLevel() > 4) {
            checks.problem("targetLevel" + at, "action.goal.level.invalid");
            valid = false;
        }
        String period = draft.targetPeriod() == null ? "" : draft.targetPeriod().strip();
        try {
            period = levels.period(county, period).code();
        } catch (NotFoundException | PeriodFormatException e) {
            checks.problem("targetPeriod" + at, "action.goal.period.invalid");
            valid = false;
        }
        checks.text("goalDescription" + at, draft.description(), GOAL_TEXT_MAX);
        if (!valid) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Goal(draft.problemId(), draft.targetLevel(), period,
                draft.description() == null ? "" : draft.description().strip()));
    }

    static void checkPeriod(RefusedInputException.Checks checks, LocalDate from, LocalDate to,
                                    String fromField, String toField) {
        if (from == null) {
            checks.problem(fromField, "action.date.required");
        }
        if (to == null) {
            checks.problem(toField, "action.date.required");
        }
        if (from != null && to != null && to.isBefore(from)) {
            checks.problem(toField, "action.date.beforeStart");
        }
    }

    private static boolean coversMunicipality(Problem problem, long municipalityId) {
        return problem.evidence().stream().anyMatch(e -> e.municipalityId() == municipalityId);
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        var all = new ArrayList<T>(first);
        all.addAll(second);
        return all;
    }

    /** A public id that cannot be guessed from another promise's address. */
    private static String newPublicId() {
        var id = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            id.append(PUBLIC_ID_LETTERS[RANDOM.nextInt(PUBLIC_ID_LETTERS.length)]);
        }
        return id.toString();
    }
}
