package se.lagesbild.reporting;

import org.springframework.stereotype.Component;

import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.Role;

/**
 * Who may read, fill in and review a report. Raw reports are seen only by those whose scope covers them (never by
 * national readers); a unit fills in its contribution and the municipal coordinator reviews it; the coordinator fills
 * in the municipal picture and the county coordinator reviews it.
 */
@Component
class ReportAccess {

    private final Organisations organisations;

    ReportAccess(Organisations organisations) {
        this.organisations = organisations;
    }

    boolean mayRead(CurrentUser user, Report report) {
        if (user.role() == Role.NATIONAL_READER) {
            return false;
        }
        if (user.role() == Role.CONTRIBUTOR) {
            return report.unitId() != null && report.unitId().equals(user.scope().unitId());
        }
        Organisation municipality = organisations.get(report.municipalityId());
        return organisations.covers(user.scope(), municipality);
    }

    boolean mayFillIn(CurrentUser user, Report report) {
        return switch (report.kind()) {
            case CONTRIBUTION -> user.role() == Role.CONTRIBUTOR && report.unitId().equals(user.scope().unitId())
                    || isCoordinatorOf(user, report.municipalityId());
            case PICTURE -> isCoordinatorOf(user, report.municipalityId());
        };
    }

    boolean mayReview(CurrentUser user, Report report) {
        return switch (report.kind()) {
            case CONTRIBUTION -> isCoordinatorOf(user, report.municipalityId());
            case PICTURE -> user.role() == Role.COUNTY_COORDINATOR
                    && organisations.get(report.municipalityId()).parentId().equals(user.scope().countyId());
        };
    }

    boolean isCoordinatorOf(CurrentUser user, long municipalityId) {
        return user.role() == Role.MUNICIPAL_COORDINATOR && Long.valueOf(municipalityId).equals(user.scope().municipalityId());
    }
}
