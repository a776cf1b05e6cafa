package se.lagesbild.reporting;

/** A report's place and state, without its answers: what lists and overviews need. */
public record ReportSummary(long id, ReportKind kind, long municipalityId, Long unitId, String periodCode,
                            ReportStatus status) {
}
