package se.lagesbild.action;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A scheduled follow-up of a measure: due on a day, then recorded once with its outcome (done? on time? goal met?)
 * and a comment. Recording again corrects the outcome; the version keeps two people from overwriting each other.
 */
@Table("follow_up")
public class FollowUp {

    @Id
    private Long id;
    private final long measureId;
    private LocalDate dueOn;
    private Instant recordedAt;
    private String recordedBy;
    private Boolean done;
    private Boolean onTime;
    private GoalMet goalMet;
    private String comment;
    @Version
    private Integer version;

    @PersistenceCreator
    FollowUp(Long id, long measureId, LocalDate dueOn, Instant recordedAt, String recordedBy, Boolean done,
             Boolean onTime, GoalMet goalMet, String comment, Integer version) {
        this.id = id;
        this.measureId = measureId;
        this.dueOn = dueOn;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.done = done;
        this.onTime = onTime;
        this.goalMet = goalMet;
        this.comment = comment;
        this.version = version;
    }

    static FollowUp due(long measureId, LocalDate dueOn) {
        return new FollowUp(null, measureId, dueOn, null, null, null, null, null, "", null);
    }

    void record(boolean wasDone, boolean wasOnTime, GoalMet met, String text, String by, Instant now) {
        done = wasDone;
        onTime = wasOnTime;
        goalMet = met;
        comment = text;
        recordedAt = now;
        recordedBy = by;
    }

    public Long id() {
        return id;
    }

    public long measureId() {
        return measureId;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public boolean isRecorded() {
        return recordedAt != null;
    }

    /** Not recorded and its day has passed. */
    public boolean isOverdue(LocalDate today) {
        return !isRecorded() && dueOn.isBefore(today);
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Boolean done() {
        return done;
    }

    public Boolean onTime() {
        return onTime;
    }

    public GoalMet goalMet() {
        return goalMet;
    }

    public String comment() {
        return comment;
    }

    public int version() {
        return version == null ? 0 : version;
    }
}
