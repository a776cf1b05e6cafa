package se.lagesbild.shared;

import java.util.ArrayList;
import java.util.List;

import se.lagesbild.shared.personaldata.PersonalDataGuard;
import se.lagesbild.shared.personaldata.PersonalDataMessages;

/**
 * Texts of one form were refused: every problem at once, each at its field, so that the page shows them all and keeps
 * what was typed. {@link Checks} collects them: too long, personal data, or a rule of the domain.
 */
public class RefusedInputException extends RuntimeException {

    /** A problem at one field: a message code and its arguments. */
    public record Problem(String field, String code, Object[] arguments) {
    }

    private final List<Problem> problems;

    public RefusedInputException(List<Problem> problems) {
        super("Refused input at " + problems.stream().map(Problem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    public static Checks checks() {
        return new Checks();
    }

    /** The checks of one form's fields, refused together by {@link #throwIfAny()}. */
    public static final class Checks {

        /** The message shown when a text is longer than its field allows; argument: the maximum. */
        public static final String TOO_LONG = "input.tooLong";

        private final List<Problem> problems = new ArrayList<>();

        private Checks() {
        }

        /** A free text: at most {@code max} characters and no personal data. */
        public Checks text(String field, String text, int max) {
            String value = text == null ? "" : text;
            if (value.length() > max) {
                return problem(field, TOO_LONG, max);
            }
            var findings = PersonalDataGuard.find(value);
            if (!findings.isEmpty()) {
                problems.add(new Problem(field, PersonalDataMessages.FOUND, PersonalDataMessages.arguments(findings)));
            }
            return this;
        }

        /** A text that must also be given. */
        public Checks required(String field, String text, int max, String missingCode) {
            if (text == null || text.isBlank()) {
                return problem(field, missingCode);
            }
            return text(field, text, max);
        }

        /** A rule of the domain broken at the field. */
        public Checks problem(String field, String code, Object... arguments) {
            problems.add(new Problem(field, code, arguments));
            return this;
        }

        public boolean isEmpty() {
            return problems.isEmpty();
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new RefusedInputException(problems);
            }
        }
    }
}
