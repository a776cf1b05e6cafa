package se.lagesbild.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import se.lagesbild.form.MeasuredTheme;

/**
 * A knowledge-bank item: what it is, its texts, themes and tags, its owner (Sweden, a county or a municipality) and
 * who may read it. Edited with optimistic locking; adding or removing an attachment also counts as a change of the
 * item (the attachments themselves are stored apart, so that the item never loads their bytes).
 */
@Table("knowledge_item")
public class KnowledgeItem {

    @Id
    private Long id;
    private KnowledgeKind kind;
    private String title;
    private String summary;
    private String tags;
    private final long ownerId;
    private final Long countyId;
    private KnowledgeVisibility visibility;
    private LocalDate itemDate;
    private final Instant createdAt;
    private final String createdBy;
    private Instant updatedAt;
    private String updatedBy;
    @MappedCollection(idColumn = "item_id")
    private Set<ItemTheme> themes;
    @Version
    private Integer version;

    @PersistenceCreator
    KnowledgeItem(Long id, KnowledgeKind kind, String title, String summary, String tags, long ownerId,
                  Long countyId, KnowledgeVisibility visibility, LocalDate itemDate, Instant createdAt,
                  String createdBy, Instant updatedAt, String updatedBy, Set<ItemTheme> themes, Integer version) {
        this.id = id;
        this.kind = kind;
        this.title = title;
        this.summary = summary;
        this.tags = tags;
        this.ownerId = ownerId;
        this.countyId = countyId;
        this.visibility = visibility;
        this.itemDate = itemDate;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.themes = themes == null ? new HashSet<>() : new HashSet<>(themes);
        this.version = version;
    }

    static KnowledgeItem create(long ownerId, Long countyId, KnowledgeKind kind, String title, String summary,
                                Set<MeasuredTheme> themes, String tags, LocalDate date,
                                KnowledgeVisibility visibility, String by, Instant now) {
        if (countyId == null && visibility != KnowledgeVisibility.ALL) {
            throw new IllegalArgumentException("an item of Sweden has no county to be limited to");
        }
        return new KnowledgeItem(null, kind, title, summary, tags, ownerId, countyId, visibility, date, now, by, now,
                by, toRows(themes), null);
    }

    void describe(KnowledgeKind newKind, String newTitle, String newSummary, Set<MeasuredTheme> newThemes,
                  String newTags, LocalDate newDate, KnowledgeVisibility newVisibility, String by, Instant now) {
        if (countyId == null && newVisibility != KnowledgeVisibility.ALL) {
            throw new IllegalArgumentException("an item of Sweden has no county to be limited to");
        }
        kind = newKind;
        title = newTitle;
        summary = newSummary;
        themes = toRows(newThemes);
        tags = newTags;
        itemDate = newDate;
        visibility = newVisibility;
        updatedAt = now;
        updatedBy = by;
    }

    private static Set<ItemTheme> toRows(Set<MeasuredTheme> themes) {
        return themes.stream().map(theme -> new ItemTheme(theme.key())).collect(Collectors.toCollection(HashSet::new));
    }

    public Long id() {
        return id;
    }

    public KnowledgeKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    /** The tags as stored: separated by a comma and a space. */
    public String tags() {
        return tags;
    }

    public List<String> tagList() {
        return Tags.split(tags);
    }

    /** Sweden, a county or a municipality. */
    public long ownerId() {
        return ownerId;
    }

    /** The owner's county; null for an item of Sweden. */
    public Long countyId() {
        return countyId;
    }

    public KnowledgeVisibility visibility() {
        return visibility;
    }

    public LocalDate date() {
        return itemDate;
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

    /** The themes in the method's order. */
    public List<MeasuredTheme> themes() {
        Set<String> keys = themes.stream().map(ItemTheme::theme).collect(Collectors.toSet());
        return Arrays.stream(MeasuredTheme.values()).filter(theme -> keys.contains(theme.key())).toList();
    }

    public int version() {
        return version == null ? 0 : version;
    }
}
