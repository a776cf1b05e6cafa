package se.lagesbild.form;

import org.springframework.stereotype.Component;

import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.Role;
import se.lagesbild.shared.Scope;

/**
 * Who may read and who may manage a form, decided by the form's owner. Everyone below the owner reads it (they fill it
 * in), as does everyone whose scope covers the owner; only the owner's own coordinators (and administrators) change it.
 */
@Component
public class FormAccess {

    private final Organisations organisations;

    FormAccess(Organisations organisations) {
        this.organisations = organisations;
    }

    public boolean mayRead(CurrentUser user, Form form) {
        Scope scope = user.scope();
        Organisation owner = organisations.get(form.ownerId());
        return switch (owner.kind()) {
            case COUNTRY -> true;
            case COUNTY -> scope.isNational() || owner.id().equals(scope.countyId());
            case MUNICIPALITY -> organisations.covers(scope, owner) || owner.id().equals(scope.municipalityId());
        };
    }

    public boolean mayManage(CurrentUser user, Form form) {
        return mayOwn(user, organisations.get(form.ownerId()));
    }

    /** Whether the user may create and manage forms owned by this organisation. */
    public boolean mayOwn(CurrentUser user, Organisation owner) {
        Scope scope = user.scope();
        return switch (user.role()) {
            case ADMIN -> true;
            case COUNTY_COORDINATOR -> owner.isCounty() && owner.id().equals(scope.countyId());
            case MUNICIPAL_COORDINATOR -> owner.isMunicipality() && owner.id().equals(scope.municipalityId());
            case NATIONAL_READER, CONTRIBUTOR -> false;
        };
    }

    /** The organisation new forms of this user belong to: Sweden, their county or their municipality. */
    public Organisation homeOf(CurrentUser user) {
        return switch (user.role()) {
            case ADMIN -> organisations.country();
            case COUNTY_COORDINATOR -> organisations.get(user.scope().countyId());
            case MUNICIPAL_COORDINATOR -> organisations.get(user.scope().municipalityId());
            case NATIONAL_READER, CONTRIBUTOR -> throw new IllegalStateException(user.role() + " owns no forms");
        };
    }

    public static boolean createsForms(Role role) {
        return role == Role.ADMIN || role == Role.COUNTY_COORDINATOR || role == Role.MUNICIPAL_COORDINATOR;
    }
}
