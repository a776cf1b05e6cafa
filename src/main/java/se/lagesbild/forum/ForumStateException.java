package se.lagesbild.forum;

import java.util.Arrays;

/**
 * A step the forum's state does not allow: registering after the deadline, changing submitted answers. Answered with
 * 409 and a page saying why in words; a {@link java.time.LocalDate} among the arguments is written out as a day in
 * the reader's language ("måndag 23 februari 2026").
 */
public class ForumStateException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public ForumStateException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
