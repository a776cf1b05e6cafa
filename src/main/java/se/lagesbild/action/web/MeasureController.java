package se.lagesbild.action.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
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

import se.lagesbild.action.ActionPlans;
import se.lagesbild.action.Measure;
import se.lagesbild.action.Measures;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.OutOfScopeException;
import se.lagesbild.shared.RefusedInputException;
import se.lagesbild.shared.StaleEditException;
import se.lagesbild.shared.web.FormErrors;

/**
 * Measures of a plan and their follow-ups. A measure is only added with at least one of its plan's problems or causes
 * to answer to; the form offers exactly those, and the server refuses anything else.
 */
@Controller
class MeasureController {

    private final ActionPlans plans;
    private final Measures measures;

    MeasureController(ActionPlans plans, Measures measures) {
        this.plans = plans;
        this.measures = measures;
    }

    @GetMapping("/action/plans/{planId}/measures/new")
    @PreAuthorize(PlanController.WRITERS)
    String newMeasure(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user, Model model) {
        return render(user, planId, null, new MeasureForm(), model);
    }

    @PostMapping("/action/plans/{planId}/measures")
    @PreAuthorize(PlanController.WRITERS)
    String add(@PathVariable long planId, @ModelAttribute("form") MeasureForm form, BindingResult binding,
               @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return render(user, planId, null, form, model);
        }
        Measure measure;
        try {
            measure = measures.addMeasure(user, planId, form.details());
        } catch (RefusedInputException e) {
            FormErrors.reject(binding, e);
            return render(user, planId, null, form, model);
        }
        redirect.addFlashAttribute("measureAdded", true);
        return "redirect:/action/plans/" + planId + "#measure-" + measure.id();
    }

    @GetMapping("/action/measures/{id}")
    @PreAuthorize(PlanController.WRITERS)
    String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Measure measure = measures.measure(user, id);
        return render(user, measure.planId(), measure, MeasureForm.of(measure), model);
    }

    @PostMapping("/action/measures/{id}")
    @PreAuthorize(PlanController.WRITERS)
    String update(@PathVariable long id, @ModelAttribute("form") MeasureForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        Measure measure = measures.measure(user, id);
        if (binding.hasErrors()) {
            return render(user, measure.planId(), measure, form, model);
        }
        try {
            measures.updateMeasure(user, id, form.getVersion() == null ? -1 : form.getVersion(), form.details());
        } catch (RefusedInputException e) {
            FormErrors.reject(binding, e);
            return render(user, measure.planId(), measure, form, model);
        } catch (StaleEditException e) {
            Measure newer = measures.measure(user, id);
            form.setVersion(newer.version());
            model.addAttribute("stale", true);
            return render(user, newer.planId(), newer, form, model);
        }
        redirect.addFlashAttribute("measureSaved", true);
        return "redirect:/action/plans/" + measure.planId() + "#measure-" + id;
    }

    @PostMapping("/action/measures/{id}/follow-ups")
    @PreAuthorize(PlanController.WRITERS)
    String schedule(@PathVariable long id,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
                    @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        long planId = measures.planOfMeasure(user, id);
        try {
            measures.scheduleFollowUp(user, id, dueOn);
            redirect.addFlashAttribute("followUpScheduled", true);
        } catch (RefusedInputException e) {
            redirect.addFlashAttribute("followUpDateMissing", id);
        }
        return "redirect:/action/plans/" + planId + "#measure-" + id;
    }

    private String render(CurrentUser user, long planId, Measure measure, MeasureForm form, Model model) {
        var view = plans.view(user, planId);
        if (!view.writable()) {
            throw new OutOfScopeException("plan " + planId, view.plan().countyId());
        }
        model.addAttribute("view", view);
        model.addAttribute("measure", measure);
        model.addAttribute("form", form);
        return "action/measure-form";
    }
}
