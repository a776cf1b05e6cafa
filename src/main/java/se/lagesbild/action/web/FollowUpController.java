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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.lagesbild.action.Measures;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.OutOfScopeException;
import se.lagesbild.shared.RefusedInputException;
import se.lagesbild.shared.StaleEditException;
import se.lagesbild.shared.web.FormErrors;

/** A follow-up of a measure: its page, and recording its outcome (done? on time? goal met?) with a comment. */
@Controller
class FollowUpController {

    private final Measures measures;

    FollowUpController(Measures measures) {
        this.measures = measures;
    }

    @GetMapping("/action/follow-ups/{id}")
    @PreAuthorize(PlanController.READERS)
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        var view = measures.followUp(user, id);
        model.addAttribute("view", view);
        model.addAttribute("form", FollowUpForm.of(view.followUp()));
        return "action/follow-up";
    }

    @PostMapping("/action/follow-ups/{id}")
    @PreAuthorize(PlanController.WRITERS)
    String record(@PathVariable long id, @ModelAttribute("form") FollowUpForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        var view = measures.followUp(user, id);
        if (!view.writable()) {
            throw new OutOfScopeException("follow-up " + id, view.plan().countyId());
        }
        if (binding.hasErrors()) {
            model.addAttribute("view", view);
            return "action/follow-up";
        }
        try {
            measures.recordFollowUp(user, id, form.getVersion() == null ? -1 : form.getVersion(), form.getDone(),
                    form.getOnTime(), form.getGoalMet(), form.getComment());
        } catch (RefusedInputException e) {
            FormErrors.reject(binding, e);
            model.addAttribute("view", view);
            return "action/follow-up";
        } catch (StaleEditException e) {
            var newer = measures.followUp(user, id);
            form.setVersion(newer.followUp().version());
            model.addAttribute("view", newer);
            model.addAttribute("stale", true);
            return "action/follow-up";
        }
        redirect.addFlashAttribute("followUpRecorded", true);
        return "redirect:/action/plans/" + view.plan().id() + "#measure-" + view.measure().id();
    }
}
