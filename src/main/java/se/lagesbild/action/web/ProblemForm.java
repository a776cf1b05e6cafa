package se.lagesbild.action.web;

import se.lagesbild.action.Problem;
import se.lagesbild.action.ProblemStatus;

/** The fields of a problem as its forms post them. */
public class ProblemForm {

    private String title = "";
    private String description = "";
    private ProblemStatus status = ProblemStatus.OPEN;
    private Integer version;

    static ProblemForm of(Problem problem) {
        var form = new ProblemForm();
        form.title = problem.title();
        form.description = problem.description();
        form.status = problem.status();
        form.version = problem.version();
        return form;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public ProblemStatus getStatus() {
        return status;
    }

    public void setStatus(ProblemStatus status) {
        this.status = status;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
