package se.lagesbild.form;

import java.io.Serializable;
import java.util.List;

/**
 * One thing wrong with a form definition, located at a theme and (optionally) a question and a field, with a message
 * key and its arguments, so that the editor can show it at the field and an import can name the row and column.
 * Serializable because it travels to the next page as a flash attribute in the (JDBC-stored) session.
 */
public record FormProblem(String themeKey, String questionKey, String field, String messageKey, List<Object> args)
        implements Serializable {

    public FormProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    static FormProblem atTheme(String themeKey, String field, String messageKey, Object... args) {
        return new FormProblem(themeKey, null, field, messageKey, List.of(args));
    }

    static FormProblem atQuestion(String themeKey, String questionKey, String field, String messageKey,
                                  Object... args) {
        return new FormProblem(themeKey, questionKey, field, messageKey, List.of(args));
    }
}
