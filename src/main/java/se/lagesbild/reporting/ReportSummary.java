package se.lagesbild.reporting;

import java.time.Instant;

/** A report's place and state, without its answers: what lists and overviews need. */
public record ReportSummary(long id, ReportKind kind, long municipalityId, Long unitId, String periodCode,
                            ReportStatus status, Instant submittedAt) {

    /** Handed in (whatever the review says since): submitted, approved, or returned after a submission. */
    public boolean received() {
        return status == ReportStatus.SUBMITTED || status == ReportStatus.APPROVED;
    }
}
