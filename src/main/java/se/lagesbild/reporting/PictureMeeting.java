package se.lagesbild.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import se.lagesbild.organisation.Sector;

/**
 * The working group meeting a municipal picture was agreed at. Keyed by the picture's report id; the row version
 * is null until it is first saved, which is how a new meeting is told from a changed one.
 */
@Table("picture_meeting")
public class PictureMeeting {

    @Id
    private final Long reportId;
    private LocalDate meetingDate;
    /** Sector names in the enum's order, joined with commas. */
    private String participants;
    private String minutes;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private Integer version;

    @PersistenceCreator
    PictureMeeting(Long reportId, LocalDate meetingDate, String participants, String minutes, Instant updatedAt,
                   String updatedBy, Integer version) {
        this.reportId = reportId;
        this.meetingDate = meetingDate;
        this.participants = participants;
        this.minutes = minutes;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.version = version;
    }

    static PictureMeeting of(long reportId) {
        return new PictureMeeting(reportId, null, "", null, null, null, null);
    }

    void record(MeetingDetails details, String by, Instant now) {
        meetingDate = details.date();
        participants = Arrays.stream(Sector.values()).filter(details.participants()::contains).map(Sector::name)
                .collect(Collectors.joining(","));
        minutes = details.minutes().isEmpty() ? null : details.minutes();
        updatedAt = now;
        updatedBy = by;
    }

    public long reportId() {
        return reportId;
    }

    public LocalDate meetingDate() {
        return meetingDate;
    }

    public List<Sector> participants() {
        return participants == null || participants.isEmpty() ? List.of()
                : Arrays.stream(participants.split(",")).map(Sector::valueOf).toList();
    }

    public String minutes() {
        return minutes == null ? "" : minutes;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    /** The row version; null for a meeting not saved yet. */
    public Integer version() {
        return version;
    }

    public boolean isNew() {
        return version == null;
    }
}
