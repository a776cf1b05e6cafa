package se.lagesbild.form;

import java.util.List;

/** The definition breaks the form rules; the problems say where, for the editor to show at each field. */
public class InvalidFormException extends RuntimeException {

    private final List<FormProblem> problems;

    public InvalidFormException(List<FormProblem> problems) {
        super(problems.size() + " problems in form");
        this.problems = List.copyOf(problems);
    }

    public List<FormProblem> problems() {
        return problems;
    }
}
