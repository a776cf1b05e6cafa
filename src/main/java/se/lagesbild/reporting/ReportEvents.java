package se.lagesbild.reporting;

/** Workflow steps of a report, published when they are saved; the audit trail records each. */
public final class ReportEvents {

    private ReportEvents() {
    }

    /** A report was started (its first save): a picture is no longer missing. */
    public record ReportStarted(long reportId, ReportKind kind, long municipalityId, String periodCode, String by) {
    }

    /** Reports of these municipalities were written directly, not one by one (the demo history). */
    public record ReportsWrittenInBulk(java.util.List<Long> municipalityIds) {
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
