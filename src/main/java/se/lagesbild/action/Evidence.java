package se.lagesbild.action;

import org.springframework.data.relational.core.mapping.Table;

/**
 * An approved picture cell a problem rests on: the municipality's picture (report) for the period and the level it
 * gave the problem's theme when the problem was written down (null for "don't know").
 */
@Table("problem_evidence")
public record Evidence(long municipalityId, String periodCode, long pictureId, Integer level) {
}
