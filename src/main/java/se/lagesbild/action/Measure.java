package se.lagesbild.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A measure of a plan (in a promise or agreement: a commitment). It always answers to at least one problem or cause
 * of its plan; {@link ActionPlans} checks that the problems and causes belong to the plan.
 */
@Table("measure")
public class Measure {

    @Id
    private Long id;
    private final long planId;
    private String title;
    private String description;
    private Approach approach;
    private Horizon horizon;
    private String owner;
    private LocalDate startsOn;
    private LocalDate dueOn;
    private Long costEstimate;
    private MeasureStatus status;
    private final Instant createdAt;
    private final String createdBy;
    private Instant updatedAt;
    private String updatedBy;
    @MappedCollection(idColumn = "measure_id")
    private Set<MeasureBasis> basis;
    @Version
    private Integer version;

    @PersistenceCreator
    Measure(Long id, long planId, String title, String description, Approach approach, Horizon horizon, String owner,
            LocalDate startsOn, LocalDate dueOn, Long costEstimate, MeasureStatus status, Instant createdAt,
            String createdBy, Instant updatedAt, String updatedBy, Set<MeasureBasis> basis, Integer version) {
        this.id = id;
        this.planId = planId;
        this.title = title;
        this.description = description;
        this.approach = approach;
        this.horizon = horizon;
        this.owner = owner;
        this.startsOn = startsOn;
        this.dueOn = dueOn;
        this.costEstimate = costEstimate;
        this.status = status;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.basis = basis == null ? new HashSet<>() : new HashSet<>(basis);
        this.version = version;
    }

    static Measure of(long planId, MeasureDetails details, String by, Instant now) {
        var measure = new Measure(null, planId, "", "", details.approach(), details.horizon(), "", details.startsOn(),
                details.dueOn(), null, MeasureStatus.PLANNED, now, by, now, by, Set.of(), null);
        measure.apply(details, by, now);
        return measure;
    }

    void apply(MeasureDetails details, String by, Instant now) {
        if (details.basis().isEmpty()) {
            throw new IllegalArgumentException("a measure answers to at least one problem or cause");
        }
        title = details.title();
        description = details.description();
        approach = details.approach();
        horizon = details.horizon();
        owner = details.owner();
        startsOn = details.startsOn();
        dueOn = details.dueOn();
        costEstimate = details.costEstimate();
        status = details.status();
        basis = new HashSet<>(details.basis());
        updatedAt = now;
        updatedBy = by;
    }

    public Long id() {
        return id;
    }

    public long planId() {
        return planId;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Approach approach() {
        return approach;
    }

    public Horizon horizon() {
        return horizon;
    }

    public String owner() {
        return owner;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Long costEstimate() {
        return costEstimate;
    }

    public MeasureStatus status() {
        return status;
    }

    public Set<MeasureBasis> basis() {
        return Set.copyOf(basis);
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
