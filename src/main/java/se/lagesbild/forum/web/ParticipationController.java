package se.lagesbild.forum.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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

import se.lagesbild.forum.ForumParticipation;
import se.lagesbild.forum.ForumParticipation.AnswerView;
import se.lagesbild.forum.ForumResponse;
import se.lagesbild.form.FormView;
import se.lagesbild.form.Question;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.RefusedInputException;
import se.lagesbild.shared.StaleEditException;
import se.lagesbild.shared.web.FormErrors;

/** An invited municipality's coordinator registers participants and answers the forum's questions. */
@Controller
class ParticipationController {

    static final String PARTICIPANTS = "hasRole('MUNICIPAL_COORDINATOR')";

    /** A refused answer, for the summary at the top of the page: the question and what is wrong. */
    record AnswerError(String key, String label, String message) {
    }

    private final ForumParticipation participation;
    private final MessageSource messages;

    ParticipationController(ForumParticipation participation, MessageSource messages) {
        this.participation = participation;
        this.messages = messages;
    }

    @GetMapping("/forums/{id}/registration")
    @PreAuthorize(PARTICIPANTS)
    String registration(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        var view = participation.registration(user, id);
        return renderRegistration(view, RegistrationForm.of(view.registration()), model);
    }

    @PostMapping("/forums/{id}/registration")
    @PreAuthorize(PARTICIPANTS)
    String register(@PathVariable long id, @ModelAttribute("form") RegistrationForm form, BindingResult binding,
                    @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        try {
            var saved = participation.register(user, id, form.getVersion(), form.rows());
            redirect.addFlashAttribute(saved.isPresent() ? "registered" : "withdrawn", true);
            return "redirect:/forums/" + id;
        } catch (RefusedInputException e) {
            FormErrors.reject(binding, e);
            return renderRegistration(participation.registration(user, id), form, model);
        } catch (StaleEditException e) {
            var view = participation.registration(user, id);
            form.setVersion(view.registration() == null ? null : view.registration().version());
            model.addAttribute("stale", true);
            return renderRegistration(view, form, model);
        }
    }

    private String renderRegistration(ForumParticipation.RegistrationView view, RegistrationForm form, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("form", form.padded(view.forum().maxParticipants()));
        return "forum/registration";
    }

    @GetMapping("/forums/{id}/answers")
    @PreAuthorize(PARTICIPANTS)
    String answers(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        var view = participation.answers(user, id);
        Map<String, String> saved = view.response() == null ? Map.of() : view.response().answers();
        return renderAnswers(view, saved, view.response() == null ? null : view.response().version(), Map.of(),
                locale, model);
    }

    @PostMapping("/forums/{id}/answers")
    @PreAuthorize(PARTICIPANTS)
    String saveAnswers(@PathVariable long id, @RequestParam(required = false) Integer version,
                       @RequestParam(required = false) String action, HttpServletRequest request,
                       @AuthenticationPrincipal CurrentUser user, Locale locale, Model model,
                       RedirectAttributes redirect) {
        Map<String, String> typed = typedAnswers(request);
        boolean submit = "submit".equals(action);
        try {
            var saved = participation.saveAnswers(user, id, version, typed, submit);
            redirect.addFlashAttribute(submit ? "answersSubmitted" : saved.isPresent() ? "answersSaved"
                    : "nothingToSave", true);
            return "redirect:/forums/" + id + (submit ? "" : "/answers");
        } catch (RefusedInputException e) {
            var view = participation.answers(user, id);
            var errors = new LinkedHashMap<String, String>();
            e.problems().forEach(problem -> errors.putIfAbsent(problem.field().replaceFirst("^q\\.", ""),
                    messages.getMessage(new DefaultMessageSourceResolvable(new String[] {problem.code()},
                            problem.arguments(), problem.code()), locale)));
            return renderAnswers(view, typed, version, errors, locale, model);
        } catch (StaleEditException e) {
            var view = participation.answers(user, id);
            model.addAttribute("stale", true);
            ForumResponse current = view.response();
            return renderAnswers(view, typed, current == null ? null : current.version(), Map.of(), locale, model);
        }
    }

    private String renderAnswers(AnswerView view, Map<String, String> answers, Integer version,
                                 Map<String, String> errors, Locale locale, Model model) {
        var values = new HashMap<String, List<String>>();
        answers.forEach((key, text) -> values.put(key, text == null || text.isEmpty() ? List.of() : List.of(text)));
        var summary = new ArrayList<AnswerError>();
        for (Question question : view.questions().questions().toList()) {
            String error = errors.get(question.key());
            if (error != null) {
                summary.add(new AnswerError(question.key(), question.label().in(locale), error));
            }
        }
        boolean readonly = view.response() != null && view.response().isSubmitted();
        model.addAttribute("view", view);
        model.addAttribute("questionsView", FormView.of(view.questions(), locale, values, errors));
        model.addAttribute("errors", summary);
        model.addAttribute("version", version);
        model.addAttribute("readonly", readonly);
        return "forum/answers";
    }

    /** The answers on the page: parameters named "q.<key>". */
    private static Map<String, String> typedAnswers(HttpServletRequest request) {
        var typed = new HashMap<String, String>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith("q.") && values.length > 0) {
                typed.put(name.substring(2), values[0]);
            }
        });
        return typed;
    }
}
