package se.lagesbild.shared;

import java.io.Serializable;

/**
 * What part of the organisation hierarchy an account reaches. Ids are organisation ids (county, municipality)
 * and a unit id; those below the scope's level are null. Decided at login and kept with the session.
 */
public record Scope(ScopeLevel level, Long countyId, Long municipalityId, Long unitId) implements Serializable {

    public static Scope national() {
        return new Scope(ScopeLevel.NATIONAL, null, null, null);
    }

    public static Scope county(long countyId) {
        return new Scope(ScopeLevel.COUNTY, countyId, null, null);
    }

    public static Scope municipality(long countyId, long municipalityId) {
        return new Scope(ScopeLevel.MUNICIPALITY, countyId, municipalityId, null);
    }

    public static Scope unit(long countyId, long municipalityId, long unitId) {
        return new Scope(ScopeLevel.UNIT, countyId, municipalityId, unitId);
    }

    /** The organisation the scope is anchored at: the municipality, else the county; null for national scope. */
    public Long organisationId() {
        return municipalityId != null ? municipalityId : countyId;
    }

    public boolean isNational() {
        return level == ScopeLevel.NATIONAL;
    }

    public boolean coversCounty(long county) {
        return switch (level) {
            case NATIONAL -> true;
            case COUNTY -> countyId == county;
            case MUNICIPALITY, UNIT -> false;
        };
    }

    public boolean coversMunicipality(long county, long municipality) {
        return switch (level) {
            case NATIONAL -> true;
            case COUNTY -> countyId == county;
            case MUNICIPALITY -> municipalityId == municipality;
            case UNIT -> false;
        };
    }

    public boolean coversUnit(long county, long municipality, long unit) {
        return level == ScopeLevel.UNIT ? unitId == unit : coversMunicipality(county, municipality);
    }
}
