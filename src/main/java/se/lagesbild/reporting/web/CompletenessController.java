package se.lagesbild.reporting.web;

import java.util.ArrayList;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.reporting.Completeness;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.NotFoundException;

/**
 * Completeness: for a county, every municipality's pictures; for a municipality, every contributing unit's
 * contributions; each cell says in words (and colour) whether the report is in, returned, open, missing or late.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'COUNTY_COORDINATOR', 'MUNICIPAL_COORDINATOR')")
class CompletenessController {

    private final Completeness completeness;
    private final Organisations organisations;

    CompletenessController(Completeness completeness, Organisations organisations) {
        this.completeness = completeness;
        this.organisations = organisations;
    }

    /** Without a parameter: the user's own county or municipality; coordinators of a county may pick a municipality. */
    @GetMapping("/completeness")
    String completeness(@RequestParam(required = false) String area, @AuthenticationPrincipal CurrentUser user,
                        Model model) {
        Organisation chosen = area == null ? home(user)
                : organisations.findByCode(area).orElseThrow(() -> new NotFoundException("area " + area));
        var tables = new ArrayList<Completeness.Table>();
        if (chosen.isCounty()) {
            tables.add(completeness.pictures(user, chosen.id()));
            model.addAttribute("municipalities", organisations.childrenOf(chosen.id()));
        } else if (chosen.isMunicipality()) {
            tables.add(completeness.contributions(user, chosen.id()));
        } else {
            model.addAttribute("counties", organisations.counties());
        }
        model.addAttribute("area", chosen);
        model.addAttribute("tables", tables);
        return "reporting/completeness";
    }

    private Organisation home(CurrentUser user) {
        var scope = user.scope();
        return switch (scope.level()) {
            case NATIONAL -> organisations.country();
            case COUNTY -> organisations.get(scope.countyId());
            case MUNICIPALITY, UNIT -> organisations.get(scope.municipalityId());
        };
    }
}
