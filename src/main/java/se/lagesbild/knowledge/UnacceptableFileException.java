package se.lagesbild.knowledge;

/**
 * An uploaded file that is not accepted, with the message saying why. Holds a message code only, never anything from
 * the file, so that nothing of it reaches a log.
 */
class UnacceptableFileException extends RuntimeException {

    private final String messageCode;
    private final transient Object[] arguments;

    UnacceptableFileException(String messageCode, Object... arguments) {
        super(messageCode);
        this.messageCode = messageCode;
        this.arguments = arguments;
    }

    String messageCode() {
        return messageCode;
    }

    Object[] arguments() {
        return arguments;
    }
}
