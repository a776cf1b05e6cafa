package se.lagesbild.reporting.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import se.lagesbild.reporting.ReportKind;
import se.lagesbild.reporting.ReportStatus;

/**
 * One generated report with its answers (question key → stored value) and, for a picture the working group has met
 * on, its meeting; ready to be written.
 */
record DemoReport(ReportKind kind, long municipalityId, Long unitId, String periodCode, ReportStatus status,
                  String reviewComment, Instant createdAt, String createdBy, Instant submittedAt, String submittedBy,
                  Instant reviewedAt, String reviewedBy, Map<String, String> answers, DemoMeeting meeting) {

    /** The working group's meeting: its day, the sectors present (enum names in enum order) and short minutes. */
    record DemoMeeting(LocalDate date, String participants, String minutes) {
    }

    String subject() {
        return unitId != null ? "unit:" + unitId : "municipality:" + municipalityId;
    }

    /** When the answers were last saved: just before submitting, or a little after a draft was started. */
    Instant answeredAt() {
        return submittedAt != null ? submittedAt.minusSeconds(600) : createdAt.plusSeconds(1200);
    }

    String answeredBy() {
        return submittedBy != null ? submittedBy : createdBy;
    }
}
