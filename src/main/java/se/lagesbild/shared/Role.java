package se.lagesbild.shared;

import java.util.EnumSet;
import java.util.Set;

/** The roles of the method. Each role acts at exactly one level of the organisation hierarchy. */
public enum Role {
    ADMIN(ScopeLevel.NATIONAL),
    NATIONAL_READER(ScopeLevel.NATIONAL),
    COUNTY_COORDINATOR(ScopeLevel.COUNTY),
    MUNICIPAL_COORDINATOR(ScopeLevel.MUNICIPALITY),
    CONTRIBUTOR(ScopeLevel.UNIT);

    private final ScopeLevel scopeLevel;

    Role(ScopeLevel scopeLevel) {
        this.scopeLevel = scopeLevel;
    }

    public ScopeLevel scopeLevel() {
        return scopeLevel;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean managesAccountsAndUnits() {
        return this == ADMIN || this == COUNTY_COORDINATOR || this == MUNICIPAL_COORDINATOR;
    }

    /**
     * The roles this role may hand out. Never one that reaches above the granter's own level;
     * administrators and national readers are created by administrators only.
     */
    public Set<Role> grantableRoles() {
        return switch (this) {
            case ADMIN -> EnumSet.allOf(Role.class);
            case COUNTY_COORDINATOR -> EnumSet.of(COUNTY_COORDINATOR, MUNICIPAL_COORDINATOR, CONTRIBUTOR);
            case MUNICIPAL_COORDINATOR -> EnumSet.of(MUNICIPAL_COORDINATOR, CONTRIBUTOR);
            case NATIONAL_READER, CONTRIBUTOR -> EnumSet.noneOf(Role.class);
        };
    }
}
