package se.lagesbild.action;

import org.springframework.stereotype.Component;

import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.NotFoundException;
import se.lagesbild.shared.OutOfScopeException;
import se.lagesbild.shared.Role;

/**
 * Who reads and writes problems and plans. A municipality's own work is written by its coordinator and read by its
 * coordinator and contributors (who own measures), by the county's coordinators and by administrators. Joint work
 * across a county is written by the county's coordinators and read by everyone working in the county. National
 * readers see published citizen promises only, like the public. Anything else answers 404, recorded as denied.
 */
@Component
class ActionAccess {

    private final Organisations organisations;

    ActionAccess(Organisations organisations) {
        this.organisations = organisations;
    }

    Organisation county(String code) {
        return organisations.findByCode(code).filter(Organisation::isCounty)
                .orElseThrow(() -> new NotFoundException("county " + code));
    }

    Organisation municipality(String code) {
        return organisations.findByCode(code).filter(Organisation::isMunicipality)
                .orElseThrow(() -> new NotFoundException("municipality " + code));
    }

    /** A municipality or a county by its SCB code: who owns a plan. */
    Organisation owner(String code) {
        return organisations.findByCode(code).filter(org -> org.isCounty() || org.isMunicipality())
                .orElseThrow(() -> new NotFoundException("organisation " + code));
    }

    Organisation organisation(long id) {
        return organisations.get(id);
    }

    /** The organisation that owns work of the county, or of the municipality when there is one. */
    Organisation owner(long countyId, Long municipalityId) {
        return organisations.get(municipalityId == null ? countyId : municipalityId);
    }

    boolean reads(CurrentUser user, long countyId, Long municipalityId) {
        Long ownCounty = user.scope().countyId();
        return switch (user.role()) {
            case ADMIN -> true;
            case NATIONAL_READER -> false;
            case COUNTY_COORDINATOR -> ownCounty != null && ownCounty == countyId;
            case MUNICIPAL_COORDINATOR, CONTRIBUTOR -> municipalityId == null
                    ? ownCounty != null && ownCounty == countyId
                    : municipalityId.equals(user.scope().municipalityId());
        };
    }

    boolean writes(CurrentUser user, long countyId, Long municipalityId) {
        if (municipalityId == null) {
            return user.role() == Role.COUNTY_COORDINATOR && Long.valueOf(countyId).equals(user.scope().countyId());
        }
        return user.role() == Role.MUNICIPAL_COORDINATOR && municipalityId.equals(user.scope().municipalityId());
    }

    void requireRead(CurrentUser user, long countyId, Long municipalityId, String what) {
        if (!reads(user, countyId, municipalityId)) {
            throw new OutOfScopeException(what, municipalityId == null ? countyId : municipalityId);
        }
    }

    void requireWrite(CurrentUser user, long countyId, Long municipalityId, String what) {
        if (!writes(user, countyId, municipalityId)) {
            throw new OutOfScopeException(what, municipalityId == null ? countyId : municipalityId);
        }
    }

    /** The county a municipality belongs to. */
    Organisation countyOf(Organisation municipality) {
        return organisations.get(municipality.parentId());
    }
}
