package se.lagesbild.reporting;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import se.lagesbild.shared.period.PeriodKind;

/**
 * What a county (pictures) or a municipality (contributions) has decided: which form, how often, and for
 * contributions which units report.
 */
@Table("reporting_schedule")
class ReportingSchedule {

    @Id
    private Long id;
    private final Long ownerId;
    private final ReportKind kind;
    private Long formId;
    private PeriodKind periodKind;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "schedule_id")
    private Set<ScheduleUnit> units;

    @PersistenceCreator
    ReportingSchedule(Long id, Long ownerId, ReportKind kind, Long formId, PeriodKind periodKind, Instant updatedAt,
                      String updatedBy, Integer version, Set<ScheduleUnit> units) {
        this.id = id;
        this.ownerId = ownerId;
        this.kind = kind;
        this.formId = formId;
        this.periodKind = periodKind;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.version = version;
        this.units = units == null ? new HashSet<>() : new HashSet<>(units);
    }

    static ReportingSchedule create(long ownerId, ReportKind kind) {
        return new ReportingSchedule(null, ownerId, kind, null, null, null, null, null, null);
    }

    void decide(long formId, PeriodKind periodKind, Set<Long> unitIds, String by, Instant now) {
        this.formId = formId;
        this.periodKind = periodKind;
        this.units = unitIds.stream().map(ScheduleUnit::new).collect(Collectors.toCollection(HashSet::new));
        this.updatedBy = by;
        this.updatedAt = now;
    }

    long ownerId() {
        return ownerId;
    }

    ReportKind kind() {
        return kind;
    }

    long formId() {
        return formId;
    }

    PeriodKind periodKind() {
        return periodKind;
    }

    Set<Long> unitIds() {
        return units.stream().map(ScheduleUnit::unitId).collect(Collectors.toUnmodifiableSet());
    }

    int version() {
        return version == null ? 0 : version;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }
}
