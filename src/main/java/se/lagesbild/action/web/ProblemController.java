package se.lagesbild.action.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.lagesbild.action.Problem;
import se.lagesbild.action.Problems;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.RefusedInputException;
import se.lagesbild.shared.StaleEditException;
import se.lagesbild.shared.web.FormErrors;

/**
 * Writing down a problem from an approved picture (a municipality's cell, or a theme recurring in the county), its
 * page with the evidence and the cause analysis, and editing it.
 */
@Controller
class ProblemController {

    private static final String WRITERS = "hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_COORDINATOR')";
    private static final String READERS =
            "hasAnyRole('ADMIN', 'COUNTY_COORDINATOR', 'MUNICIPAL_COORDINATOR', 'CONTRIBUTOR')";

    private final Problems problems;

    ProblemController(Problems problems) {
        this.problems = problems;
    }

    /**
     * The new-problem form, from a municipality's approved cell ({@code municipality}) or from a theme recurring in
     * a county ({@code county}, with the threshold {@code min} the county page used).
     */
    @GetMapping("/action/problems/new")
    @PreAuthorize(WRITERS)
    String newProblem(@RequestParam(required = false) String municipality,
                      @RequestParam(required = false) String county, @RequestParam String theme,
                      @RequestParam String period, @RequestParam(required = false) Integer min,
                      @AuthenticationPrincipal CurrentUser user, Model model) {
        var form = new ProblemForm();
        return renderNew(user, municipality, county, theme, period, min, form, model);
    }

    @PostMapping("/action/problems")
    @PreAuthorize(WRITERS)
    String record(@RequestParam(required = false) String municipality,
                  @RequestParam(required = false) String county, @RequestParam String theme,
                  @RequestParam String period, @RequestParam(required = false) Integer min,
                  @ModelAttribute("form") ProblemForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        Problem problem;
        try {
            problem = municipality != null && !municipality.isBlank()
                    ? problems.recordFromCell(user, municipality, theme, period, form.getTitle(),
                    form.getDescription())
                    : problems.recordRecurring(user, county, theme, period, min, form.getTitle(),
                    form.getDescription());
        } catch (RefusedInputException e) {
            FormErrors.reject(binding, e);
            return renderNew(user, municipality, county, theme, period, min, form, model);
        }
        redirect.addFlashAttribute("recorded", true);
        return "redirect:/action/problems/" + problem.id();
    }

    private String renderNew(CurrentUser user, String municipality, String county, String theme, String period,
                             Integer min, ProblemForm form, Model model) {
        if (municipality != null && !municipality.isBlank()) {
            model.addAttribute("cell", problems.cellSource(user, municipality, theme, period));
        } else {
            model.addAttribute("recurring", problems.recurringSource(user, county == null ? "" : county, theme,
                    period, min));
        }
        model.addAttribute("form", form);
        return "action/problem-new";
    }

    @GetMapping("/action/problems/{id}")
    @PreAuthorize(READERS)
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return render(user, id, new CauseForm(), model);
    }

    @PostMapping("/action/problems/{id}/causes")
    @PreAuthorize(WRITERS)
    String addCause(@PathVariable long id, @ModelAttribute("causeForm") CauseForm form, BindingResult binding,
                    @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return render(user, id, form, model);
        }
        try {
            problems.addCause(user, id, form.getPerspective(), form.getDescription(), form.getBasis());
        } catch (RefusedInputException e) {
            FormErrors.reject(binding, e);
            return render(user, id, form, model);
        }
        redirect.addFlashAttribute("causeAdded", true);
        return "redirect:/action/problems/" + id + "#causes";
    }

    @PostMapping("/action/problems/{id}/causes/{causeId}/delete")
    @PreAuthorize(WRITERS)
    String removeCause(@PathVariable long id, @PathVariable long causeId, @AuthenticationPrincipal CurrentUser user,
                       RedirectAttributes redirect) {
        problems.removeCause(user, id, causeId);
        redirect.addFlashAttribute("causeRemoved", true);
        return "redirect:/action/problems/" + id + "#causes";
    }

    private String render(CurrentUser user, long id, CauseForm causeForm, Model model) {
        model.addAttribute("view", problems.view(user, id));
        model.addAttribute("causeForm", causeForm);
        return "action/problem";
    }

    @GetMapping("/action/problems/{id}/edit")
    @PreAuthorize(WRITERS)
    String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        var view = problems.view(user, id);
        if (!view.writable()) {
            throw new se.lagesbild.shared.OutOfScopeException("problem " + id, view.problem().countyId());
        }
        model.addAttribute("view", view);
        model.addAttribute("form", ProblemForm.of(view.problem()));
        return "action/problem-edit";
    }

    @PostMapping("/action/problems/{id}")
    @PreAuthorize(WRITERS)
    String update(@PathVariable long id, @ModelAttribute("form") ProblemForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        try {
            problems.describe(user, id, form.getVersion() == null ? -1 : form.getVersion(), form.getTitle(),
                    form.getDescription(), form.getStatus());
        } catch (RefusedInputException e) {
            FormErrors.reject(binding, e);
            model.addAttribute("view", problems.view(user, id));
            return "action/problem-edit";
        } catch (StaleEditException e) {
            // keep what this user typed; saving again knowingly replaces the other's change
            var newer = problems.view(user, id);
            form.setVersion(newer.problem().version());
            model.addAttribute("view", newer);
            model.addAttribute("stale", true);
            return "action/problem-edit";
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/action/problems/" + id;
    }
}
