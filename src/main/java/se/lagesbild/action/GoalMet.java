package se.lagesbild.action;

/** Whether a measure's goal was met when it was followed up. */
public enum GoalMet {
    YES, PARTLY, NO, TOO_EARLY
}
