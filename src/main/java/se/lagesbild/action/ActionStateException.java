package se.lagesbild.action;

/** The step is not possible in the object's present state (e.g. publishing a plan that has no public page). */
public class ActionStateException extends RuntimeException {

    private final String messageKey;

    ActionStateException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
