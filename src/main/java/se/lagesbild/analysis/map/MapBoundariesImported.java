package se.lagesbild.analysis.map;

/**
 * All municipal boundaries were replaced: by whom (an administrator, or {@code system} when the configured file was
 * loaded at start-up), how many features the file had, how many municipalities got a boundary and how many codes
 * matched none. The file's name is left out on purpose: it is free text.
 */
public record MapBoundariesImported(String by, int featureCount, int matchedCount, int unmatchedCount) {
}
