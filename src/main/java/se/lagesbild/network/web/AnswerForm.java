package se.lagesbild.network.web;

import java.util.HashMap;
import java.util.Map;

import se.lagesbild.network.EvaluationAnswer;

/** An evaluation answer as its form posts it: a rating and a comment per priority (by place), an overall comment. */
public class AnswerForm {

    private Map<Integer, Integer> ratings = new HashMap<>();
    private Map<Integer, String> comments = new HashMap<>();
    private String overallComment = "";

    static AnswerForm of(EvaluationAnswer answer) {
        var form = new AnswerForm();
        if (answer != null) {
            form.ratings = new HashMap<>(answer.ratings());
            form.comments = new HashMap<>(answer.comments());
            form.overallComment = answer.overallComment();
        }
        return form;
    }

    EvaluationAnswer answer() {
        return new EvaluationAnswer(ratings, comments, overallComment);
    }

    public Map<Integer, Integer> getRatings() {
        return ratings;
    }

    public void setRatings(Map<Integer, Integer> ratings) {
        this.ratings = ratings == null ? new HashMap<>() : ratings;
    }

    public Map<Integer, String> getComments() {
        return comments;
    }

    public void setComments(Map<Integer, String> comments) {
        this.comments = comments == null ? new HashMap<>() : comments;
    }

    public String getOverallComment() {
        return overallComment;
    }

    public void setOverallComment(String overallComment) {
        this.overallComment = overallComment;
    }
}
