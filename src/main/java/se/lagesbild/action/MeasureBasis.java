package se.lagesbild.action;

import org.springframework.data.relational.core.mapping.Table;

/** What a measure answers to: one of its plan's problems, or a cause of that problem ({@code causeId} set). */
@Table("measure_basis")
public record MeasureBasis(long problemId, Long causeId) {
}
