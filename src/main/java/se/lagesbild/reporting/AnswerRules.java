package se.lagesbild.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.lagesbild.form.Choice;
import se.lagesbild.form.Condition;
import se.lagesbild.form.FormDefinition;
import se.lagesbild.form.FormView;
import se.lagesbild.form.Question;
import se.lagesbild.shared.personaldata.PersonalDataFinding;
import se.lagesbild.shared.personaldata.PersonalDataGuard;
import se.lagesbild.shared.personaldata.PersonalDataMessages;

/**
 * Turns what was typed or chosen for one question into the stored answer, or says why it cannot be stored. Every
 * free-text answer passes the personal-data guard here, whichever page, request or import it came from.
 */
final class AnswerRules {

    private AnswerRules() {
    }

    /** The normalised answer ("" clears it), or the problem. */
    record Checked(String value, AnswerProblem problem) {

        static Checked ok(String value) {
            return new Checked(value, null);
        }

        static Checked refused(String key, String messageKey, Object... args) {
            return new Checked(null, new AnswerProblem(key, messageKey, List.of(args)));
        }
    }

    static Checked check(Question q, List<String> input) {
        List<String> values = input == null ? List.of()
                : input.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
        if (values.isEmpty()) {
            return Checked.ok("");
        }
        String key = q.key();
        String single = values.get(0);
        if (values.size() > 1 && q.type() != se.lagesbild.form.QuestionType.MULTIPLE_CHOICE) {
            return Checked.refused(key, "answer.single");
        }
        return switch (q.type()) {
            case LEVEL -> oneOf(key, single, FormView.LEVEL_VALUES);
            case CHANGE -> oneOf(key, single, FormView.CHANGE_VALUES);
            case YES_NO -> oneOf(key, single, FormView.YES_NO_VALUES);
            case SINGLE_CHOICE -> oneOf(key, single, q.choices().stream().map(Choice::value).toList());
            case MULTIPLE_CHOICE -> several(key, values, q.choices().stream().map(Choice::value).toList());
            case INTEGER -> integer(q, single);
            case DATE -> date(key, single);
            case TEXT -> text(q, input.get(0).strip());
        };
    }

    private static Checked oneOf(String key, String value, List<String> allowed) {
        return allowed.contains(value) ? Checked.ok(value) : Checked.refused(key, "answer.option.unknown");
    }

    /** Stored in the form's own order, so equal choices give equal text. */
    private static Checked several(String key, List<String> values, List<String> allowed) {
        if (!allowed.containsAll(values)) {
            return Checked.refused(key, "answer.option.unknown");
        }
        var chosen = new LinkedHashSet<>(values);
        return Checked.ok(String.join(",", allowed.stream().filter(chosen::contains).toList()));
    }

    private static Checked integer(Question q, String value) {
        long number;
        try {
            number = Long.parseLong(value.replace(" ", "").replace("\u00a0", ""));
        } catch (NumberFormatException notWhole) {
            return Checked.refused(q.key(), "answer.integer.invalid");
        }
        if (q.min() != null && number < q.min() || q.max() != null && number > q.max()) {
            return Checked.refused(q.key(), "answer.integer.range", String.valueOf(q.min() == null ? "" : q.min()),
                    String.valueOf(q.max() == null ? "" : q.max()));
        }
        return Checked.ok(Long.toString(number));
    }

    private static Checked date(String key, String value) {
        try {
            return Checked.ok(LocalDate.parse(value).toString());
        } catch (DateTimeParseException notADate) {
            return Checked.refused(key, "answer.date.invalid");
        }
    }

    private static Checked text(Question q, String value) {
        if (value.length() > q.effectiveMaxLength()) {
            return Checked.refused(q.key(), "answer.text.long", q.effectiveMaxLength(), value.length());
        }
        List<PersonalDataFinding> findings = PersonalDataGuard.find(value);
        if (!findings.isEmpty()) {
            // every finding is named, in the reader's language, so all of it can be removed in one go
            return Checked.refused(q.key(), PersonalDataMessages.FOUND, PersonalDataMessages.arguments(findings));
        }
        return Checked.ok(value);
    }

    /** Whether a question is shown, given the answers: a condition hides it until the earlier answer is high enough. */
    static boolean isShown(Question q, Map<String, String> answers) {
        Condition condition = q.showWhen();
        if (condition == null) {
            return true;
        }
        String answer = answers.getOrDefault(condition.questionKey(), "");
        try {
            return !answer.isEmpty() && Double.parseDouble(answer) >= condition.atLeast();
        } catch (NumberFormatException notNumeric) {
            return false; // "dont_know" is not at least anything
        }
    }

    /** Required questions that are shown but unanswered: a report cannot be submitted with these. */
    static List<AnswerProblem> missingRequired(FormDefinition definition, Map<String, String> answers) {
        var missing = new ArrayList<AnswerProblem>();
        definition.questions()
                .filter(q -> q.required() && isShown(q, answers))
                .filter(q -> Optional.ofNullable(answers.get(q.key())).orElse("").isEmpty())
                .forEach(q -> missing.add(new AnswerProblem(q.key(), "answer.required", List.of())));
        return missing;
    }
}
