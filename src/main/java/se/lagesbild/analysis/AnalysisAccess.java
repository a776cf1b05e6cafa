package se.lagesbild.analysis;

import org.springframework.stereotype.Component;

import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.NotFoundException;
import se.lagesbild.shared.OutOfScopeException;
import se.lagesbild.shared.Role;

/**
 * Who sees which part of the analysis. The live county analysis (every municipality's levels and observations, the
 * signals) is the county board's working view: its coordinators and administrators. Municipalities see their own
 * data and what the county has published; national readers see aggregates and published regional pictures only.
 * Anything outside the user's reach answers 404, recorded as a denied access.
 */
@Component
class AnalysisAccess {

    private final Organisations organisations;

    AnalysisAccess(Organisations organisations) {
        this.organisations = organisations;
    }

    Organisation county(String code) {
        return organisations.findByCode(code).filter(Organisation::isCounty)
                .orElseThrow(() -> new NotFoundException("county " + code));
    }

    Organisation countyById(long id) {
        return organisations.findById(id).filter(Organisation::isCounty)
                .orElseThrow(() -> new NotFoundException("county " + id));
    }

    Organisation municipalityById(long id) {
        return organisations.findById(id).filter(Organisation::isMunicipality)
                .orElseThrow(() -> new NotFoundException("municipality " + id));
    }

    Organisation municipalityIn(Organisation county, String code) {
        return organisations.findByCode(code)
                .filter(org -> org.isMunicipality() && county.id().equals(org.parentId()))
                .orElseThrow(() -> new NotFoundException("municipality " + code + " in " + county.code()));
    }

    /** The whole live county analysis: administrators and the county's own coordinators. */
    boolean seesCounty(CurrentUser user, Organisation county) {
        return user.role() == Role.ADMIN
                || user.role() == Role.COUNTY_COORDINATOR && county.id().equals(user.scope().countyId());
    }

    Organisation requireCounty(CurrentUser user, String code) {
        Organisation county = county(code);
        if (!seesCounty(user, county)) {
            throw new OutOfScopeException("analysis of county " + code, county.id());
        }
        return county;
    }

    /** Only the county's own coordinators write its regional analysis (administrators run the system, not it). */
    boolean writesAnalysis(CurrentUser user, Organisation county) {
        return user.role() == Role.COUNTY_COORDINATOR && county.id().equals(user.scope().countyId());
    }

    /**
     * A municipality's own figures and all its observations, the units' contributions included: the county's view,
     * or the municipality's coordinator. A contributor reads only its own unit's reports, so not here.
     */
    boolean seesMunicipality(CurrentUser user, Organisation county, Organisation municipality) {
        if (seesCounty(user, county)) {
            return true;
        }
        return user.role() == Role.MUNICIPAL_COORDINATOR && municipality.id().equals(user.scope().municipalityId());
    }

    /** Coordinators and contributors of a municipality in the county: the readers the county publishes to. */
    boolean livesInCounty(CurrentUser user, Organisation county) {
        return (user.role() == Role.MUNICIPAL_COORDINATOR || user.role() == Role.CONTRIBUTOR)
                && county.id().equals(user.scope().countyId());
    }

    /** A published regional picture: the county's view, its municipalities, and national readers. */
    boolean readsPublished(CurrentUser user, Organisation county) {
        return seesCounty(user, county) || livesInCounty(user, county) || user.role() == Role.NATIONAL_READER;
    }

    /** The trend pages: the county's view, and its municipal coordinators for their own municipality. */
    boolean seesTrends(CurrentUser user, Organisation county) {
        return seesCounty(user, county)
                || user.role() == Role.MUNICIPAL_COORDINATOR && county.id().equals(user.scope().countyId());
    }

    /** The national matrix of county aggregates: administrators and national readers. */
    boolean seesNation(CurrentUser user) {
        return user.role() == Role.ADMIN || user.role() == Role.NATIONAL_READER;
    }
}
