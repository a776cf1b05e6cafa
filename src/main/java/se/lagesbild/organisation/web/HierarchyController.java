package se.lagesbild.organisation.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.organisation.Unit;
import se.lagesbild.organisation.Units;
import se.lagesbild.organisation.account.AccountService;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.NotFoundException;
import se.lagesbild.shared.OutOfScopeException;

/** Browsing Sweden, a county, a municipality and a unit, always within the user's scope. */
@Controller
@PreAuthorize("isAuthenticated()")
class HierarchyController {

    private final Organisations organisations;
    private final Units units;
    private final AccountService accounts;

    HierarchyController(Organisations organisations, Units units, AccountService accounts) {
        this.organisations = organisations;
        this.units = units;
        this.accounts = accounts;
    }

    /** Entry point: national users see the counties; everyone else goes to their own part of the hierarchy. */
    @GetMapping("/organisations")
    String root(@AuthenticationPrincipal CurrentUser user) {
        var scope = user.scope();
        return switch (scope.level()) {
            case NATIONAL -> "redirect:/organisations/SE";
            case COUNTY -> "redirect:/organisations/" + organisations.get(scope.countyId()).code();
            case MUNICIPALITY -> "redirect:/organisations/" + organisations.get(scope.municipalityId()).code();
            case UNIT -> "redirect:/units/" + scope.unitId();
        };
    }

    @GetMapping("/organisations/{code}")
    String organisation(@PathVariable String code, @AuthenticationPrincipal CurrentUser user, Model model) {
        Organisation organisation = organisations.findByCode(code)
                .orElseThrow(() -> new NotFoundException("organisation " + code));
        if (!organisations.covers(user.scope(), organisation)) {
            throw new OutOfScopeException("organisation " + code, organisation.id());
        }
        model.addAttribute("organisation", organisation);
        model.addAttribute("breadcrumbs", breadcrumbs(user, organisation));
        if (organisation.isMunicipality()) {
            model.addAttribute("units", units.inMunicipality(organisation.id()));
            model.addAttribute("mayManageUnits", units.mayManage(user, organisation));
            return "organisation/municipality";
        }
        List<Organisation> children = organisations.childrenOf(organisation.id());
        model.addAttribute("children", children);
        if (organisation.isCounty()) {
            model.addAttribute("unitCounts", units.activeCountByMunicipality(
                    children.stream().map(Organisation::id).toList()));
        }
        return "organisation/area";
    }

    @GetMapping("/units/{id}")
    String unit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Unit unit = units.get(user, id);
        Organisation municipality = organisations.get(unit.municipalityId());
        model.addAttribute("unit", unit);
        model.addAttribute("municipality", municipality);
        model.addAttribute("breadcrumbs", breadcrumbs(user, municipality));
        model.addAttribute("mayManageUnits", units.mayManage(user, municipality));
        model.addAttribute("accounts", accounts.ofUnit(user, unit));
        return "organisation/unit";
    }

    /** The path from the top of the user's scope down to (and including) the organisation. */
    private List<Organisation> breadcrumbs(CurrentUser user, Organisation organisation) {
        var path = new java.util.ArrayDeque<Organisation>();
        Organisation current = organisation;
        while (current != null && organisations.covers(user.scope(), current)) {
            path.addFirst(current);
            current = organisations.findById(current.parentId()).orElse(null);
        }
        return List.copyOf(path);
    }
}
