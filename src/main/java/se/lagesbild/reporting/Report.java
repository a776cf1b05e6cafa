package se.lagesbild.reporting;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import se.lagesbild.reporting.ReportEvents.ReportApproved;
import se.lagesbild.reporting.ReportEvents.ReportReopened;
import se.lagesbild.reporting.ReportEvents.ReportReturned;
import se.lagesbild.reporting.ReportEvents.ReportSubmitted;
import se.lagesbild.shared.InvalidInputException;
import se.lagesbild.shared.personaldata.PersonalDataGuard;

/**
 * A contribution or a picture for one period. The workflow lives here: answers change only while the report is
 * a draft or returned; submitting, approving, returning (with a comment) and reopening (with a reason) guard their
 * state and register an event that is published when the report is saved.
 */
@Table("report")
public class Report extends AbstractAggregateRoot<Report> {

    @Id
    private Long id;
    private final ReportKind kind;
    private final String subject;
    private final Long municipalityId;
    private final Long unitId;
    private final String periodCode;
    private final Long formVersionId;
    private final Long extensionVersionId;
    private ReportStatus status;
    private String reviewComment;
    private final Instant createdAt;
    private final String createdBy;
    private Instant submittedAt;
    private String submittedBy;
    private Instant reviewedAt;
    private String reviewedBy;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "report_id", keyColumn = "question_key")
    private Map<String, Answer> answers;

    @PersistenceCreator
    Report(Long id, ReportKind kind, String subject, Long municipalityId, Long unitId, String periodCode,
           Long formVersionId, Long extensionVersionId, ReportStatus status, String reviewComment, Instant createdAt,
           String createdBy, Instant submittedAt, String submittedBy, Instant reviewedAt, String reviewedBy,
           Integer version, Map<String, Answer> answers) {
        this.id = id;
        this.kind = kind;
        this.subject = subject;
        this.municipalityId = municipalityId;
        this.unitId = unitId;
        this.periodCode = periodCode;
        this.formVersionId = formVersionId;
        this.extensionVersionId = extensionVersionId;
        this.status = status;
        this.reviewComment = reviewComment;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.reviewedAt = reviewedAt;
        this.reviewedBy = reviewedBy;
        this.version = version;
        this.answers = answers == null ? new HashMap<>() : new HashMap<>(answers);
    }

    static Report contribution(long municipalityId, long unitId, String periodCode, long formVersionId,
                               Long extensionVersionId, String by, Instant now) {
        return new Report(null, ReportKind.CONTRIBUTION, "unit:" + unitId, municipalityId, unitId, periodCode,
                formVersionId, extensionVersionId, ReportStatus.DRAFT, null, now, by, null, null, null, null, null,
                null);
    }

    static Report picture(long municipalityId, String periodCode, long formVersionId, Long extensionVersionId,
                          String by, Instant now) {
        return new Report(null, ReportKind.PICTURE, "municipality:" + municipalityId, municipalityId, null,
                periodCode, formVersionId, extensionVersionId, ReportStatus.DRAFT, null, now, by, null, null, null,
                null, null, null);
    }

    /** Sets (or, with an empty value, clears) one answer; only while the reporter holds the report. */
    void answer(String questionKey, String value, String by, Instant now) {
        requireEditable();
        if (value == null || value.isEmpty()) {
            answers.remove(questionKey);
        } else {
            answers.put(questionKey, new Answer(value, now, by));
        }
    }

    void submit(String by, Instant now) {
        requireEditable();
        status = ReportStatus.SUBMITTED;
        submittedAt = now;
        submittedBy = by;
        registerEvent(new ReportSubmitted(id, kind, municipalityId, periodCode, by));
    }

    void approve(String by, Instant now) {
        requireStatus(ReportStatus.SUBMITTED);
        reviewed(ReportStatus.APPROVED, null, by, now);
        registerEvent(new ReportApproved(id, kind, municipalityId, periodCode, by));
    }

    /** Back to the reporter with a comment that says what to change; a return without a comment helps nobody. */
    void returnWithComment(String comment, String by, Instant now) {
        requireStatus(ReportStatus.SUBMITTED);
        reviewed(ReportStatus.RETURNED, requireText(comment), by, now);
        registerEvent(new ReportReturned(id, kind, municipalityId, periodCode, by));
    }

    /** An approved report opened again by its reviewer, with the reason, so the reporter can correct it. */
    void reopen(String reason, String by, Instant now) {
        requireStatus(ReportStatus.APPROVED);
        reviewed(ReportStatus.RETURNED, requireText(reason), by, now);
        registerEvent(new ReportReopened(id, kind, municipalityId, periodCode, by));
    }

    /** The reviewer's decision: the new status, the comment that goes with it (none for an approval), who and when. */
    private void reviewed(ReportStatus next, String comment, String by, Instant now) {
        status = next;
        reviewComment = comment;
        reviewedAt = now;
        reviewedBy = by;
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new ReportFrozenException(id, status);
        }
    }

    private void requireStatus(ReportStatus required) {
        if (status != required) {
            throw new ReportFrozenException(id, status);
        }
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("comment", "report.comment.required");
        }
        if (text.length() > 2000) {
            throw new InvalidInputException("comment", "report.comment.long");
        }
        // a comment is free text like any answer: it describes the report, never a person
        PersonalDataGuard.requireNone("comment", text);
        return text.strip();
    }

    public Long id() {
        return id;
    }

    public ReportKind kind() {
        return kind;
    }

    public long municipalityId() {
        return municipalityId;
    }

    public Long unitId() {
        return unitId;
    }

    public String periodCode() {
        return periodCode;
    }

    public long formVersionId() {
        return formVersionId;
    }

    public Long extensionVersionId() {
        return extensionVersionId;
    }

    public ReportStatus status() {
        return status;
    }

    public String reviewComment() {
        return reviewComment;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public int version() {
        return version == null ? 0 : version;
    }

    public Map<String, Answer> answers() {
        return Map.copyOf(answers);
    }

    public String valueOf(String questionKey) {
        Answer answer = answers.get(questionKey);
        return answer == null ? "" : answer.value();
    }
}
