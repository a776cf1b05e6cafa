package se.lagesbild.organisation.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.organisation.Unit;
import se.lagesbild.organisation.Units;
import se.lagesbild.organisation.account.AccountService;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.Role;
import se.lagesbild.shared.web.StartPanel;

/** The first page after login: who you act for, what you can reach, and where to go from here. */
@Controller
@PreAuthorize("isAuthenticated()")
class StartPageController {

    private final Organisations organisations;
    private final Units units;
    private final AccountService accounts;
    private final List<StartPanel> panels;

    StartPageController(Organisations organisations, Units units, AccountService accounts, List<StartPanel> panels) {
        this.organisations = organisations;
        this.units = units;
        this.accounts = accounts;
        this.panels = panels;
    }

    /** Figures for the start page; counts that do not apply to the role are null and not shown. */
    record Reach(Organisation home, Unit unit, Integer counties, Integer municipalities, Integer units,
                 Integer accounts, boolean managesAccounts, boolean readsAudit) {
    }

    @GetMapping("/")
    String start(@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        model.addAttribute("reach", reachOf(user));
        model.addAttribute("panels", panels.stream().map(panel -> panel.panelFor(user, locale))
                .flatMap(Optional::stream).sorted(Comparator.comparingInt(StartPanel.Panel::order)).toList());
        return "organisation/start";
    }

    private Reach reachOf(CurrentUser user) {
        var scope = user.scope();
        boolean manages = user.role().managesAccountsAndUnits();
        Integer accountCount = manages ? accounts.visibleTo(user).size() : null;
        boolean readsAudit = user.role() == Role.ADMIN || user.role() == Role.COUNTY_COORDINATOR;
        return switch (scope.level()) {
            case NATIONAL -> {
                Organisation sweden = organisations.country();
                int municipalities = organisations.counties().stream()
                        .mapToInt(county -> organisations.childrenOf(county.id()).size()).sum();
                yield new Reach(sweden, null, organisations.counties().size(), municipalities,
                        units.activeCountIn(sweden), accountCount, manages, readsAudit);
            }
            case COUNTY -> {
                Organisation county = organisations.get(scope.countyId());
                yield new Reach(county, null, null, organisations.childrenOf(county.id()).size(),
                        units.activeCountIn(county), accountCount, manages, readsAudit);
            }
            case MUNICIPALITY -> {
                Organisation municipality = organisations.get(scope.municipalityId());
                yield new Reach(municipality, null, null, null, units.activeCountIn(municipality), accountCount,
                        manages, readsAudit);
            }
            case UNIT -> new Reach(organisations.get(scope.municipalityId()), units.get(user, scope.unitId()),
                    null, null, null, null, false, false);
        };
    }
}
