package se.lagesbild.shared.personaldata;

/**
 * One piece of personal data in a text: what it is, where it is ({@code start} inclusive, {@code end} exclusive,
 * as in {@link String#substring(int, int)}) and the offending text itself, so a page can show what to remove.
 */
public record PersonalDataFinding(Kind kind, int start, int end, String excerpt) {

    public enum Kind {
        PERSONAL_IDENTITY_NUMBER,
        COORDINATION_NUMBER,
        PHONE_NUMBER,
        EMAIL_ADDRESS;

        /** The key of the kind's name with its article ("ett personnummer"), as it reads inside a sentence. */
        public String messageKey() {
            return "personaldata.kind." + name();
        }
    }

    public PersonalDataFinding {
        if (kind == null || excerpt == null || start < 0 || end <= start || excerpt.length() != end - start) {
            throw new IllegalArgumentException("A finding needs a kind and an excerpt that spans start to end");
        }
    }

    /** Leaves the excerpt out: a finding that reaches a log must not carry the personal data it found. */
    @Override
    public String toString() {
        return "PersonalDataFinding[kind=" + kind + ", start=" + start + ", end=" + end + "]";
    }
}
