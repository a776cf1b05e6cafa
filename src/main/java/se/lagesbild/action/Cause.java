package se.lagesbild.action;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A likely cause of a problem, from one perspective, with what the belief rests on. A cause that a measure answers
 * to stays: removing it would break the measure's trace to the picture.
 */
@Table("problem_cause")
public record Cause(@Id Long id, long problemId, Perspective perspective, String description, String basis,
                   Instant createdAt, String createdBy) {
}
