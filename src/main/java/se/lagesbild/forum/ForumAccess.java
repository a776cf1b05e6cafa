package se.lagesbild.forum;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.NotFoundException;
import se.lagesbild.shared.OutOfScopeException;
import se.lagesbild.shared.Role;

/**
 * Who may do what with a forum. The county's coordinators manage their county's forums and read everything of them;
 * an invited municipality's coordinator registers and answers for it, and its contributors read the forum; the
 * administrator reads every forum. A forum anyone else asks for answers 404, recorded as denied.
 */
@Component
class ForumAccess {

    private final Organisations organisations;

    ForumAccess(Organisations organisations) {
        this.organisations = organisations;
    }

    /** The forum's page: programme, place, questions. */
    boolean reads(CurrentUser user, Forum forum) {
        return switch (user.role()) {
            case ADMIN -> true;
            case NATIONAL_READER -> false;
            case COUNTY_COORDINATOR -> isCountyOf(user, forum);
            case MUNICIPAL_COORDINATOR, CONTRIBUTOR -> forum.invites(user.scope().municipalityId());
        };
    }

    /** Changing the forum. */
    boolean manages(CurrentUser user, Forum forum) {
        return user.role() == Role.COUNTY_COORDINATOR && isCountyOf(user, forum);
    }

    /** Registering and answering for the user's own municipality. */
    boolean participates(CurrentUser user, Forum forum) {
        return user.role() == Role.MUNICIPAL_COORDINATOR && forum.invites(user.scope().municipalityId());
    }

    /** Who registered and answered, and every municipality's submitted answers. */
    boolean readsAll(CurrentUser user, Forum forum) {
        return user.role() == Role.ADMIN || manages(user, forum);
    }

    void requireRead(CurrentUser user, Forum forum) {
        if (!reads(user, forum)) {
            throw outOfScope(forum);
        }
    }

    void requireManage(CurrentUser user, Forum forum) {
        if (!manages(user, forum)) {
            throw outOfScope(forum);
        }
    }

    void requireParticipate(CurrentUser user, Forum forum) {
        if (!participates(user, forum)) {
            throw outOfScope(forum);
        }
    }

    void requireReadAll(CurrentUser user, Forum forum) {
        if (!readsAll(user, forum)) {
            throw outOfScope(forum);
        }
    }

    /** The county a county coordinator creates forums for. */
    Organisation homeCounty(CurrentUser user) {
        if (user.role() != Role.COUNTY_COORDINATOR || user.scope().countyId() == null) {
            throw new OutOfScopeException("forums of another organisation", user.scope().organisationId());
        }
        return organisations.get(user.scope().countyId());
    }

    Organisation organisation(long id) {
        return organisations.get(id);
    }

    /** A municipality by code, when it lies in the county. */
    Organisation municipalityOf(Organisation county, String code) {
        return organisations.findByCode(code)
                .filter(org -> org.isMunicipality() && county.id().equals(org.parentId()))
                .orElseThrow(() -> new NotFoundException("municipality " + code));
    }

    List<Organisation> municipalitiesOf(Organisation county) {
        return organisations.childrenOf(county.id()).stream().filter(Organisation::isMunicipality)
                .sorted(Comparator.comparing(Organisation::name, Organisations.SWEDISH_ORDER)).toList();
    }

    private static boolean isCountyOf(CurrentUser user, Forum forum) {
        Long county = user.scope().countyId();
        return county != null && county == forum.countyId();
    }

    private static OutOfScopeException outOfScope(Forum forum) {
        return new OutOfScopeException("forum " + forum.id(), forum.countyId());
    }
}
