package se.lagesbild.organisation.account;

import org.springframework.stereotype.Component;

import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.organisation.Unit;
import se.lagesbild.shared.CurrentUser;

/**
 * Who may give whom which role where. A granter may only place an account inside their own scope and only in a
 * role they may hand out, so nobody can create or raise an account above themselves. Managing an existing account
 * follows the same rule: you may touch only what you could have created.
 */
@Component
public class GrantPolicy {

    private final Organisations organisations;

    GrantPolicy(Organisations organisations) {
        this.organisations = organisations;
    }

    public boolean mayGrant(CurrentUser granter, Placement placement, Organisation organisation, Unit unit) {
        if (!granter.role().grantableRoles().contains(placement.role())) {
            return false;
        }
        if (organisation.kind() != Organisations.placementFor(placement.role())) {
            return false;
        }
        if (!organisations.covers(granter.scope(), organisation)) {
            return false;
        }
        boolean needsUnit = placement.role().scopeLevel() == se.lagesbild.shared.ScopeLevel.UNIT;
        if (needsUnit) {
            return unit != null && unit.municipalityId() == organisation.id();
        }
        return unit == null;
    }
}
