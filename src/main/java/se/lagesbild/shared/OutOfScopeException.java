package se.lagesbild.shared;

/**
 * An existing object outside the user's scope was asked for. Answered exactly like {@link NotFoundException}
 * (404) so that its existence does not leak, but recorded in the audit trail as a denied access.
 */
public class OutOfScopeException extends NotFoundException {

    private final Long organisationId;

    public OutOfScopeException(String what, Long organisationId) {
        super(what);
        this.organisationId = organisationId;
    }

    public Long organisationId() {
        return organisationId;
    }
}
