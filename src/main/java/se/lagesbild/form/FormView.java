package se.lagesbild.form;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A form definition prepared for display in one language, with the answers and errors of one report (empty in a
 * preview). The same view feeds the preview and filling in a report, so the two can never differ.
 */
public record FormView(List<ThemeView> themes) {

    /** Answer values of level questions; "dont_know" is kept apart from the scale. */
    public static final List<String> LEVEL_VALUES = List.of("0", "1", "2", "3", "4", "dont_know");
    public static final List<String> CHANGE_VALUES = List.of("decreasing", "unchanged", "increasing", "dont_know");
    public static final List<String> YES_NO_VALUES = List.of("1", "0");

    public record ThemeView(String key, String title, List<QuestionView> questions) {
    }

    /**
     * One option: either a text of the form (choices) or a message key of the application (the fixed scales).
     */
    public record OptionView(String value, String label, String messageKey) {
    }

    public record QuestionView(String key, QuestionType type, String label, String help, boolean required,
                               List<OptionView> options, Integer min, Integer max, int maxLength,
                               String showWhenKey, Integer showWhenAtLeast, List<String> values, String error) {

        /** The request parameter name of the answer. */
        public String inputName() {
            return "q." + key;
        }

        public String inputId() {
            return "q-" + key;
        }

        public String value() {
            return values.isEmpty() ? "" : values.get(0);
        }

        public boolean isChosen(String value) {
            return values.contains(value);
        }

        public boolean usesOptions() {
            return !options.isEmpty();
        }
    }

    public static FormView of(FormDefinition definition, Locale locale) {
        return of(definition, locale, Map.of(), Map.of());
    }

    public static FormView of(FormDefinition definition, Locale locale, Map<String, List<String>> answers,
                              Map<String, String> errors) {
        return new FormView(definition.themes().stream()
                .map(theme -> new ThemeView(theme.key(), theme.title().in(locale), theme.questions().stream()
                        .map(q -> question(q, locale, answers.getOrDefault(q.key(), List.of()), errors.get(q.key())))
                        .toList()))
                .toList());
    }

    private static QuestionView question(Question q, Locale locale, List<String> values, String error) {
        Condition condition = q.showWhen();
        return new QuestionView(q.key(), q.type(), q.label().in(locale), q.help().in(locale), q.required(),
                options(q, locale), q.min(), q.max(), q.effectiveMaxLength(),
                condition == null ? null : condition.questionKey(), condition == null ? null : condition.atLeast(),
                List.copyOf(values), error);
    }

    private static List<OptionView> options(Question q, Locale locale) {
        return switch (q.type()) {
            case LEVEL -> fixed("form.level.", LEVEL_VALUES);
            case CHANGE -> fixed("form.change.", CHANGE_VALUES);
            case YES_NO -> fixed("form.yesno.", YES_NO_VALUES);
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> q.choices().stream()
                    .map(choice -> new OptionView(choice.value(), choice.label().in(locale), null)).toList();
            case INTEGER, TEXT, DATE -> List.of();
        };
    }

    private static List<OptionView> fixed(String prefix, List<String> values) {
        return values.stream().map(value -> new OptionView(value, null, prefix + value)).toList();
    }
}
