package se.lagesbild.reporting;

import java.io.Serializable;
import java.util.List;

/** Why one answer was not saved, as a message key and its arguments, shown at the question. */
public record AnswerProblem(String questionKey, String messageKey, List<Object> args) implements Serializable {

    public AnswerProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }
}
