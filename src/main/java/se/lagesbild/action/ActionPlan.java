package se.lagesbild.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An action plan, citizen promise or collaboration agreement: owned by a municipality, or (without one) coordinated
 * by the county for several. It always works on at least one problem, each with a measurable goal. A citizen promise
 * has a public id fixed at creation, so its public address never changes; it is readable there only while published.
 */
@Table("action_plan")
public class ActionPlan {

    @Id
    private Long id;
    private final PlanKind kind;
    private final long countyId;
    private final Long municipalityId;
    private String title;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private PlanStatus status;
    private String municipalitySignatory;
    private String policeSignatory;
    private LocalDate signedOn;
    private final String publicId;
    private String publicSummary;
    private Instant publishedAt;
    private final Instant createdAt;
    private final String createdBy;
    private Instant updatedAt;
    private String updatedBy;
    @MappedCollection(idColumn = "plan_id")
    private Set<Goal> goals;
    @MappedCollection(idColumn = "plan_id")
    private Set<KnowledgeLink> knowledge;
    @Version
    private Integer version;

    @PersistenceCreator
    ActionPlan(Long id, PlanKind kind, long countyId, Long municipalityId, String title, LocalDate startsOn,
               LocalDate endsOn, PlanStatus status, String municipalitySignatory, String policeSignatory,
               LocalDate signedOn, String publicId, String publicSummary, Instant publishedAt, Instant createdAt,
               String createdBy, Instant updatedAt, String updatedBy, Set<Goal> goals, Set<KnowledgeLink> knowledge,
               Integer version) {
        this.id = id;
        this.kind = kind;
        this.countyId = countyId;
        this.municipalityId = municipalityId;
        this.title = title;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.status = status;
        this.municipalitySignatory = municipalitySignatory;
        this.policeSignatory = policeSignatory;
        this.signedOn = signedOn;
        this.publicId = publicId;
        this.publicSummary = publicSummary;
        this.publishedAt = publishedAt;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.goals = goals == null ? new HashSet<>() : new HashSet<>(goals);
        this.knowledge = knowledge == null ? new HashSet<>() : new HashSet<>(knowledge);
        this.version = version;
    }

    static ActionPlan draft(PlanKind kind, long countyId, Long municipalityId, PlanDetails details, Set<Goal> goals,
                            String publicId, String by, Instant now) {
        if (goals.isEmpty()) {
            throw new IllegalArgumentException("a plan works on at least one problem");
        }
        var plan = new ActionPlan(null, kind, countyId, municipalityId, "", details.startsOn(), details.endsOn(),
                PlanStatus.DRAFT, "", "", null, publicId, "", null, now, by, now, by, goals, Set.of(), null);
        plan.apply(details, by, now);
        return plan;
    }

    /** Replaces what the plan's form edits. The goals are kept; a plan's problems are fixed at its creation. */
    void apply(PlanDetails details, String by, Instant now) {
        title = details.title();
        startsOn = details.startsOn();
        endsOn = details.endsOn();
        status = details.status();
        municipalitySignatory = kind.isSignedWithPolice() ? details.municipalitySignatory() : "";
        policeSignatory = kind.isSignedWithPolice() ? details.policeSignatory() : "";
        signedOn = kind.isSignedWithPolice() ? details.signedOn() : null;
        publicSummary = kind.isPublishable() ? details.publicSummary() : "";
        updatedAt = now;
        updatedBy = by;
    }

    /** Replaces the knowledge-bank items the plan builds on. */
    void buildOn(Set<Long> knowledgeItemIds) {
        knowledge = new HashSet<>();
        knowledgeItemIds.forEach(id -> knowledge.add(new KnowledgeLink(id)));
    }

    /** The ids of the knowledge-bank items the plan builds on. */
    public Set<Long> knowledgeItemIds() {
        var ids = new HashSet<Long>();
        knowledge.forEach(link -> ids.add(link.knowledgeItemId()));
        return ids;
    }

    void replaceGoal(Goal goal, String by, Instant now) {
        goals.removeIf(existing -> existing.problemId() == goal.problemId());
        goals.add(goal);
        updatedAt = now;
        updatedBy = by;
    }

    void publish(String by, Instant now) {
        if (!kind.isPublishable()) {
            throw new ActionStateException("action.plan.notPublishable");
        }
        publishedAt = now;
        updatedAt = now;
        updatedBy = by;
    }

    void unpublish(String by, Instant now) {
        publishedAt = null;
        updatedAt = now;
        updatedBy = by;
    }

    public Long id() {
        return id;
    }

    public PlanKind kind() {
        return kind;
    }

    public long countyId() {
        return countyId;
    }

    /** The owning municipality; null for a joint plan the county coordinates. */
    public Long municipalityId() {
        return municipalityId;
    }

    public boolean isJoint() {
        return municipalityId == null;
    }

    public String title() {
        return title;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public PlanStatus status() {
        return status;
    }

    public String municipalitySignatory() {
        return municipalitySignatory;
    }

    public String policeSignatory() {
        return policeSignatory;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public String publicId() {
        return publicId;
    }

    public String publicSummary() {
        return publicSummary;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public boolean isPublished() {
        return publishedAt != null;
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

    /** The goals, by problem. */
    public List<Goal> goals() {
        return goals.stream().sorted(Comparator.comparingLong(Goal::problemId)).toList();
    }

    public Optional<Goal> goalFor(long problemId) {
        return goals.stream().filter(goal -> goal.problemId() == problemId).findFirst();
    }

    public Set<Long> problemIds() {
        var ids = new HashSet<Long>();
        goals.forEach(goal -> ids.add(goal.problemId()));
        return ids;
    }

    public int version() {
        return version == null ? 0 : version;
    }
}
