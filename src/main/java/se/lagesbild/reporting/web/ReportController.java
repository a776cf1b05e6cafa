package se.lagesbild.reporting.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.lagesbild.form.FormDefinition;
import se.lagesbild.form.FormView;
import se.lagesbild.form.QuestionType;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.organisation.Units;
import se.lagesbild.reporting.AnswerProblem;
import se.lagesbild.reporting.Report;
import se.lagesbild.reporting.ReportFrozenException;
import se.lagesbild.reporting.ReportKind;
import se.lagesbild.reporting.ReportLists;
import se.lagesbild.reporting.Reports;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.InvalidInputException;
import se.lagesbild.shared.period.Period;
import se.lagesbild.shared.personaldata.PersonalDataException;
import se.lagesbild.shared.personaldata.PersonalDataMessages;

/** Reports: the list of one's reports, filling one in, submitting it and reviewing it. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'COUNTY_COORDINATOR', 'MUNICIPAL_COORDINATOR', 'CONTRIBUTOR')")
class ReportController {

    private final Reports reports;
    private final ReportLists lists;
    private final Organisations organisations;
    private final Units units;
    private final MessageSource messages;

    ReportController(Reports reports, ReportLists lists, Organisations organisations, Units units,
                     MessageSource messages) {
        this.reports = reports;
        this.lists = lists;
        this.organisations = organisations;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping("/reports")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("tables", lists.tablesFor(user));
        return "reporting/list";
    }

    @PostMapping("/reports/contributions")
    String startContribution(@RequestParam long unitId, @RequestParam String period,
                             @AuthenticationPrincipal CurrentUser user) {
        return "redirect:/reports/" + reports.contribution(user, unitId, period).id();
    }

    @PostMapping("/reports/pictures")
    String startPicture(@RequestParam long municipalityId, @RequestParam String period,
                        @AuthenticationPrincipal CurrentUser user) {
        return "redirect:/reports/" + reports.picture(user, municipalityId, period).id();
    }

    @GetMapping("/reports/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        Report report = reports.get(user, id);
        return render(user, report, storedAnswers(report), List.of(), locale, model);
    }

    /** Saves the whole page; "submit" also hands the report in when every required answer is there. */
    @PostMapping("/reports/{id}")
    String save(@PathVariable long id, @RequestParam(defaultValue = "save") String action, HttpServletRequest request,
                @AuthenticationPrincipal CurrentUser user, Locale locale, Model model, RedirectAttributes redirect) {
        Map<String, List<String>> input = answersIn(request);
        Reports.PageSave outcome = reports.saveAnswers(user, id, input, previousIn(request));
        if (!outcome.conflicts().isEmpty()) {
            // keep what this user typed on the page and show beside it what the other person saved
            model.addAttribute("stale", true);
            model.addAttribute("storedAnswers", outcome.conflicts());
            return render(user, reports.get(user, id), input, outcome.problems(), locale, model);
        }
        List<AnswerProblem> problems = outcome.problems();
        if (problems.isEmpty() && "submit".equals(action)) {
            problems = reports.submit(user, id);
            if (problems.isEmpty()) {
                redirect.addFlashAttribute("submitted", true);
                return "redirect:/reports/" + id;
            }
        }
        if (problems.isEmpty()) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/reports/" + id;
        }
        return render(user, reports.get(user, id), input, problems, locale, model);
    }

    /**
     * htmx autosave of one answer when it changes. Only a status line next to the question is swapped, so focus
     * stays where the user is; "previous" is the value the page last had, to detect someone else's change.
     */
    @PostMapping("/reports/{id}/answers/{key}")
    String autosave(@PathVariable long id, @PathVariable String key, HttpServletRequest request,
                    @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        String[] values = request.getParameterValues("q." + key);
        String previous = request.getParameter("previous." + key);
        Reports.Autosave outcome = reports.autosave(user, id, key, values == null ? List.of() : List.of(values),
                previous);
        model.addAttribute("key", key);
        model.addAttribute("outcome", outcome);
        model.addAttribute("message", outcome.problem() == null ? null : messages.getMessage(
                outcome.problem().messageKey(), outcome.problem().args().toArray(), locale));
        return "reporting/autosave :: status";
    }

    @PostMapping("/reports/{id}/approve")
    String approve(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        reports.approve(user, id);
        redirect.addFlashAttribute("approved", true);
        return "redirect:/reports/" + id;
    }

    @PostMapping("/reports/{id}/return")
    String returnToReporter(@PathVariable long id, @RequestParam(defaultValue = "") String comment,
                            @AuthenticationPrincipal CurrentUser user, Locale locale, RedirectAttributes redirect) {
        return review(id, () -> reports.returnToReporter(user, id, comment), "returned", comment, locale, redirect);
    }

    @PostMapping("/reports/{id}/reopen")
    String reopen(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
                  @AuthenticationPrincipal CurrentUser user, Locale locale, RedirectAttributes redirect) {
        return review(id, () -> reports.reopen(user, id, reason), "reopened", reason, locale, redirect);
    }

    @ExceptionHandler(ReportFrozenException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String frozen(Model model) {
        model.addAttribute("status", 409);
        model.addAttribute("reportFrozen", true);
        return "error";
    }

    /** A review step with a comment; a refused comment comes back at its field with the text kept. */
    private String review(long id, Runnable step, String done, String text, Locale locale,
                          RedirectAttributes redirect) {
        try {
            step.run();
            redirect.addFlashAttribute(done, true);
        } catch (InvalidInputException missingComment) {
            redirect.addFlashAttribute("commentError", messages.getMessage(missingComment.messageKey(), null, locale));
            redirect.addFlashAttribute("commentText", text);
        } catch (PersonalDataException personalData) {
            redirect.addFlashAttribute("commentError",
                    messages.getMessage(PersonalDataMessages.resolvable(personalData), locale));
            redirect.addFlashAttribute("commentText", text);
        }
        return "redirect:/reports/" + id;
    }

    private String render(CurrentUser user, Report report, Map<String, List<String>> answers,
                          List<AnswerProblem> problems, Locale locale, Model model) {
        FormDefinition definition = reports.definitionOf(report);
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach(p -> errors.put(p.questionKey(), messages.getMessage(p.messageKey(), p.args().toArray(),
                locale)));
        model.addAttribute("report", report);
        model.addAttribute("period", Period.parse(report.periodCode()));
        model.addAttribute("subject", report.kind() == ReportKind.CONTRIBUTION
                ? units.get(user, report.unitId()).name() : organisations.get(report.municipalityId()).name());
        model.addAttribute("municipality", organisations.get(report.municipalityId()));
        model.addAttribute("view", FormView.of(definition, locale, answers, errors));
        model.addAttribute("questionKeys", String.join(",",
                definition.questions().map(se.lagesbild.form.Question::key).toList()));
        model.addAttribute("problems", problems);
        model.addAttribute("errors", errors);
        boolean editable = reports.mayFillIn(user, report);
        model.addAttribute("editable", editable);
        model.addAttribute("reviewable", reports.mayReview(user, report));
        model.addAttribute("history", reports.history(report));
        return "reporting/report";
    }

    /** The values the page showed (and its autosaves last stored): parameters named "previous.<key>". */
    private static Map<String, String> previousIn(HttpServletRequest request) {
        Map<String, String> previous = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith("previous.")) {
                previous.put(name.substring("previous.".length()), values[0]);
            }
        });
        return previous;
    }

    /** The answers on the page: parameters named "q.<key>" (check boxes send several values). */
    private static Map<String, List<String>> answersIn(HttpServletRequest request) {
        Map<String, List<String>> input = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith("q.")) {
                input.put(name.substring(2), List.of(values));
            }
        });
        // a question whose check boxes or radio buttons were all left empty sends nothing: it is cleared
        String shown = request.getParameter("questions");
        if (shown != null) {
            for (String key : shown.split(",")) {
                input.putIfAbsent(key, List.of());
            }
        }
        return input;
    }

    /** The stored answers as the page's values: multiple choices are stored joined with commas. */
    private Map<String, List<String>> storedAnswers(Report report) {
        FormDefinition definition = reports.definitionOf(report);
        Map<String, List<String>> answers = new HashMap<>();
        report.answers().forEach((key, answer) -> answers.put(key, definition.question(key)
                .filter(q -> q.type() == QuestionType.MULTIPLE_CHOICE)
                .map(q -> List.of(answer.value().split(",")))
                .orElse(List.of(answer.value()))));
        return answers;
    }
}
