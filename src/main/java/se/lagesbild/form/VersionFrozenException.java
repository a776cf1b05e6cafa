package se.lagesbild.form;

/** A published or retired version was asked to change; only drafts change. Answered with 409 Conflict. */
public class VersionFrozenException extends RuntimeException {

    public VersionFrozenException(Long versionId, VersionStatus status) {
        super("form version " + versionId + " is " + status);
    }
}
