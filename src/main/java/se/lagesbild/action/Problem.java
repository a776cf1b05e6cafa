package se.lagesbild.action;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import se.lagesbild.form.MeasuredTheme;

/**
 * A problem found in approved pictures: one theme in one municipality, or (without a municipality) a theme that
 * recurs in several of a county's municipalities. Its evidence is fixed when it is written down; its description and
 * status are edited with optimistic locking.
 */
@Table("problem")
public class Problem {

    @Id
    private Long id;
    private final long countyId;
    private final Long municipalityId;
    private final String theme;
    private final String periodCode;
    private String title;
    private String description;
    private ProblemStatus status;
    private final Instant createdAt;
    private final String createdBy;
    private Instant updatedAt;
    private String updatedBy;
    @MappedCollection(idColumn = "problem_id")
    private final Set<Evidence> evidence;
    @Version
    private Integer version;

    @PersistenceCreator
    Problem(Long id, long countyId, Long municipalityId, String theme, String periodCode, String title,
            String description, ProblemStatus status, Instant createdAt, String createdBy, Instant updatedAt,
            String updatedBy, Set<Evidence> evidence, Integer version) {
        this.id = id;
        this.countyId = countyId;
        this.municipalityId = municipalityId;
        this.theme = theme;
        this.periodCode = periodCode;
        this.title = title;
        this.description = description;
        this.status = status;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.evidence = evidence == null ? new HashSet<>() : new HashSet<>(evidence);
        this.version = version;
    }

    static Problem found(long countyId, Long municipalityId, MeasuredTheme theme, String periodCode, String title,
                         String description, Set<Evidence> evidence, String by, Instant now) {
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a problem rests on at least one approved picture cell");
        }
        return new Problem(null, countyId, municipalityId, theme.key(), periodCode, title, description,
                ProblemStatus.OPEN, now, by, now, by, evidence, null);
    }

    void describe(String newTitle, String newDescription, ProblemStatus newStatus, String by, Instant now) {
        title = newTitle;
        description = newDescription;
        status = newStatus;
        updatedAt = now;
        updatedBy = by;
    }

    void markInProgress(String by, Instant now) {
        if (status == ProblemStatus.OPEN) {
            status = ProblemStatus.IN_PROGRESS;
            updatedAt = now;
            updatedBy = by;
        }
    }

    public Long id() {
        return id;
    }

    public long countyId() {
        return countyId;
    }

    /** The municipality; null for a problem the county coordinates across municipalities. */
    public Long municipalityId() {
        return municipalityId;
    }

    public boolean isJoint() {
        return municipalityId == null;
    }

    public MeasuredTheme theme() {
        return MeasuredTheme.fromKey(theme).orElseThrow();
    }

    public String periodCode() {
        return periodCode;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public ProblemStatus status() {
        return status;
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

    /** The evidence, by municipality and period. */
    public List<Evidence> evidence() {
        return evidence.stream().sorted(Comparator.comparingLong(Evidence::municipalityId)
                .thenComparing(Evidence::periodCode)).toList();
    }

    public int version() {
        return version == null ? 0 : version;
    }
}
