package se.lagesbild.form;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A form owned by Sweden (national), a county or a municipality. A municipality's form is always an extension of a
 * county or national form: its questions are added to that form's in the municipality's own reports only.
 */
@Table("form")
public class Form {

    @Id
    private Long id;
    private final String formKey;
    private String nameSv;
    private String nameEn;
    private final Long ownerId;
    private final Long extendsFormId;
    private final Instant createdAt;
    @Version
    private Integer version;

    @PersistenceCreator
    Form(Long id, String formKey, String nameSv, String nameEn, Long ownerId, Long extendsFormId, Instant createdAt,
         Integer version) {
        this.id = id;
        this.formKey = formKey;
        this.nameSv = nameSv;
        this.nameEn = nameEn;
        this.ownerId = ownerId;
        this.extendsFormId = extendsFormId;
        this.createdAt = createdAt;
        this.version = version;
    }

    static Form create(String formKey, LocalizedText name, long ownerId, Long extendsFormId, Instant now) {
        return new Form(null, formKey, name.sv(), name.en(), ownerId, extendsFormId, now, null);
    }

    public Long id() {
        return id;
    }

    public String formKey() {
        return formKey;
    }

    public LocalizedText name() {
        return new LocalizedText(nameSv, nameEn);
    }

    public long ownerId() {
        return ownerId;
    }

    public Long extendsFormId() {
        return extendsFormId;
    }

    public boolean isExtension() {
        return extendsFormId != null;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
