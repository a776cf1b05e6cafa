package se.lagesbild.forum;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import se.lagesbild.shared.period.SwedishCalendar;

/**
 * A dialogue forum or mapping round of a county board: when and where, the programme, the invited municipalities, the
 * registration deadline and the question set (a published form version). Registration is open until the end of the
 * deadline day, Swedish time.
 */
@Table("forum")
public class Forum {

    @Id
    private Long id;
    private final long countyId;
    private ForumKind kind;
    private String title;
    private String purpose;
    private LocalDate heldOn;
    private LocalTime startsAt;
    private LocalTime endsAt;
    private String place;
    private String videoLink;
    private LocalDate registrationDeadline;
    private int maxParticipants;
    private long formVersionId;
    private boolean ownForm;
    @MappedCollection(idColumn = "forum_id", keyColumn = "item_index")
    private List<ProgrammeItem> programme;
    @MappedCollection(idColumn = "forum_id")
    private Set<Invitation> invitations;
    private final Instant createdAt;
    private final String createdBy;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private Integer version;

    @PersistenceCreator
    Forum(Long id, long countyId, ForumKind kind, String title, String purpose, LocalDate heldOn, LocalTime startsAt,
          LocalTime endsAt, String place, String videoLink, LocalDate registrationDeadline, int maxParticipants,
          long formVersionId, boolean ownForm, List<ProgrammeItem> programme, Set<Invitation> invitations,
          Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, Integer version) {
        this.id = id;
        this.countyId = countyId;
        this.kind = kind;
        this.title = title;
        this.purpose = purpose;
        this.heldOn = heldOn;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = place;
        this.videoLink = videoLink;
        this.registrationDeadline = registrationDeadline;
        this.maxParticipants = maxParticipants;
        this.formVersionId = formVersionId;
        this.ownForm = ownForm;
        this.programme = programme == null ? new ArrayList<>() : new ArrayList<>(programme);
        this.invitations = invitations == null ? new HashSet<>() : new HashSet<>(invitations);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.version = version;
    }

    static Forum create(long countyId, ForumDetails details, Set<Long> invited, long formVersionId, boolean ownForm,
                        String by, Instant now) {
        var forum = new Forum(null, countyId, details.kind(), "", "", details.heldOn(), details.startsAt(), null, "",
                "", details.registrationDeadline(), 1, formVersionId, ownForm, List.of(), Set.of(), now, by, now, by,
                null);
        forum.apply(details, invited, by, now);
        return forum;
    }

    /** Replaces what the forum's form edits (the details have been checked). */
    void apply(ForumDetails details, Set<Long> invited, String by, Instant now) {
        kind = details.kind();
        title = details.title();
        purpose = details.purpose();
        heldOn = details.heldOn();
        startsAt = details.startsAt();
        endsAt = details.endsAt();
        place = details.place();
        videoLink = details.videoLink();
        registrationDeadline = details.registrationDeadline();
        maxParticipants = details.maxParticipants();
        programme = new ArrayList<>(details.programme().stream().filter(item -> !item.isBlank()).toList());
        invitations = new HashSet<>(invited.stream().map(Invitation::new).toList());
        updatedAt = now;
        updatedBy = by;
    }

    void useQuestions(long formVersionId, boolean ownForm) {
        this.formVersionId = formVersionId;
        this.ownForm = ownForm;
    }

    /** Registration closes at the end of the deadline day, Swedish time. */
    public boolean registrationOpenAt(Instant now) {
        ZonedDateTime closes = registrationDeadline.plusDays(1).atStartOfDay(SwedishCalendar.ZONE);
        return now.isBefore(closes.toInstant());
    }

    /** The forum's day has not passed yet (Swedish time). */
    public boolean isUpcomingAt(Instant now) {
        return !heldOn.isBefore(LocalDate.ofInstant(now, SwedishCalendar.ZONE));
    }

    public boolean invites(Long municipalityId) {
        return municipalityId != null && invitations.stream().anyMatch(i -> i.municipalityId() == municipalityId);
    }

    public Long id() {
        return id;
    }

    public long countyId() {
        return countyId;
    }

    public ForumKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String purpose() {
        return purpose;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public LocalTime startsAt() {
        return startsAt;
    }

    public LocalTime endsAt() {
        return endsAt;
    }

    public String place() {
        return place;
    }

    public String videoLink() {
        return videoLink;
    }

    public LocalDate registrationDeadline() {
        return registrationDeadline;
    }

    public int maxParticipants() {
        return maxParticipants;
    }

    public long formVersionId() {
        return formVersionId;
    }

    /** Whether the questions were written on the forum (the form was made for it) rather than chosen. */
    public boolean ownForm() {
        return ownForm;
    }

    public List<ProgrammeItem> programme() {
        return List.copyOf(programme);
    }

    /** The invited municipalities' ids, in no particular order. */
    public Set<Long> invitedIds() {
        var ids = new HashSet<Long>();
        invitations.forEach(i -> ids.add(i.municipalityId()));
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

    /** Sooner forums first. */
    public static final Comparator<Forum> BY_DATE = Comparator.comparing(Forum::heldOn)
            .thenComparing(Forum::startsAt).thenComparing(f -> f.id() == null ? 0L : f.id());
}
