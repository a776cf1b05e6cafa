package se.lagesbild.form;

/** What happened to forms; the audit trail records these. */
public final class FormEvents {

    private FormEvents() {
    }

    public record FormCreated(long formId, String formKey, long ownerId, String by) {
    }

    public record FormVersionPublished(long formId, long versionId, int number, long ownerId, String by) {
    }

    public record FormVersionRetired(long formId, long versionId, int number, long ownerId, String by) {
    }

    public record FormImported(long formId, long versionId, String format, long ownerId, String by) {
    }
}
