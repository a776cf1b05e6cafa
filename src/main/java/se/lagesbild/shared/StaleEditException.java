package se.lagesbild.shared;

/** Someone else saved the same object after this user opened it; their change must not be overwritten. */
public class StaleEditException extends RuntimeException {

    public StaleEditException(String what) {
        super(what);
    }
}
