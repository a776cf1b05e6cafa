package se.lagesbild.action;

/** A goal as the plan form gives it: for one problem, a target level (0–4) in the picture of a target period. */
public record GoalDraft(long problemId, Integer targetLevel, String targetPeriod, String description) {
}
