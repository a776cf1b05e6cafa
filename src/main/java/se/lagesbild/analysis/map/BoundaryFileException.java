package se.lagesbild.analysis.map;

import java.util.List;

/**
 * A boundary file that is refused as a whole, with the reason as a message key and its arguments (never text from the
 * file beyond codes, so nothing personal reaches the logs). Nothing is stored when it is thrown.
 */
public class BoundaryFileException extends RuntimeException {

    private final String messageKey;
    private final List<Object> args;

    BoundaryFileException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }
}
