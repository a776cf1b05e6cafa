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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.lagesbild.network.NetworkEvaluations;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.RefusedInputException;
import se.lagesbild.shared.web.FormErrors;

/**
 * The year-end evaluation of the priorities: opened and closed by the county's coordinators, answered (and corrected
 * until it closes) by the members with accounts, its aggregated results read by the county's coordinators and
 * administrators.
 */
@Controller
class EvaluationController {

    private final NetworkEvaluations evaluations;

    EvaluationController(NetworkEvaluations evaluations) {
        this.evaluations = evaluations;
    }

    /** Opens the evaluation; {@code version} is the year's version the page showed (a stale one answers 409). */
    @PostMapping("/network/{countyCode}/priorities/{year}/evaluation/open")
    @PreAuthorize(Rules.MANAGERS)
    String open(@PathVariable String countyCode, @PathVariable int year,
                @RequestParam(required = false) Integer version,
                @RequestParam(defaultValue = "false") boolean anonymous, @AuthenticationPrincipal CurrentUser user,
                RedirectAttributes redirect) {
        evaluations.open(user, countyCode, year, version == null ? -1 : version, anonymous);
        redirect.addFlashAttribute("evaluationOpened", true);
        return "redirect:/network/" + countyCode + "/priorities/" + year + "/evaluation";
    }

    @PostMapping("/network/{countyCode}/priorities/{year}/evaluation/close")
    @PreAuthorize(Rules.MANAGERS)
    String close(@PathVariable String countyCode, @PathVariable int year,
                 @RequestParam(required = false) Integer version, @AuthenticationPrincipal CurrentUser user,
                 RedirectAttributes redirect) {
        evaluations.close(user, countyCode, year, version == null ? -1 : version);
        redirect.addFlashAttribute("evaluationClosed", true);
        return "redirect:/network/" + countyCode + "/priorities/" + year + "/evaluation/results";
    }

    @GetMapping("/network/{countyCode}/priorities/{year}/evaluation")
    @PreAuthorize(Rules.READERS)
    String show(@PathVariable String countyCode, @PathVariable int year, @AuthenticationPrincipal CurrentUser user,
                Model model) {
        var view = evaluations.evaluation(user, countyCode, year);
        return render(view, AnswerForm.of(view.ownAnswer()), model);
    }

    @PostMapping("/network/{countyCode}/priorities/{year}/evaluation")
    @PreAuthorize(Rules.ANSWERERS)
    String answer(@PathVariable String countyCode, @PathVariable int year, @ModelAttribute("form") AnswerForm form,
                  BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model,
                  RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return render(evaluations.evaluation(user, countyCode, year), form, model);
        }
        try {
            evaluations.answer(user, countyCode, year, form.answer());
        } catch (RefusedInputException e) {
            FormErrors.reject(binding, e);
            return render(evaluations.evaluation(user, countyCode, year), form, model);
        }
        redirect.addFlashAttribute("answered", true);
        return "redirect:/network/" + countyCode + "/priorities/" + year + "/evaluation";
    }

    @GetMapping("/network/{countyCode}/priorities/{year}/evaluation/results")
    @PreAuthorize(Rules.RESULT_READERS)
    String results(@PathVariable String countyCode, @PathVariable int year,
                   @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("results", evaluations.results(user, countyCode, year));
        return "network/results";
    }

    private static String render(NetworkEvaluations.EvaluationView view, AnswerForm form, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        return "network/evaluation";
    }
}
