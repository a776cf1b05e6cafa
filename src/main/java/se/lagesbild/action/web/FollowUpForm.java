package se.lagesbild.action.web;

import se.lagesbild.action.FollowUp;
import se.lagesbild.action.GoalMet;

/** A follow-up's outcome as its form posts it. */
public class FollowUpForm {

    private Boolean done;
    private Boolean onTime;
    private GoalMet goalMet;
    private String comment = "";
    private Integer version;

    static FollowUpForm of(FollowUp followUp) {
        var form = new FollowUpForm();
        form.done = followUp.done();
        form.onTime = followUp.onTime();
        form.goalMet = followUp.goalMet();
        form.comment = followUp.comment();
        form.version = followUp.version();
        return form;
    }

    public Boolean getDone() {
        return done;
    }

    public void setDone(Boolean done) {
        this.done = done;
    }

    public Boolean getOnTime() {
        return onTime;
    }

    public void setOnTime(Boolean onTime) {
        this.onTime = onTime;
    }

    public GoalMet getGoalMet() {
        return goalMet;
    }

    public void setGoalMet(GoalMet goalMet) {
        this.goalMet = goalMet;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
