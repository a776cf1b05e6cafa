package se.lagesbild.network;

/** A year's evaluation: not yet opened (the priorities can still change), open for answers, or closed for good. */
public enum EvaluationStatus {
    NOT_OPENED,
    OPEN,
    CLOSED
}
