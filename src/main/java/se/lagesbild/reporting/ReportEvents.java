package se.lagesbild.reporting;

/** Workflow steps of a report, published when they are saved; the audit trail records each. */
public final class ReportEvents {

    private ReportEvents() {
    }

    public record ReportSubmitted(long reportId, ReportKind kind, long municipalityId, String periodCode, String by) {
    }

    public record ReportApproved(long reportId, ReportKind kind, long municipalityId, String periodCode, String by) {
    }

    public record ReportReturned(long reportId, ReportKind kind, long municipalityId, String periodCode, String by) {
    }

    public record ReportReopened(long reportId, ReportKind kind, long municipalityId, String periodCode, String by) {
    }
}
