package se.lagesbild.organisation;

import se.lagesbild.shared.Role;

/** What happened to units and accounts; the audit trail records each of these. */
public final class OrganisationEvents {

    private OrganisationEvents() {
    }

    public record UnitRegistered(long unitId, long municipalityId, String by) {
    }

    public record UnitChanged(long unitId, long municipalityId, String by) {
    }

    public record AccountCreated(long accountId, String username, Role role, long organisationId, String by) {
    }

    /** Role, placement, enabled state or password changed; {@code what} names which, never a secret. */
    public record AccountChanged(long accountId, String username, Role role, long organisationId, String what,
                                 String by) {
    }
}
