package se.lagesbild.form.web;

import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.dao.OptimisticLockingFailureException;
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

import se.lagesbild.form.Form;
import se.lagesbild.form.FormDefinition;
import se.lagesbild.form.FormProblem;
import se.lagesbild.form.FormRules;
import se.lagesbild.form.FormVersion;
import se.lagesbild.form.Forms;
import se.lagesbild.form.InvalidFormException;
import se.lagesbild.form.LocalizedText;
import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.form.Question;
import se.lagesbild.form.QuestionType;
import se.lagesbild.form.Theme;
import se.lagesbild.form.VersionFrozenException;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.NotFoundException;
import se.lagesbild.shared.StaleEditException;

/**
 * Editing a draft: themes and questions are added, changed, moved up or down (buttons, so it works with a keyboard
 * and a screen reader) and removed. Every change carries the draft's version, so two editors never overwrite each
 * other unnoticed.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'COUNTY_COORDINATOR', 'MUNICIPAL_COORDINATOR')")
class FormEditorController {

    private final Forms forms;

    FormEditorController(Forms forms) {
        this.forms = forms;
    }

    @ModelAttribute("questionTypes")
    QuestionType[] questionTypes() {
        return QuestionType.values();
    }

    @ModelAttribute("measuredThemes")
    MeasuredTheme[] measuredThemes() {
        return MeasuredTheme.values();
    }

    @GetMapping("/forms/versions/{id}/edit")
    String editor(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        FormVersion version = draft(user, id);
        return showEditor(user, version, model);
    }

    @PostMapping("/forms/versions/{id}/themes")
    String addTheme(@PathVariable long id, @RequestParam(defaultValue = "") String key,
                    @RequestParam(defaultValue = "") String titleSv, @RequestParam(defaultValue = "") String titleEn,
                    @RequestParam(defaultValue = "-1") int version, @AuthenticationPrincipal CurrentUser user,
                    Model model, RedirectAttributes redirect) {
        Theme theme = new Theme(key.strip(), LocalizedText.of(titleSv, titleEn), List.of());
        return change(user, id, version, definition -> definition.addTheme(theme), "theme-" + theme.key(), redirect,
                problems -> {
                    model.addAttribute("themeProblems", problems);
                    model.addAttribute("newTheme", theme);
                    return showEditor(user, draft(user, id), model);
                });
    }

    @PostMapping("/forms/versions/{id}/themes/{key}")
    String retitleTheme(@PathVariable long id, @PathVariable String key,
                        @RequestParam(defaultValue = "") String titleSv, @RequestParam(defaultValue = "") String titleEn,
                        @RequestParam(defaultValue = "-1") int version, @AuthenticationPrincipal CurrentUser user,
                        Model model, RedirectAttributes redirect) {
        requireTheme(user, id, key);
        return change(user, id, version, d -> d.retitleTheme(key, LocalizedText.of(titleSv, titleEn)),
                "theme-" + key, redirect, problems -> {
                    model.addAttribute("themeProblems", problems);
                    return showEditor(user, draft(user, id), model);
                });
    }

    @PostMapping("/forms/versions/{id}/themes/{key}/move")
    String moveTheme(@PathVariable long id, @PathVariable String key, @RequestParam(defaultValue = "down") String direction,
                     @RequestParam(defaultValue = "-1") int version, @AuthenticationPrincipal CurrentUser user,
                     Model model, RedirectAttributes redirect) {
        requireTheme(user, id, key);
        return change(user, id, version, d -> d.moveTheme(key, step(direction)), "theme-" + key, redirect,
                problems -> refused(id, problems, redirect));
    }

    @PostMapping("/forms/versions/{id}/themes/{key}/delete")
    String deleteTheme(@PathVariable long id, @PathVariable String key, @RequestParam(defaultValue = "-1") int version,
                       @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        requireTheme(user, id, key);
        return change(user, id, version, d -> d.removeTheme(key), "themes", redirect,
                problems -> refused(id, problems, redirect));
    }

    @GetMapping("/forms/versions/{id}/questions/new")
    String newQuestion(@PathVariable long id, @RequestParam String theme, @AuthenticationPrincipal CurrentUser user,
                       Model model) {
        FormVersion version = draft(user, id);
        requireTheme(user, id, theme);
        var form = new QuestionFormData();
        form.setVersion(version.version());
        return showQuestion(user, version, theme, null, form, model);
    }

    @PostMapping("/forms/versions/{id}/questions")
    String addQuestion(@PathVariable long id, @RequestParam String theme,
                       @ModelAttribute("questionForm") QuestionFormData form, BindingResult binding,
                       @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        requireTheme(user, id, theme);
        if (binding.hasErrors()) {
            return showQuestion(user, draft(user, id), theme, null, form, model);
        }
        Question question = form.toQuestion();
        return change(user, id, form.getVersion(), d -> d.addQuestion(theme, question), "q-" + question.key(),
                redirect, problems -> {
                    reject(binding, problems);
                    return showQuestion(user, draft(user, id), theme, null, form, model);
                });
    }

    @GetMapping("/forms/versions/{id}/questions/{key}")
    String editQuestion(@PathVariable long id, @PathVariable String key, @AuthenticationPrincipal CurrentUser user,
                        Model model) {
        FormVersion version = draft(user, id);
        Question question = version.definition().question(key).orElseThrow(() -> new NotFoundException(key));
        String theme = version.definition().themeOf(key).orElseThrow().key();
        return showQuestion(user, version, theme, key, QuestionFormData.of(question, version.version()), model);
    }

    @PostMapping("/forms/versions/{id}/questions/{key}")
    String changeQuestion(@PathVariable long id, @PathVariable String key,
                          @ModelAttribute("questionForm") QuestionFormData form, BindingResult binding,
                          @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        String theme = requireQuestion(user, id, key);
        if (binding.hasErrors()) {
            return showQuestion(user, draft(user, id), theme, key, form, model);
        }
        Question question = form.toQuestion();
        return change(user, id, form.getVersion(), d -> d.replaceQuestion(key, question), "q-" + question.key(),
                redirect, problems -> {
                    reject(binding, problems);
                    return showQuestion(user, draft(user, id), theme, key, form, model);
                });
    }

    @PostMapping("/forms/versions/{id}/questions/{key}/move")
    String moveQuestion(@PathVariable long id, @PathVariable String key,
                        @RequestParam(defaultValue = "down") String direction,
                        @RequestParam(defaultValue = "-1") int version, @AuthenticationPrincipal CurrentUser user,
                        Model model, RedirectAttributes redirect) {
        requireQuestion(user, id, key);
        return change(user, id, version, d -> d.moveQuestion(key, step(direction)), "q-" + key, redirect,
                problems -> refused(id, problems, redirect));
    }

    @PostMapping("/forms/versions/{id}/questions/{key}/delete")
    String deleteQuestion(@PathVariable long id, @PathVariable String key,
                          @RequestParam(defaultValue = "-1") int version, @AuthenticationPrincipal CurrentUser user,
                          Model model, RedirectAttributes redirect) {
        String theme = requireQuestion(user, id, key);
        return change(user, id, version, d -> d.removeQuestion(key), "theme-" + theme, redirect,
                problems -> refused(id, problems, redirect));
    }

    /** What to show when an edit was refused for breaking the form rules. */
    private interface Refusal {
        String show(List<FormProblem> problems);
    }

    private String change(CurrentUser user, long id, int expectedVersion, UnaryOperator<FormDefinition> edit,
                          String anchor, RedirectAttributes redirect, Refusal refusal) {
        try {
            forms.revise(user, id, expectedVersion, edit);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/forms/versions/" + id + "/edit#" + anchor;
        } catch (InvalidFormException invalid) {
            return refusal.show(invalid.problems());
        } catch (StaleEditException | OptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("stale", true);
            return "redirect:/forms/versions/" + id + "/edit";
        }
    }

    /**
     * A button edit (move, remove) that would break the rules, e.g. moving a question above the one its condition
     * depends on: back to the editor, which says why, so that a reload does not send the request again.
     */
    private static String refused(long id, List<FormProblem> problems, RedirectAttributes redirect) {
        redirect.addFlashAttribute("editorProblems", problems);
        return "redirect:/forms/versions/" + id + "/edit";
    }

    private static void reject(BindingResult binding, List<FormProblem> problems) {
        for (FormProblem problem : problems) {
            String field = switch (problem.field()) {
                case "showWhen" -> "showWhenKey";
                case "key", "type", "labelSv", "measures", "max", "maxLength", "choices" -> problem.field();
                default -> null;
            };
            Object[] args = problem.args().toArray();
            if (field == null) {
                binding.reject(problem.messageKey(), args, null);
            } else {
                binding.rejectValue(field, problem.messageKey(), args, null);
            }
        }
    }

    private FormVersion draft(CurrentUser user, long id) {
        FormVersion version = forms.manageableVersion(user, id);
        if (!version.isDraft()) {
            throw new VersionFrozenException(version.id(), version.status());
        }
        return version;
    }

    private void requireTheme(CurrentUser user, long id, String key) {
        draft(user, id).definition().theme(key).orElseThrow(() -> new NotFoundException("theme " + key));
    }

    private String requireQuestion(CurrentUser user, long id, String key) {
        return draft(user, id).definition().themeOf(key).map(Theme::key)
                .orElseThrow(() -> new NotFoundException("question " + key));
    }

    private static int step(String direction) {
        return "up".equals(direction) ? -1 : 1;
    }

    private String showEditor(CurrentUser user, FormVersion version, Model model) {
        Form form = forms.readable(user, version.formId());
        model.addAttribute("form", form);
        model.addAttribute("version", version);
        model.addAttribute("definition", version.definition());
        model.addAttribute("problems", FormRules.check(version.definition()));
        return "form/editor";
    }

    private String showQuestion(CurrentUser user, FormVersion version, String themeKey, String editedKey,
                                QuestionFormData form, Model model) {
        model.addAttribute("form", forms.readable(user, version.formId()));
        model.addAttribute("version", version);
        model.addAttribute("theme", version.definition().theme(themeKey).orElseThrow());
        model.addAttribute("editedKey", editedKey);
        model.addAttribute("questionForm", form);
        model.addAttribute("conditionTargets", conditionTargets(version.definition(), editedKey, themeKey));
        return "form/question";
    }

    /** Numeric questions before the edited one (or before the end of its theme for a new one). */
    private static List<Question> conditionTargets(FormDefinition definition, String editedKey, String themeKey) {
        var targets = new java.util.ArrayList<Question>();
        for (Theme theme : definition.themes()) {
            for (Question question : theme.questions()) {
                if (question.key().equals(editedKey)) {
                    return targets;
                }
                if (question.type().isNumeric()) {
                    targets.add(question);
                }
            }
            if (editedKey == null && theme.key().equals(themeKey)) {
                return targets;
            }
        }
        return targets;
    }
}
