package se.lagesbild.action;

/** Where a measure stands. */
public enum MeasureStatus {
    PLANNED, ONGOING, DONE, CANCELLED
}
