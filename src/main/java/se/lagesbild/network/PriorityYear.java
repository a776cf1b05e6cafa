package se.lagesbild.network;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A year of a county's network: the priorities it set for the year and the year-end evaluation of them. The
 * priorities change only until the evaluation is opened (answers refer to them by their place in the list); the
 * evaluation goes from not opened to open to closed, and is anonymous or not from its opening.
 */
@Table("network_year")
public class PriorityYear {

    @Id
    private Long id;
    private final long networkId;
    @Column("priority_year")
    private final int year;
    private EvaluationStatus evaluationStatus;
    private boolean anonymous;
    /** Keys the respondents' tokens while an anonymous evaluation is open; erased when it closes. */
    private String evaluationPepper;
    private Instant openedAt;
    private String openedBy;
    private Instant closedAt;
    private String closedBy;
    private Instant updatedAt;
    private String updatedBy;
    @MappedCollection(idColumn = "year_id", keyColumn = "sort_order")
    private List<Priority> priorities;
    @Version
    private Integer version;

    /** One priority of the year: a short title and what it means. */
    @Table("network_priority")
    public record Priority(String title, String description) {
    }

    @PersistenceCreator
    PriorityYear(Long id, long networkId, int year, EvaluationStatus evaluationStatus, boolean anonymous,
                 String evaluationPepper, Instant openedAt, String openedBy, Instant closedAt, String closedBy,
                 Instant updatedAt, String updatedBy, List<Priority> priorities, Integer version) {
        this.id = id;
        this.networkId = networkId;
        this.year = year;
        this.evaluationStatus = evaluationStatus;
        this.anonymous = anonymous;
        this.evaluationPepper = evaluationPepper;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
        this.closedAt = closedAt;
        this.closedBy = closedBy;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.priorities = priorities == null ? new ArrayList<>() : new ArrayList<>(priorities);
        this.version = version;
    }

    /** A year without priorities yet, not saved. */
    static PriorityYear empty(long networkId, int year) {
        return new PriorityYear(null, networkId, year, EvaluationStatus.NOT_OPENED, false, null, null, null, null,
                null, null, null, null, null);
    }

    void replacePriorities(List<Priority> newPriorities, String by, Instant now) {
        if (evaluationStatus != EvaluationStatus.NOT_OPENED) {
            throw new NetworkStateException("network.priorities.frozen");
        }
        priorities = new ArrayList<>(newPriorities);
        updatedAt = now;
        updatedBy = by;
    }

    void open(boolean anonymously, String pepper, String by, Instant now) {
        if (evaluationStatus != EvaluationStatus.NOT_OPENED) {
            throw new NetworkStateException("network.evaluation.alreadyOpened");
        }
        if (priorities.isEmpty()) {
            throw new NetworkStateException("network.evaluation.noPriorities");
        }
        evaluationStatus = EvaluationStatus.OPEN;
        anonymous = anonymously;
        evaluationPepper = anonymously ? pepper : null;
        openedAt = now;
        openedBy = by;
        updatedAt = now;
        updatedBy = by;
    }

    void close(String by, Instant now) {
        if (evaluationStatus != EvaluationStatus.OPEN) {
            throw new NetworkStateException("network.evaluation.notOpen");
        }
        evaluationStatus = EvaluationStatus.CLOSED;
        evaluationPepper = null;
        closedAt = now;
        closedBy = by;
        updatedAt = now;
        updatedBy = by;
    }

    public Long id() {
        return id;
    }

    public boolean isSaved() {
        return id != null;
    }

    public long networkId() {
        return networkId;
    }

    public int year() {
        return year;
    }

    public List<Priority> priorities() {
        return List.copyOf(priorities);
    }

    public EvaluationStatus evaluationStatus() {
        return evaluationStatus;
    }

    public boolean isOpen() {
        return evaluationStatus == EvaluationStatus.OPEN;
    }

    public boolean isClosed() {
        return evaluationStatus == EvaluationStatus.CLOSED;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    String evaluationPepper() {
        return evaluationPepper;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
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
