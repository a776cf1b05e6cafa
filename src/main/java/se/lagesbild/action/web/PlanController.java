package se.lagesbild.action.web;

import java.util.Locale;

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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import se.lagesbild.action.ActionPlan;
import se.lagesbild.action.ActionPlans;
import se.lagesbild.action.PlanEffects;
import se.lagesbild.action.PlanKind;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.OutOfScopeException;
import se.lagesbild.shared.RefusedInputException;
import se.lagesbild.shared.StaleEditException;
import se.lagesbild.shared.web.FormErrors;

/** Creating a plan from problems, its page, editing it, publishing a citizen promise, and the effect page. */
@Controller
class PlanController {

    static final String WRITERS = "hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_COORDINATOR')";
    static final String READERS =
            "hasAnyRole('ADMIN', 'COUNTY_COORDINATOR', 'MUNICIPAL_COORDINATOR', 'CONTRIBUTOR')";

    private final ActionPlans plans;
    private final PlanEffects effects;
    private final EffectCharts charts;

    PlanController(ActionPlans plans, PlanEffects effects, EffectCharts charts) {
        this.plans = plans;
        this.effects = effects;
        this.charts = charts;
    }

    /** The new-plan form for an owner (a municipality's or a county's code), with a problem already chosen. */
    @GetMapping("/action/plans/new")
    @PreAuthorize(WRITERS)
    String newPlan(@RequestParam String owner, @RequestParam(required = false) Long problem,
                   @RequestParam(required = false) PlanKind kind, @AuthenticationPrincipal CurrentUser user,
                   Model model) {
        var form = new PlanForm();
        if (kind != null) {
            form.setKind(kind);
        }
        if (problem != null) {
            form.getProblemIds().add(problem);
        }
        return renderNew(user, owner, form, model);
    }

    @PostMapping("/action/plans")
    @PreAuthorize(WRITERS)
    String create(@RequestParam String owner, @ModelAttribute("form") PlanForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return renderNew(user, owner, form, model);
        }
        ActionPlan plan;
        try {
            plan = plans.create(user, form.getKind(), owner, form.details(), form.goals(), form.knowledge());
        } catch (RefusedInputException e) {
            FormErrors.reject(binding, e);
            return renderNew(user, owner, form, model);
        }
        redirect.addFlashAttribute("created", true);
        return "redirect:/action/plans/" + plan.id();
    }

    private String renderNew(CurrentUser user, String ownerCode, PlanForm form, Model model) {
        Organisation owner = plans.writableOwner(user, ownerCode);
        model.addAttribute("owner", owner);
        model.addAttribute("problems", plans.plannable(user, ownerCode));
        model.addAttribute("targetPeriods", plans.targetPeriods(owner));
        model.addAttribute("kinds", owner.isCounty()
                ? new PlanKind[] {PlanKind.ACTION_PLAN, PlanKind.COLLABORATION_AGREEMENT} : PlanKind.values());
        model.addAttribute("knowledge", plans.referableKnowledge(user));
        model.addAttribute("form", form);
        return "action/plan-new";
    }

    @GetMapping("/action/plans/{id}")
    @PreAuthorize(READERS)
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        var view = plans.view(user, id);
        model.addAttribute("view", view);
        if (view.plan().kind().isPublishable()) {
            model.addAttribute("publicUrl", ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path("/medborgarloften/{id}").buildAndExpand(view.plan().publicId()).toUriString());
        }
        return "action/plan";
    }

    @GetMapping("/action/plans/{id}/edit")
    @PreAuthorize(WRITERS)
    String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return renderEdit(user, id, PlanForm.of(requireWritable(user, id).plan()), model);
    }

    @PostMapping("/action/plans/{id}")
    @PreAuthorize(WRITERS)
    String update(@PathVariable long id, @ModelAttribute("form") PlanForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return renderEdit(user, id, form, model);
        }
        try {
            plans.update(user, id, form.getVersion() == null ? -1 : form.getVersion(), form.details(), form.goals(),
                    form.knowledge());
        } catch (RefusedInputException e) {
            FormErrors.reject(binding, e);
            return renderEdit(user, id, form, model);
        } catch (StaleEditException e) {
            form.setVersion(plans.view(user, id).plan().version());
            model.addAttribute("stale", true);
            return renderEdit(user, id, form, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/action/plans/" + id;
    }

    private ActionPlans.PlanView requireWritable(CurrentUser user, long id) {
        var view = plans.view(user, id);
        if (!view.writable()) {
            throw new OutOfScopeException("plan " + id, view.plan().countyId());
        }
        return view;
    }

    private String renderEdit(CurrentUser user, long id, PlanForm form, Model model) {
        var view = requireWritable(user, id);
        form.setKind(view.plan().kind());
        model.addAttribute("view", view);
        model.addAttribute("targetPeriods", plans.targetPeriods(view.municipality() != null ? view.municipality()
                : view.county()));
        model.addAttribute("knowledge", plans.referableKnowledge(user));
        model.addAttribute("form", form);
        return "action/plan-edit";
    }

    @PostMapping("/action/plans/{id}/publish")
    @PreAuthorize(WRITERS)
    String publish(@PathVariable long id, @RequestParam int version, @AuthenticationPrincipal CurrentUser user,
                   RedirectAttributes redirect) {
        plans.publish(user, id, version);
        redirect.addFlashAttribute("published", true);
        return "redirect:/action/plans/" + id;
    }

    @PostMapping("/action/plans/{id}/unpublish")
    @PreAuthorize(WRITERS)
    String unpublish(@PathVariable long id, @RequestParam int version, @AuthenticationPrincipal CurrentUser user,
                     RedirectAttributes redirect) {
        plans.unpublish(user, id, version);
        redirect.addFlashAttribute("unpublished", true);
        return "redirect:/action/plans/" + id;
    }

    @GetMapping("/action/plans/{id}/effect")
    @PreAuthorize(READERS)
    String effect(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        var effect = effects.of(user, id);
        model.addAttribute("effect", effect);
        model.addAttribute("charts", charts.of(effect, locale));
        return "action/effect";
    }
}
