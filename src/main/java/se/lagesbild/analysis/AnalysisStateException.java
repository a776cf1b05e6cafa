package se.lagesbild.analysis;

/** A regional analysis was asked to do what its state does not allow (e.g. edit a published one): answered 409. */
public class AnalysisStateException extends RuntimeException {
    public AnalysisStateException(String state) {
        super("Regional analysis is " + state);
    }
}
