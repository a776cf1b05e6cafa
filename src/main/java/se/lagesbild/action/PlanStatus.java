package se.lagesbild.action;

/** A plan is drafted, then in force, then completed. */
public enum PlanStatus {
    DRAFT, ACTIVE, COMPLETED
}
