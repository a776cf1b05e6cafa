package se.lagesbild.network;

/**
 * The step is not possible in the object's present state: changing priorities whose evaluation is opened, answering
 * an evaluation that is closed or not opened, opening one twice. Answered with 409 and the reason in words.
 */
public class NetworkStateException extends RuntimeException {

    private final String messageKey;

    NetworkStateException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
