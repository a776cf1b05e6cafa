package se.lagesbild.reporting;

/** A report that is submitted or approved was asked to change; answered with 409 Conflict. */
public class ReportFrozenException extends RuntimeException {

    public ReportFrozenException(Long reportId, ReportStatus status) {
        super("report " + reportId + " is " + status);
    }
}
