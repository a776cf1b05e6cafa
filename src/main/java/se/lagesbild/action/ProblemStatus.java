package se.lagesbild.action;

/** Where the work on a problem stands. */
public enum ProblemStatus {
    OPEN, IN_PROGRESS, CLOSED
}
