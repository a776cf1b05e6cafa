package se.lagesbild.knowledge;

import java.util.Map;

import org.springframework.stereotype.Component;

import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.OutOfScopeException;
import se.lagesbild.shared.Role;

/**
 * Who reads and writes items. Administrators read and write everything. An item visible to ALL is read by everyone
 * signed in; one visible to its COUNTY by everyone working in that county (its county coordinators, and the
 * coordinators and contributors of its municipalities). National readers read only what is visible to all. County
 * coordinators write their county's items, municipal coordinators their municipality's. Anything else answers 404,
 * recorded as a denied access.
 */
@Component
class KnowledgeAccess {

    /** A condition on {@code knowledge_item i} and its parameters. */
    record Filter(String sql, Map<String, Object> params) {
    }

    private final Organisations organisations;

    KnowledgeAccess(Organisations organisations) {
        this.organisations = organisations;
    }

    boolean reads(CurrentUser user, KnowledgeItem item) {
        if (user.role() == Role.ADMIN || item.visibility() == KnowledgeVisibility.ALL) {
            return true;
        }
        Long county = user.scope().countyId();
        return user.role() != Role.NATIONAL_READER && county != null && county.equals(item.countyId());
    }

    boolean writes(CurrentUser user, KnowledgeItem item) {
        return switch (user.role()) {
            case ADMIN -> true;
            case COUNTY_COORDINATOR -> Long.valueOf(item.ownerId()).equals(user.scope().countyId());
            case MUNICIPAL_COORDINATOR -> Long.valueOf(item.ownerId()).equals(user.scope().municipalityId());
            case NATIONAL_READER, CONTRIBUTOR -> false;
        };
    }

    /** Whether the user writes items at all (and so gets the new-item form). */
    static boolean writesAny(CurrentUser user) {
        return user.role() == Role.ADMIN || user.role() == Role.COUNTY_COORDINATOR
                || user.role() == Role.MUNICIPAL_COORDINATOR;
    }

    void requireRead(CurrentUser user, KnowledgeItem item) {
        if (!reads(user, item)) {
            throw new OutOfScopeException("knowledge item " + item.id(), item.ownerId());
        }
    }

    void requireWrite(CurrentUser user, KnowledgeItem item) {
        if (!writes(user, item)) {
            throw new OutOfScopeException("knowledge item " + item.id(), item.ownerId());
        }
    }

    /** The same rule as {@link #reads} in SQL, so that lists and searches are filtered in the database. */
    static Filter readable(CurrentUser user) {
        if (user.role() == Role.ADMIN) {
            return new Filter("1 = 1", Map.of());
        }
        Long county = user.scope().countyId();
        if (user.role() == Role.NATIONAL_READER || county == null) {
            return new Filter("i.visibility = 'ALL'", Map.of());
        }
        return new Filter("(i.visibility = 'ALL' or i.county_id = :scopeCounty)", Map.of("scopeCounty", county));
    }

    /**
     * The owner of a new item: an administrator's choice (Sweden when none), a county coordinator's county, a
     * municipal coordinator's municipality. Null when an administrator named an unknown code.
     */
    Organisation ownerOfNew(CurrentUser user, String ownerCode) {
        return switch (user.role()) {
            case ADMIN -> ownerCode == null || ownerCode.isBlank() ? organisations.country()
                    : organisations.findByCode(ownerCode.strip()).orElse(null);
            case COUNTY_COORDINATOR -> organisations.get(user.scope().countyId());
            case MUNICIPAL_COORDINATOR -> organisations.get(user.scope().municipalityId());
            case NATIONAL_READER, CONTRIBUTOR -> throw new OutOfScopeException("knowledge writers",
                    user.scope().organisationId());
        };
    }

    Organisation organisation(long id) {
        return organisations.get(id);
    }

    /** The county of an owner; null for Sweden. */
    Long countyOf(Organisation owner) {
        return organisations.countyOf(owner).map(Organisation::id).orElse(null);
    }
}
