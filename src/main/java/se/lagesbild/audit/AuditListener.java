package se.lagesbild.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import se.lagesbild.action.ActionEvents.ActionPlanCreated;
import se.lagesbild.action.ActionEvents.CitizenPromisePublished;
import se.lagesbild.action.ActionEvents.CitizenPromiseWithdrawn;
import se.lagesbild.action.ActionEvents.FollowUpRecorded;
import se.lagesbild.action.ActionEvents.MeasureAdded;
import se.lagesbild.action.ActionEvents.ProblemRecorded;
import se.lagesbild.form.FormEvents.FormCreated;
import se.lagesbild.forum.ForumEvents.AnswersSubmitted;
import se.lagesbild.forum.ForumEvents.ForumChanged;
import se.lagesbild.forum.ForumEvents.ForumCreated;
import se.lagesbild.forum.ForumEvents.ParticipantsRegistered;
import se.lagesbild.knowledge.KnowledgeEvents.AttachmentAdded;
import se.lagesbild.knowledge.KnowledgeEvents.AttachmentRemoved;
import se.lagesbild.knowledge.KnowledgeEvents.ItemChanged;
import se.lagesbild.knowledge.KnowledgeEvents.ItemCreated;
import se.lagesbild.form.FormEvents.FormImported;
import se.lagesbild.form.FormEvents.FormVersionPublished;
import se.lagesbild.analysis.AnalysisEvents.RegionalAnalysisPublished;
import se.lagesbild.analysis.AnalysisEvents.RegionalAnalysisWithdrawn;
import se.lagesbild.analysis.AnalysisEvents.SignalAcknowledged;
import se.lagesbild.analysis.map.MapBoundariesImported;
import se.lagesbild.form.FormEvents.FormVersionRetired;
import se.lagesbild.organisation.OrganisationEvents.AccountChanged;
import se.lagesbild.reporting.ReportEvents.ReportApproved;
import se.lagesbild.reporting.ReportEvents.ReportReopened;
import se.lagesbild.reporting.ReportEvents.ReportReturned;
import se.lagesbild.reporting.ReportEvents.ReportSubmitted;
import se.lagesbild.reporting.ReportKind;
import se.lagesbild.organisation.OrganisationEvents.AccountCreated;
import se.lagesbild.organisation.OrganisationEvents.UnitChanged;
import se.lagesbild.organisation.OrganisationEvents.UnitRegistered;
import se.lagesbild.shared.SecurityEvents.AccessDenied;
import se.lagesbild.shared.SecurityEvents.LoginFailed;
import se.lagesbild.shared.SecurityEvents.LoginSucceeded;

/**
 * Turns events into audit entries. Deliberately synchronous, inside the publisher's transaction: an account change
 * and its audit entry are committed together or not at all.
 */
@Component
class AuditListener {

    private final AuditTrail trail;

    AuditListener(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(LoginSucceeded event) {
        trail.record(AuditKind.LOGIN_SUCCEEDED, event.username(), event.organisationId(), null, null,
                event.remoteAddress());
    }

    @EventListener
    void on(LoginFailed event) {
        trail.record(AuditKind.LOGIN_FAILED, event.username(), null, null, event.reason(), event.remoteAddress());
    }

    @EventListener
    void on(AccessDenied event) {
        trail.record(AuditKind.ACCESS_DENIED, event.username(), event.organisationId(), event.target(), null,
                event.remoteAddress());
    }

    @EventListener
    void on(AccountCreated event) {
        trail.record(AuditKind.ACCOUNT_CREATED, event.by(), event.organisationId(), "account:" + event.username(),
                "role=" + event.role(), remoteAddress());
    }

    @EventListener
    void on(AccountChanged event) {
        trail.record(AuditKind.ACCOUNT_CHANGED, event.by(), event.organisationId(), "account:" + event.username(),
                event.what() + " role=" + event.role(), remoteAddress());
    }

    @EventListener
    void on(UnitRegistered event) {
        trail.record(AuditKind.UNIT_REGISTERED, event.by(), event.municipalityId(), "unit:" + event.unitId(), null,
                remoteAddress());
    }

    @EventListener
    void on(UnitChanged event) {
        trail.record(AuditKind.UNIT_CHANGED, event.by(), event.municipalityId(), "unit:" + event.unitId(), null,
                remoteAddress());
    }

    @EventListener
    void on(FormCreated event) {
        trail.record(AuditKind.FORM_CREATED, event.by(), event.ownerId(), "form:" + event.formKey(), null,
                remoteAddress());
    }

    @EventListener
    void on(FormVersionPublished event) {
        trail.record(AuditKind.FORM_VERSION_PUBLISHED, event.by(), event.ownerId(), "form-version:" + event.versionId(),
                "number=" + event.number(), remoteAddress());
    }

    @EventListener
    void on(FormVersionRetired event) {
        trail.record(AuditKind.FORM_VERSION_RETIRED, event.by(), event.ownerId(), "form-version:" + event.versionId(),
                "number=" + event.number(), remoteAddress());
    }

    @EventListener
    void on(FormImported event) {
        trail.record(AuditKind.FORM_IMPORTED, event.by(), event.ownerId(), "form-version:" + event.versionId(),
                "format=" + event.format(), remoteAddress());
    }

    @EventListener
    void on(SignalAcknowledged event) {
        trail.record(AuditKind.SIGNAL_ACKNOWLEDGED, event.by(), event.countyId(), "signal:" + event.signalKey(), null,
                remoteAddress());
    }

    @EventListener
    void on(RegionalAnalysisPublished event) {
        trail.record(AuditKind.REGIONAL_ANALYSIS_PUBLISHED, event.by(), event.countyId(),
                "regional-analysis:" + event.analysisId(), "period=" + event.periodCode(), remoteAddress());
    }

    @EventListener
    void on(RegionalAnalysisWithdrawn event) {
        trail.record(AuditKind.REGIONAL_ANALYSIS_WITHDRAWN, event.by(), event.countyId(),
                "regional-analysis:" + event.analysisId(), "period=" + event.periodCode(), remoteAddress());
    }

    @EventListener
    void on(ReportSubmitted event) {
        report(AuditKind.REPORT_SUBMITTED, event.by(), event.municipalityId(), event.reportId(), event.kind(),
                event.periodCode());
    }

    @EventListener
    void on(ReportApproved event) {
        report(AuditKind.REPORT_APPROVED, event.by(), event.municipalityId(), event.reportId(), event.kind(),
                event.periodCode());
    }

    @EventListener
    void on(ReportReturned event) {
        report(AuditKind.REPORT_RETURNED, event.by(), event.municipalityId(), event.reportId(), event.kind(),
                event.periodCode());
    }

    @EventListener
    void on(ReportReopened event) {
        report(AuditKind.REPORT_REOPENED, event.by(), event.municipalityId(), event.reportId(), event.kind(),
                event.periodCode());
    }

    /** National data without an organisation, so only national scopes read it; never the file's name. */
    @EventListener
    void on(MapBoundariesImported event) {
        trail.record(AuditKind.MAP_BOUNDARIES_IMPORTED, event.by(), null, "map-boundaries",
                "features=" + event.featureCount() + " matched=" + event.matchedCount() + " unmatched="
                        + event.unmatchedCount(), remoteAddress());
    }

    /** Never the comment or any answer: only which report moved to which step. */
    private void report(AuditKind kind, String by, long municipalityId, long reportId, ReportKind reportKind,
                        String periodCode) {
        trail.record(kind, by, municipalityId, "report:" + reportId, reportKind + " " + periodCode, remoteAddress());
    }

    @EventListener
    void on(ProblemRecorded event) {
        trail.record(AuditKind.PROBLEM_RECORDED, event.by(), event.organisationId(), "problem:" + event.problemId(),
                null, remoteAddress());
    }

    @EventListener
    void on(ActionPlanCreated event) {
        trail.record(AuditKind.ACTION_PLAN_CREATED, event.by(), event.organisationId(), "plan:" + event.planId(),
                event.kind().name(), remoteAddress());
    }

    @EventListener
    void on(MeasureAdded event) {
        trail.record(AuditKind.MEASURE_ADDED, event.by(), event.organisationId(), "measure:" + event.measureId(),
                "plan=" + event.planId(), remoteAddress());
    }

    @EventListener
    void on(FollowUpRecorded event) {
        trail.record(AuditKind.FOLLOW_UP_RECORDED, event.by(), event.organisationId(),
                "follow-up:" + event.followUpId(), "measure=" + event.measureId(), remoteAddress());
    }

    @EventListener
    void on(CitizenPromisePublished event) {
        trail.record(AuditKind.CITIZEN_PROMISE_PUBLISHED, event.by(), event.organisationId(),
                "plan:" + event.planId(), null, remoteAddress());
    }

    @EventListener
    void on(CitizenPromiseWithdrawn event) {
        trail.record(AuditKind.CITIZEN_PROMISE_WITHDRAWN, event.by(), event.organisationId(),
                "plan:" + event.planId(), null, remoteAddress());
    }

    @EventListener
    void on(ItemCreated event) {
        trail.record(AuditKind.KNOWLEDGE_ITEM_CREATED, event.by(), event.organisationId(),
                "knowledge:" + event.itemId(), event.kind().name(), remoteAddress());
    }

    @EventListener
    void on(ItemChanged event) {
        trail.record(AuditKind.KNOWLEDGE_ITEM_CHANGED, event.by(), event.organisationId(),
                "knowledge:" + event.itemId(), null, remoteAddress());
    }

    @EventListener
    void on(AttachmentAdded event) {
        trail.record(AuditKind.KNOWLEDGE_ATTACHMENT_ADDED, event.by(), event.organisationId(),
                "knowledge-attachment:" + event.attachmentId(),
                "item=" + event.itemId() + " " + event.type().name() + " " + event.sizeBytes() + " bytes",
                remoteAddress());
    }

    @EventListener
    void on(AttachmentRemoved event) {
        trail.record(AuditKind.KNOWLEDGE_ATTACHMENT_REMOVED, event.by(), event.organisationId(),
                "knowledge-attachment:" + event.attachmentId(), "item=" + event.itemId(), remoteAddress());
    }

    @EventListener
    void on(ForumCreated event) {
        trail.record(AuditKind.FORUM_CREATED, event.by(), event.countyId(), "forum:" + event.forumId(),
                event.kind().name(), remoteAddress());
    }

    @EventListener
    void on(ForumChanged event) {
        trail.record(AuditKind.FORUM_CHANGED, event.by(), event.countyId(), "forum:" + event.forumId(), null,
                remoteAddress());
    }

    @EventListener
    void on(ParticipantsRegistered event) {
        trail.record(AuditKind.FORUM_PARTICIPANTS_REGISTERED, event.by(), event.municipalityId(),
                "forum:" + event.forumId(), "participants=" + event.participants(), remoteAddress());
    }

    @EventListener
    void on(AnswersSubmitted event) {
        trail.record(AuditKind.FORUM_ANSWERS_SUBMITTED, event.by(), event.municipalityId(),
                "forum:" + event.forumId(), null, remoteAddress());
    }

    private static String remoteAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }
}
