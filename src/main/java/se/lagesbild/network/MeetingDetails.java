package se.lagesbild.network;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * A meeting as its form posts it: title, date and time (Swedish time), place or link, agenda, minutes, the decisions
 * in order (blank ones are left out) and the ids of the members who took part.
 */
public record MeetingDetails(String title, LocalDate date, LocalTime time, String place, String agenda,
                             String minutes, List<String> decisions, Set<Long> participantIds) {
}
