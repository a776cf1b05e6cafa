package se.lagesbild.form;

import java.util.List;

/**
 * One question. The key is stable across versions so that answers stay comparable over the years.
 *
 * @param measures   the key of the {@link MeasuredTheme} the answer measures, or null
 * @param min        smallest allowed whole number (integer questions), or null
 * @param max        largest allowed whole number (integer questions), or null
 * @param maxLength  longest allowed free text (text questions), or null for the default
 * @param choices    the options of choice questions; empty for other types
 * @param showWhen   condition on an earlier question, or null to always show
 */
public record Question(String key, QuestionType type, LocalizedText label, LocalizedText help, boolean required,
                       String measures, Integer min, Integer max, Integer maxLength, List<Choice> choices,
                       Condition showWhen) {

    public static final int DEFAULT_MAX_LENGTH = 4000;

    public Question {
        help = help == null ? LocalizedText.EMPTY : help;
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public int effectiveMaxLength() {
        return maxLength == null ? DEFAULT_MAX_LENGTH : maxLength;
    }
}
