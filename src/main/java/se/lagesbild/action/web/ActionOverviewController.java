package se.lagesbild.action.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.lagesbild.action.ActionOverviews;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.Role;

/**
 * Where action work starts: a municipality's problems, plans and due follow-ups; a county's overview of every plan,
 * the measures by status, and the recurring problems with and without joint plans.
 */
@Controller
class ActionOverviewController {

    private final ActionOverviews overviews;
    private final Organisations organisations;

    ActionOverviewController(ActionOverviews overviews, Organisations organisations) {
        this.overviews = overviews;
        this.organisations = organisations;
    }

    /** Each user's own starting point; administrators choose a county. */
    @GetMapping("/action")
    @PreAuthorize("hasAnyRole('ADMIN', 'COUNTY_COORDINATOR', 'MUNICIPAL_COORDINATOR', 'CONTRIBUTOR')")
    String start(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (user.role() == Role.COUNTY_COORDINATOR) {
            return "redirect:/action/county/" + organisations.get(user.scope().countyId()).code();
        }
        if (user.role() != Role.ADMIN) {
            return "redirect:/action/municipality/" + organisations.get(user.scope().municipalityId()).code();
        }
        model.addAttribute("counties", organisations.counties());
        return "action/start";
    }

    @GetMapping("/action/municipality/{code}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COUNTY_COORDINATOR', 'MUNICIPAL_COORDINATOR', 'CONTRIBUTOR')")
    String municipality(@PathVariable String code, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("overview", overviews.municipality(user, code));
        return "action/municipality";
    }

    @GetMapping("/action/county/{code}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COUNTY_COORDINATOR')")
    String county(@PathVariable String code, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("overview", overviews.county(user, code));
        return "action/county";
    }
}
