package se.lagesbild.network;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import se.lagesbild.shared.period.SwedishCalendar;

/**
 * A meeting of a county's network: when (a moment, shown in Swedish time), where (a place or a link), the agenda, the
 * members who took part, the minutes and the decisions in order. Edited as a whole with optimistic locking.
 */
@Table("network_meeting")
public class Meeting {

    @Id
    private Long id;
    private final long networkId;
    private String title;
    private Instant startsAt;
    private String place;
    private String agenda;
    private String minutes;
    @MappedCollection(idColumn = "meeting_id", keyColumn = "sort_order")
    private List<Decision> decisions;
    @MappedCollection(idColumn = "meeting_id")
    private Set<Participant> participants;
    private final Instant createdAt;
    private final String createdBy;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private Integer version;

    /** One decision of the meeting. */
    @Table("network_meeting_decision")
    public record Decision(@Column("decision_text") String text) {
    }

    /** A member who took part. */
    @Table("network_meeting_participant")
    record Participant(long memberId) {
    }

    @PersistenceCreator
    Meeting(Long id, long networkId, String title, Instant startsAt, String place, String agenda, String minutes,
            List<Decision> decisions, Set<Participant> participants, Instant createdAt, String createdBy,
            Instant updatedAt, String updatedBy, Integer version) {
        this.id = id;
        this.networkId = networkId;
        this.title = title;
        this.startsAt = startsAt;
        this.place = place;
        this.agenda = agenda;
        this.minutes = minutes;
        this.decisions = decisions == null ? new ArrayList<>() : new ArrayList<>(decisions);
        this.participants = participants == null ? new HashSet<>() : new HashSet<>(participants);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.version = version;
    }

    static Meeting plan(long networkId, Accepted details, String by, Instant now) {
        var meeting = new Meeting(null, networkId, "", details.startsAt(), "", "", "", null, null, now, by, now, by,
                null);
        meeting.apply(details, by, now);
        return meeting;
    }

    void apply(Accepted details, String by, Instant now) {
        title = details.title();
        startsAt = details.startsAt();
        place = details.place();
        agenda = details.agenda();
        minutes = details.minutes();
        decisions = new ArrayList<>(details.decisions().stream().map(Decision::new).toList());
        participants = new HashSet<>(details.participantIds().stream().map(Participant::new).toList());
        updatedAt = now;
        updatedBy = by;
    }

    /** Meeting details after every check: the moment in time, texts stripped, blank decisions left out. */
    record Accepted(String title, Instant startsAt, String place, String agenda, String minutes,
                    List<String> decisions, Set<Long> participantIds) {
    }

    public Long id() {
        return id;
    }

    public long networkId() {
        return networkId;
    }

    public String title() {
        return title;
    }

    public Instant startsAt() {
        return startsAt;
    }

    /** The start in Swedish time, as the pages show it. */
    public LocalDateTime startsLocal() {
        return LocalDateTime.ofInstant(startsAt, SwedishCalendar.ZONE);
    }

    public String place() {
        return place;
    }

    public String agenda() {
        return agenda;
    }

    public String minutes() {
        return minutes;
    }

    public List<String> decisions() {
        return decisions.stream().map(Decision::text).toList();
    }

    /** The ids of the members who took part, ascending. */
    public Set<Long> participantIds() {
        var ids = new TreeSet<Long>();
        participants.forEach(participant -> ids.add(participant.memberId()));
        return ids;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public int version() {
        return version == null ? 0 : version;
    }
}
