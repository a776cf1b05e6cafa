package se.lagesbild.analysis;

import java.time.Instant;
import java.util.HashSet;
import java.util.EnumMap;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import se.lagesbild.form.MeasuredTheme;

/**
 * A county's written regional picture for one period. Drafts are edited freely by the county's coordinators;
 * publishing freezes the texts together with the figures as they stand, and only then do the municipalities see it.
 * A published analysis can be taken back to draft for a correction and published again.
 */
@Table("regional_analysis")
public class RegionalAnalysis {

    @Id
    private Long id;
    private final long countyId;
    private final String periodCode;
    private AnalysisStatus status;
    private String summary;
    private String recommendations;
    private String countySupport;
    private boolean shareObservations;
    private String figuresJson;
    private final Instant createdAt;
    private final String createdBy;
    private Instant updatedAt;
    private String updatedBy;
    private Instant publishedAt;
    private String publishedBy;
    @MappedCollection(idColumn = "analysis_id")
    private Set<RegionalThemeText> themes;
    @Version
    private Integer version;

    @PersistenceCreator
    RegionalAnalysis(Long id, long countyId, String periodCode, AnalysisStatus status, String summary,
                     String recommendations, String countySupport, boolean shareObservations, String figuresJson,
                     Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, Instant publishedAt,
                     String publishedBy, Set<RegionalThemeText> themes, Integer version) {
        this.id = id;
        this.countyId = countyId;
        this.periodCode = periodCode;
        this.status = status;
        this.summary = summary;
        this.recommendations = recommendations;
        this.countySupport = countySupport;
        this.shareObservations = shareObservations;
        this.figuresJson = figuresJson;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.themes = themes == null ? new HashSet<>() : new HashSet<>(themes);
        this.version = version;
    }

    static RegionalAnalysis draft(long countyId, String periodCode, String by, Instant now) {
        return new RegionalAnalysis(null, countyId, periodCode, AnalysisStatus.DRAFT, "", "", "", false, null, now, by,
                now, by, null, null, Set.of(), null);
    }

    /** Replaces the texts; only a draft can be written to. */
    void write(AnalysisTexts texts, String by, Instant now) {
        requireDraft();
        summary = texts.summary();
        recommendations = texts.recommendations();
        countySupport = texts.countySupport();
        shareObservations = texts.shareObservations();
        themes = new HashSet<>();
        texts.themes().forEach((theme, text) -> {
            if (!text.assessment().isEmpty() || !text.reasoning().isEmpty()) {
                themes.add(new RegionalThemeText(theme.key(), text.assessment(), text.reasoning()));
            }
        });
        updatedAt = now;
        updatedBy = by;
    }

    void publish(String figures, String by, Instant now) {
        requireDraft();
        status = AnalysisStatus.PUBLISHED;
        figuresJson = figures;
        publishedAt = now;
        publishedBy = by;
        updatedAt = now;
        updatedBy = by;
    }

    /** Back to draft for a correction; the municipalities no longer see it until it is published again. */
    void withdraw(String by, Instant now) {
        if (status != AnalysisStatus.PUBLISHED) {
            throw new AnalysisStateException("not published");
        }
        status = AnalysisStatus.DRAFT;
        publishedAt = null;
        publishedBy = null;
        updatedAt = now;
        updatedBy = by;
    }

    private void requireDraft() {
        if (status != AnalysisStatus.DRAFT) {
            throw new AnalysisStateException("published");
        }
    }

    /** The texts as a form shows them. */
    public AnalysisTexts texts() {
        var byTheme = new EnumMap<MeasuredTheme, AnalysisTexts.ThemeText>(MeasuredTheme.class);
        for (MeasuredTheme theme : MeasuredTheme.values()) {
            byTheme.put(theme, themeText(theme).orElse(AnalysisTexts.ThemeText.EMPTY));
        }
        return new AnalysisTexts(summary, recommendations, countySupport, shareObservations, byTheme);
    }

    private Optional<AnalysisTexts.ThemeText> themeText(MeasuredTheme theme) {
        return themes.stream().filter(text -> text.theme().equals(theme.key())).findFirst()
                .map(text -> new AnalysisTexts.ThemeText(text.assessment(), text.reasoning()));
    }

    public Long id() {
        return id;
    }

    public long countyId() {
        return countyId;
    }

    public String periodCode() {
        return periodCode;
    }

    public AnalysisStatus status() {
        return status;
    }

    public boolean isPublished() {
        return status == AnalysisStatus.PUBLISHED;
    }

    public boolean sharesObservations() {
        return isPublished() && shareObservations;
    }

    String figuresJson() {
        return figuresJson;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public int version() {
        return version == null ? 0 : version;
    }
}
