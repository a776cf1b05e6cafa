package se.lagesbild.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A report's place and state, without its answers: what lists and overviews need. */
public record ReportSummary(long id, ReportKind kind, long municipalityId, Long unitId, String periodCode,
                            ReportStatus status, Instant submittedAt) {

    /** Summaries by their subject (a unit's or a municipality's id), then by period code: a subjects × periods table. */
    static Map<Long, Map<String, ReportSummary>> bySubjectAndPeriod(List<ReportSummary> summaries,
                                                                   Function<ReportSummary, Long> subject) {
        return summaries.stream().collect(Collectors.groupingBy(subject,
                Collectors.toMap(ReportSummary::periodCode, Function.identity())));
    }

    /** Handed in (whatever the review says since): submitted, approved, or returned after a submission. */
    public boolean received() {
        return status == ReportStatus.SUBMITTED || status == ReportStatus.APPROVED;
    }
}
