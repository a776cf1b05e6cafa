package se.lagesbild.action;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A plan's measurable goal for one of its problems: the theme's level in the problem's municipalities at most
 * {@code targetLevel} in the picture of {@code targetPeriod}.
 */
@Table("action_plan_goal")
public record Goal(long problemId, int targetLevel, String targetPeriod, String description) {
}
