package se.lagesbild.analysis;

/** The joint answer to "change since the previous period"; {@link #UNKNOWN} for "don't know" or no answer. */
public enum Change {
    DECREASING, UNCHANGED, INCREASING, UNKNOWN;

    /** Reads a stored CHANGE answer ({@code decreasing}, {@code unchanged}, {@code increasing}, {@code dont_know}). */
    public static Change fromAnswer(String answer) {
        if (answer == null) {
            return UNKNOWN;
        }
        return switch (answer) {
            case "decreasing" -> DECREASING;
            case "unchanged" -> UNCHANGED;
            case "increasing" -> INCREASING;
            default -> UNKNOWN;
        };
    }

    /** The arrow shown beside a level; the word is always shown too, for screen readers and print. */
    public String arrow() {
        return switch (this) {
            case DECREASING -> "↓";
            case UNCHANGED -> "→";
            case INCREASING -> "↑";
            case UNKNOWN -> "";
        };
    }
}
