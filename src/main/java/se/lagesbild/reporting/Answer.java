package se.lagesbild.reporting;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** The answer to one question of a report, as text (choices joined with commas). */
@Table("report_answer")
public record Answer(@Column("answer_value") String value, Instant updatedAt, String updatedBy) {
}
