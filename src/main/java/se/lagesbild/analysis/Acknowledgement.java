package se.lagesbild.analysis;

import java.time.Instant;

/** A signal the county has acknowledged: its note, when and by whom. */
public record Acknowledgement(String note, Instant at, String by) {
}
