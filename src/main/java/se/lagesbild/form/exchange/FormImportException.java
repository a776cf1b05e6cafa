package se.lagesbild.form.exchange;

import java.util.List;

/**
 * An imported form file that cannot become a draft. It carries every problem found, not just the first, so that a
 * coordinator can fix the whole file in one go instead of uploading it again for each mistake.
 */
public class FormImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<ImportProblem> problems;

    public FormImportException(List<ImportProblem> problems) {
        // Only keys in the message: the texts in the file may be personal or sensitive and must not reach the logs
        super(problems.size() + " problem(s) in imported form, first: "
                + (problems.isEmpty() ? "none" : problems.get(0).messageKey()));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
