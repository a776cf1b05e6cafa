package se.lagesbild.action;

import java.time.LocalDate;
import java.util.Set;

/** What a measure's form edits, including what it answers to. */
public record MeasureDetails(String title, String description, Approach approach, Horizon horizon, String owner,
                             LocalDate startsOn, LocalDate dueOn, Long costEstimate, MeasureStatus status,
                             Set<MeasureBasis> basis) {

    public MeasureDetails {
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description.strip();
        owner = owner == null ? "" : owner.strip();
        status = status == null ? MeasureStatus.PLANNED : status;
        basis = basis == null ? Set.of() : Set.copyOf(basis);
    }
}
