package se.lagesbild.organisation.web;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.organisation.Sector;
import se.lagesbild.organisation.Unit;
import se.lagesbild.organisation.Units;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.InvalidInputException;
import se.lagesbild.shared.NotFoundException;
import se.lagesbild.shared.OutOfScopeException;
import se.lagesbild.shared.StaleEditException;

/** Coordinators register and change the units of municipalities in their scope. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'COUNTY_COORDINATOR', 'MUNICIPAL_COORDINATOR')")
class UnitController {

    private final Organisations organisations;
    private final Units units;

    UnitController(Organisations organisations, Units units) {
        this.organisations = organisations;
        this.units = units;
    }

    @ModelAttribute("sectors")
    Sector[] sectors() {
        return Sector.values();
    }

    @GetMapping("/organisations/{code}/units/new")
    String newUnit(@PathVariable String code, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("municipality", manageableMunicipality(user, code));
        model.addAttribute("unitForm", new UnitFormData());
        return "organisation/unit-form";
    }

    @PostMapping("/organisations/{code}/units")
    String register(@PathVariable String code, @Valid @ModelAttribute("unitForm") UnitFormData form,
                    BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model,
                    RedirectAttributes redirect) {
        Organisation municipality = manageableMunicipality(user, code);
        model.addAttribute("municipality", municipality);
        if (binding.hasErrors()) {
            return "organisation/unit-form";
        }
        try {
            Unit unit = units.register(user, municipality, form.toDetails());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/units/" + unit.id();
        } catch (InvalidInputException invalid) {
            binding.rejectValue(invalid.field(), invalid.messageKey());
            return "organisation/unit-form";
        }
    }

    @GetMapping("/units/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Unit unit = manageableUnit(user, id);
        model.addAttribute("unit", unit);
        model.addAttribute("municipality", organisations.get(unit.municipalityId()));
        model.addAttribute("unitForm", UnitFormData.of(unit));
        return "organisation/unit-form";
    }

    @PostMapping("/units/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute("unitForm") UnitFormData form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        Unit unit = manageableUnit(user, id);
        model.addAttribute("unit", unit);
        model.addAttribute("municipality", organisations.get(unit.municipalityId()));
        if (binding.hasErrors()) {
            return "organisation/unit-form";
        }
        try {
            units.change(user, id, form.getVersion(), form.toDetails());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/units/" + id;
        } catch (InvalidInputException invalid) {
            binding.rejectValue(invalid.field(), invalid.messageKey());
            return "organisation/unit-form";
        } catch (StaleEditException | OptimisticLockingFailureException stale) {
            // keep what the user typed, show what the other person saved, and let the next save win knowingly
            Unit current = units.get(user, id);
            model.addAttribute("staleCurrent", current);
            form.setVersion(current.version());
            return "organisation/unit-form";
        }
    }

    private Organisation manageableMunicipality(CurrentUser user, String code) {
        Organisation municipality = organisations.findByCode(code)
                .filter(Organisation::isMunicipality)
                .orElseThrow(() -> new NotFoundException("municipality " + code));
        if (!organisations.covers(user.scope(), municipality)) {
            throw new OutOfScopeException("municipality " + code, municipality.id());
        }
        return municipality;
    }

    private Unit manageableUnit(CurrentUser user, long id) {
        Unit unit = units.get(user, id);
        if (!units.mayManage(user, organisations.get(unit.municipalityId()))) {
            throw new AccessDeniedException("may not manage unit " + id);
        }
        return unit;
    }
}
