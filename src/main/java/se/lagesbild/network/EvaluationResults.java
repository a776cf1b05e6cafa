package se.lagesbild.network;

import java.util.List;

import se.lagesbild.organisation.Organisation;

/**
 * The aggregated results of a closed evaluation: per priority the number of answers per rating, the mean of the
 * ratings given (without "cannot say") and the comments; the overall comments. Only a non-anonymous evaluation also
 * lists who answered what ({@link #namedAnswers()}); for an anonymous one that list is empty and the comments come in
 * random order.
 */
public record EvaluationResults(Organisation county, PriorityYear year, int respondents, int membersWithAccounts,
                                List<PriorityResult> priorities, List<String> overallComments,
                                List<NamedAnswer> namedAnswers) {

    /**
     * One priority's results: {@code counts} from "cannot say" (index 0) and then 1 to 5; {@code mean} is null when no
     * rating was given.
     */
    public record PriorityResult(int index, PriorityYear.Priority priority, List<Integer> counts, int rated,
                                 Double mean, List<String> comments) {

        public int count(int rating) {
            return counts.get(rating);
        }
    }

    /** A non-anonymous answer: the respondent's name, ratings (null: cannot say) and comments. */
    public record NamedAnswer(String name, List<Integer> ratings, List<String> comments, String overallComment) {
    }

    public boolean isClosed() {
        return year.isClosed();
    }
}
