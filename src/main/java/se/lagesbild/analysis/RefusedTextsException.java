package se.lagesbild.analysis;

import java.util.List;

/**
 * The texts of a regional analysis were refused: every problem at once, each at its field, so that the page shows
 * them all and keeps what was typed.
 */
public class RefusedTextsException extends RuntimeException {

    /** A problem at one field: a message code and its arguments. */
    public record Problem(String field, String code, Object[] arguments) {
    }

    private final List<Problem> problems;

    RefusedTextsException(List<Problem> problems) {
        super("Refused texts at " + problems.stream().map(Problem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
