package se.lagesbild.network;

import java.util.Map;

/**
 * One member's answer to a year's evaluation: per priority (by its place in the year's list, from 0) a rating from
 * {@value #NOT_AT_ALL} (not at all) to {@value #HIGH_DEGREE} (to a high degree), or {@value #CANNOT_SAY} (cannot say),
 * and a comment; and an overall comment.
 */
public record EvaluationAnswer(Map<Integer, Integer> ratings, Map<Integer, String> comments, String overallComment) {

    public static final int CANNOT_SAY = 0;
    public static final int NOT_AT_ALL = 1;
    public static final int HIGH_DEGREE = 5;

    public EvaluationAnswer {
        ratings = ratings == null ? Map.of() : ratings;
        comments = comments == null ? Map.of() : comments;
        overallComment = overallComment == null ? "" : overallComment;
    }
}
