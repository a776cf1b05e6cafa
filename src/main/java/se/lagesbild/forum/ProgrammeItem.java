package se.lagesbild.forum;

import java.time.LocalTime;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One time slot of a forum's programme.
 *
 * @param endsAt  when the slot ends, or null
 * @param speaker who speaks (names and organisations, as the invitation prints them), or empty
 */
@Table("forum_programme_item")
public record ProgrammeItem(LocalTime startsAt, LocalTime endsAt, String title, String speaker) {

    public ProgrammeItem {
        title = title == null ? "" : title.strip();
        speaker = speaker == null ? "" : speaker.strip();
    }

    /** A row of the form that nothing was written in. */
    public boolean isBlank() {
        return startsAt == null && endsAt == null && title.isEmpty() && speaker.isEmpty();
    }
}
