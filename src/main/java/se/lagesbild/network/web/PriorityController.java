package se.lagesbild.network.web;

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

import se.lagesbild.network.NetworkPriorities;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.RefusedInputException;
import se.lagesbild.shared.StaleEditException;
import se.lagesbild.shared.web.FormErrors;

/** A year's priorities: read by everyone who reads the network, set by the county's coordinators until evaluated. */
@Controller
class PriorityController {

    private final NetworkPriorities priorities;

    PriorityController(NetworkPriorities priorities) {
        this.priorities = priorities;
    }

    @GetMapping("/network/{countyCode}/priorities/{year}")
    @PreAuthorize(Rules.READERS)
    String show(@PathVariable String countyCode, @PathVariable int year, @AuthenticationPrincipal CurrentUser user,
                Model model) {
        model.addAttribute("view", priorities.year(user, countyCode, year));
        return "network/priorities";
    }

    @GetMapping("/network/{countyCode}/priorities/{year}/edit")
    @PreAuthorize(Rules.MANAGERS)
    String edit(@PathVariable String countyCode, @PathVariable int year, @AuthenticationPrincipal CurrentUser user,
                Model model) {
        var view = writable(user, countyCode, year);
        return render(view, PrioritiesForm.of(view.year()), model);
    }

    @PostMapping("/network/{countyCode}/priorities/{year}")
    @PreAuthorize(Rules.MANAGERS)
    String save(@PathVariable String countyCode, @PathVariable int year, @ModelAttribute("form") PrioritiesForm form,
                BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model,
                RedirectAttributes redirect) {
        var view = writable(user, countyCode, year);
        if (binding.hasErrors()) {
            return render(view, form, model);
        }
        try {
            priorities.save(user, countyCode, year, form.getVersion(), form.drafts());
        } catch (RefusedInputException e) {
            FormErrors.reject(binding, e);
            return render(view, form, model);
        } catch (StaleEditException e) {
            // keep what this user typed; saving again knowingly replaces the other's change
            var newer = priorities.year(user, countyCode, year);
            form.setVersion(newer.year().isSaved() ? newer.year().version() : null);
            model.addAttribute("stale", true);
            return render(newer, form, model);
        }
        redirect.addFlashAttribute("prioritiesSaved", true);
        return "redirect:/network/" + countyCode + "/priorities/" + year;
    }

    private NetworkPriorities.YearView writable(CurrentUser user, String countyCode, int year) {
        return priorities.editable(user, countyCode, year);
    }

    private static String render(NetworkPriorities.YearView view, PrioritiesForm form, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        return "network/priorities-form";
    }
}
