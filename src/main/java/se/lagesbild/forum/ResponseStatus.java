package se.lagesbild.forum;

/** A municipality's answers are its own draft until submitted; only submitted answers reach the county board. */
public enum ResponseStatus {
    DRAFT,
    SUBMITTED
}
