package se.lagesbild.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.shared.NotFoundException;

/**
 * A published citizen promise as anyone may read it, without signing in: what the municipality and the local police
 * promise, on which problems and likely causes, with which goals and commitments, and how the follow-ups went. Only
 * these parts are copied out; the evidence, the levels, the comments of follow-ups and who wrote what stay inside.
 * An unpublished promise, or any other kind of plan, is not found, exactly like an address that never existed.
 */
@Service
public class PublicPromises {

    public record PublicPromise(String municipalityName, String title, LocalDate startsOn, LocalDate endsOn,
                                String municipalitySignatory, String policeSignatory, LocalDate signedOn,
                                String followUpSummary, Instant publishedAt, List<Focus> focus,
                                List<Commitment> commitments) {
    }

    /** A focus problem with its goal and its likely causes. */
    public record Focus(String title, MeasuredTheme theme, int targetLevel, boolean higherIsBetter,
                        String targetPeriod, String goal, List<LikelyCause> causes) {
    }

    public record LikelyCause(Perspective perspective, String description) {
    }

    public record Commitment(String title, String description, String owner, LocalDate startsOn, LocalDate dueOn,
                             MeasureStatus status, List<Checkpoint> followUps) {
    }

    /** A follow-up as the public sees it: its day and, once recorded, the outcome without the internal comment. */
    public record Checkpoint(LocalDate dueOn, boolean recorded, Boolean done, Boolean onTime, GoalMet goalMet) {
    }

    private final ActionPlanRepository plans;
    private final ProblemRepository problems;
    private final CauseRepository causes;
    private final MeasureRepository measures;
    private final FollowUpRepository followUps;
    private final ActionAccess access;

    PublicPromises(ActionPlanRepository plans, ProblemRepository problems, CauseRepository causes,
                   MeasureRepository measures, FollowUpRepository followUps, ActionAccess access) {
        this.plans = plans;
        this.problems = problems;
        this.causes = causes;
        this.measures = measures;
        this.followUps = followUps;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public PublicPromise published(String publicId) {
        ActionPlan plan = plans.findByPublicId(publicId)
                .filter(found -> found.kind().isPublishable() && found.isPublished())
                .orElseThrow(() -> new NotFoundException("citizen promise " + publicId));
        Map<Long, List<Cause>> causesByProblem = causes.findByProblems(plan.problemIds()).stream()
                .collect(Collectors.groupingBy(Cause::problemId));
        var focus = plan.goals().stream().map(goal -> {
            Problem problem = problems.findById(goal.problemId()).orElseThrow();
            return new Focus(problem.title(), problem.theme(), goal.targetLevel(),
                    se.lagesbild.analysis.Concern.higherIsBetter(problem.theme()), goal.targetPeriod(),
                    goal.description(), causesByProblem.getOrDefault(problem.id(), List.of()).stream()
                    .map(cause -> new LikelyCause(cause.perspective(), cause.description())).toList());
        }).toList();
        List<Measure> planMeasures = measures.findByPlans(List.of(plan.id()));
        Map<Long, List<FollowUp>> byMeasure = planMeasures.isEmpty() ? Map.of()
                : followUps.findByMeasures(planMeasures.stream().map(Measure::id).toList()).stream()
                .collect(Collectors.groupingBy(FollowUp::measureId));
        var commitments = planMeasures.stream()
                .filter(measure -> measure.status() != MeasureStatus.CANCELLED)
                .sorted(Comparator.comparing(Measure::startsOn).thenComparing(Measure::id))
                .map(measure -> new Commitment(measure.title(), measure.description(), measure.owner(),
                        measure.startsOn(), measure.dueOn(), measure.status(),
                        byMeasure.getOrDefault(measure.id(), List.of()).stream()
                                .map(f -> new Checkpoint(f.dueOn(), f.isRecorded(), f.done(), f.onTime(),
                                        f.goalMet()))
                                .toList()))
                .toList();
        return new PublicPromise(access.organisation(plan.municipalityId()).name(), plan.title(), plan.startsOn(),
                plan.endsOn(), plan.municipalitySignatory(), plan.policeSignatory(), plan.signedOn(),
                plan.publicSummary(), plan.publishedAt(), focus, commitments);
    }
}
