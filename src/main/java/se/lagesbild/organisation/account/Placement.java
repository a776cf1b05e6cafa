package se.lagesbild.organisation.account;

import se.lagesbild.shared.Role;

/** A role at an organisation: Sweden, a county or a municipality, plus the unit for a contributor. */
public record Placement(Role role, long organisationId, Long unitId) {
}
