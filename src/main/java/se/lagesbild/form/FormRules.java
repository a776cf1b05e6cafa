package se.lagesbild.form;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules every form definition must satisfy before it is saved or published: well-formed unique keys, texts,
 * sensible bounds, options for choice questions, and conditions that point to an earlier numeric question.
 */
public final class FormRules {

    public static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,59}");
    /** A whole form's key, as generated from its name and owner: hyphens allowed, as in URLs and file names. */
    public static final Pattern FORM_KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,79}");
    public static final int MAX_TEXT_LENGTH = 20_000;

    private FormRules() {
    }

    /** Problems in the definition alone. */
    public static List<FormProblem> check(FormDefinition definition) {
        return check(definition, Set.of());
    }

    /**
     * Problems in the definition, where {@code reservedKeys} are keys already taken by the form this one extends
     * (a municipal extension must never reuse a county question's key).
     */
    public static List<FormProblem> check(FormDefinition definition, Set<String> reservedKeys) {
        var problems = new ArrayList<FormProblem>();
        var themeKeys = new HashSet<String>();
        var earlier = new HashMap<String, Question>();
        for (Theme theme : definition.themes()) {
            if (!KEY.matcher(theme.key()).matches()) {
                problems.add(FormProblem.atTheme(theme.key(), "key", "form.problem.key.format"));
            } else if (!themeKeys.add(theme.key())) {
                problems.add(FormProblem.atTheme(theme.key(), "key", "form.problem.theme.duplicate", theme.key()));
            }
            if (theme.title().sv().isEmpty()) {
                problems.add(FormProblem.atTheme(theme.key(), "titleSv", "form.problem.text.required"));
            }
            for (Question question : theme.questions()) {
                checkQuestion(theme, question, earlier, reservedKeys, problems);
                earlier.putIfAbsent(question.key(), question);
            }
        }
        checkConditionsPointBackwards(definition, problems);
        return problems;
    }

    private static void checkQuestion(Theme theme, Question q, Map<String, Question> earlier,
                                      Set<String> reservedKeys, List<FormProblem> problems) {
        String t = theme.key();
        if (!KEY.matcher(q.key()).matches()) {
            problems.add(FormProblem.atQuestion(t, q.key(), "key", "form.problem.key.format"));
        } else if (earlier.containsKey(q.key())) {
            problems.add(FormProblem.atQuestion(t, q.key(), "key", "form.problem.key.duplicate", q.key()));
        } else if (reservedKeys.contains(q.key())) {
            problems.add(FormProblem.atQuestion(t, q.key(), "key", "form.problem.key.reserved", q.key()));
        }
        if (q.type() == null) {
            problems.add(FormProblem.atQuestion(t, q.key(), "type", "form.problem.type.required"));
            return;
        }
        if (q.label().sv().isEmpty()) {
            problems.add(FormProblem.atQuestion(t, q.key(), "labelSv", "form.problem.text.required"));
        }
        if (q.measures() != null && MeasuredTheme.fromKey(q.measures()).isEmpty()) {
            problems.add(FormProblem.atQuestion(t, q.key(), "measures", "form.problem.measures.unknown", q.measures()));
        }
        if (q.type() == QuestionType.INTEGER && q.min() != null && q.max() != null && q.min() > q.max()) {
            problems.add(FormProblem.atQuestion(t, q.key(), "max", "form.problem.bounds"));
        }
        if (q.type() == QuestionType.TEXT && q.maxLength() != null
                && (q.maxLength() < 1 || q.maxLength() > MAX_TEXT_LENGTH)) {
            problems.add(FormProblem.atQuestion(t, q.key(), "maxLength", "form.problem.maxLength", MAX_TEXT_LENGTH));
        }
        if (q.type().hasChoices()) {
            checkChoices(t, q, problems);
        } else if (!q.choices().isEmpty()) {
            problems.add(FormProblem.atQuestion(t, q.key(), "choices", "form.problem.choices.unexpected"));
        }
    }

    private static void checkChoices(String t, Question q, List<FormProblem> problems) {
        if (q.choices().isEmpty()) {
            problems.add(FormProblem.atQuestion(t, q.key(), "choices", "form.problem.choices.empty"));
            return;
        }
        var values = new HashSet<String>();
        for (Choice choice : q.choices()) {
            if (choice.value() == null || !KEY.matcher(choice.value()).matches()) {
                problems.add(FormProblem.atQuestion(t, q.key(), "choices", "form.problem.choice.value",
                        String.valueOf(choice.value())));
            } else if (!values.add(choice.value())) {
                problems.add(FormProblem.atQuestion(t, q.key(), "choices", "form.problem.choice.duplicate",
                        choice.value()));
            }
            if (choice.label().sv().isEmpty()) {
                problems.add(FormProblem.atQuestion(t, q.key(), "choices", "form.problem.choice.label",
                        String.valueOf(choice.value())));
            }
        }
    }

    /** A condition may only look at a numeric question that comes before it, so the form reads top to bottom. */
    private static void checkConditionsPointBackwards(FormDefinition definition, List<FormProblem> problems) {
        var seen = new HashMap<String, Question>();
        for (Theme theme : definition.themes()) {
            for (Question q : theme.questions()) {
                Condition condition = q.showWhen();
                if (condition != null) {
                    Question target = seen.get(condition.questionKey());
                    if (target == null) {
                        boolean later = definition.question(condition.questionKey()).isPresent();
                        problems.add(FormProblem.atQuestion(theme.key(), q.key(), "showWhen",
                                later ? "form.problem.condition.later" : "form.problem.condition.missing",
                                condition.questionKey()));
                    } else if (target.type() == null || !target.type().isNumeric()) {
                        problems.add(FormProblem.atQuestion(theme.key(), q.key(), "showWhen",
                                "form.problem.condition.notNumeric", condition.questionKey()));
                    }
                }
                seen.putIfAbsent(q.key(), q);
            }
        }
    }
}
