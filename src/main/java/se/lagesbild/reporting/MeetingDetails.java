package se.lagesbild.reporting;

import java.time.LocalDate;
import java.util.Set;

import se.lagesbild.organisation.Sector;

/** What is recorded about a working group meeting: its date, the sectors present and short minutes. */
public record MeetingDetails(LocalDate date, Set<Sector> participants, String minutes) {

    public MeetingDetails {
        participants = participants == null ? Set.of() : Set.copyOf(participants);
        minutes = minutes == null ? "" : minutes.strip();
    }
}
