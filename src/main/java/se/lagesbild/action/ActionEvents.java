package se.lagesbild.action;

/** What happens to problems, plans and follow-ups, published when it is saved; the audit trail records each. */
public final class ActionEvents {

    private ActionEvents() {
    }

    /** {@code organisationId}: the owning municipality, or the county for joint work. */
    public record ProblemRecorded(long problemId, long organisationId, String by) {
    }

    public record ActionPlanCreated(long planId, long organisationId, PlanKind kind, String by) {
    }

    public record MeasureAdded(long measureId, long planId, long organisationId, String by) {
    }

    public record FollowUpRecorded(long followUpId, long measureId, long organisationId, String by) {
    }

    public record CitizenPromisePublished(long planId, long organisationId, String by) {
    }

    public record CitizenPromiseWithdrawn(long planId, long organisationId, String by) {
    }
}
