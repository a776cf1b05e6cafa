package se.lagesbild.form;

import java.util.Arrays;
import java.util.Optional;

/**
 * The themes of the method that questions can be tagged with, so that analysis can aggregate by theme across form
 * versions and across counties' own forms.
 */
public enum MeasuredTheme {
    EXTREMISM("extremism"),
    RACISM("racism"),
    NETWORKS("networks"),
    SCHOOL("school"),
    LEISURE("leisure"),
    PUBLIC_SPACE("public_space"),
    THREATS("threats"),
    DEMOCRACY("democracy"),
    ROOT_CAUSES("root_causes"),
    PROTECTIVE("protective");

    private final String key;

    MeasuredTheme(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<MeasuredTheme> fromKey(String key) {
        return Arrays.stream(values()).filter(theme -> theme.key.equals(key)).findFirst();
    }
}
