package se.lagesbild.form;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One version of a form. Drafts change; publishing freezes the content for good, since reports point to the exact
 * version they answered; a published version can later be retired (no longer offered for new reports).
 */
@Table("form_version")
public class FormVersion {

    @Id
    private Long id;
    private final Long formId;
    private final int number;
    private VersionStatus status;
    private String definition;
    private final Instant createdAt;
    private final String createdBy;
    private Instant publishedAt;
    private String publishedBy;
    @Version
    private Integer version;
    @Transient
    private FormDefinition parsed;

    @PersistenceCreator
    FormVersion(Long id, Long formId, int number, VersionStatus status, String definition, Instant createdAt,
                String createdBy, Instant publishedAt, String publishedBy, Integer version) {
        this.id = id;
        this.formId = formId;
        this.number = number;
        this.status = status;
        this.definition = definition;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.version = version;
    }

    static FormVersion draft(long formId, int number, FormDefinition content, String by, Instant now) {
        return new FormVersion(null, formId, number, VersionStatus.DRAFT, FormJson.write(content), now, by, null,
                null, null);
    }

    /** The next version starts as a copy of this one. */
    FormVersion nextDraft(String by, Instant now) {
        return draft(formId, number + 1, definition(), by, now);
    }

    void revise(FormDefinition content) {
        requireDraft();
        this.definition = FormJson.write(content);
        this.parsed = content;
    }

    void publish(String by, Instant now) {
        requireDraft();
        this.status = VersionStatus.PUBLISHED;
        this.publishedAt = now;
        this.publishedBy = by;
    }

    void retire() {
        if (status != VersionStatus.PUBLISHED) {
            throw new VersionFrozenException(id, status);
        }
        this.status = VersionStatus.RETIRED;
    }

    private void requireDraft() {
        if (status != VersionStatus.DRAFT) {
            throw new VersionFrozenException(id, status);
        }
    }

    public FormDefinition definition() {
        if (parsed == null) {
            parsed = FormJson.read(definition);
        }
        return parsed;
    }

    public Long id() {
        return id;
    }

    public long formId() {
        return formId;
    }

    public int number() {
        return number;
    }

    public VersionStatus status() {
        return status;
    }

    public boolean isDraft() {
        return status == VersionStatus.DRAFT;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
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
