package se.lagesbild.action.web;

import se.lagesbild.action.Perspective;

/** A likely cause as the cause-analysis form posts it. */
public class CauseForm {

    private Perspective perspective;
    private String description = "";
    private String basis = "";

    public Perspective getPerspective() {
        return perspective;
    }

    public void setPerspective(Perspective perspective) {
        this.perspective = perspective;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }
}
