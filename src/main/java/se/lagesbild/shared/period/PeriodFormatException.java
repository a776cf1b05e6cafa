package se.lagesbild.shared.period;

/**
 * A text is not a period code. An {@link IllegalArgumentException}, so that a bad code in a URL or a file is
 * treated like any other bad argument; the message names the input and the accepted forms.
 */
public class PeriodFormatException extends IllegalArgumentException {

    private final String input;

    public PeriodFormatException(String input, String message) {
        super(message);
        this.input = input;
    }

    /** The text that was refused; {@code null} when none was given. */
    public String input() {
        return input;
    }
}
