package se.lagesbild.shared;

/**
 * A rule of the domain refused one field of the user's input. Pages show the message (a message key) at that
 * field and keep everything the user typed.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public InvalidInputException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
