package se.lagesbild.reporting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import se.lagesbild.form.FormDefinition;
import se.lagesbild.form.FormVersion;
import se.lagesbild.form.Forms;
import se.lagesbild.form.Question;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.organisation.Unit;
import se.lagesbild.organisation.Units;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.InvalidInputException;
import se.lagesbild.shared.NotFoundException;
import se.lagesbild.shared.OutOfScopeException;
import se.lagesbild.shared.Timestamps;
import se.lagesbild.shared.period.Period;
import se.lagesbild.shared.period.PeriodKind;

/** Opening, filling in and moving reports through their workflow, always within the user's scope. */
@Service
@Transactional(readOnly = true)
public class Reports {

    private final ReportRepository reports;
    private final ReportAccess access;
    private final ReportingForms reportingForms;
    private final Schedules schedules;
    private final Forms forms;
    private final Organisations organisations;
    private final Units units;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reports(ReportRepository reports, ReportAccess access, ReportingForms reportingForms, Schedules schedules,
            Forms forms, Organisations organisations, Units units, JdbcClient jdbc, TransactionTemplate transactions,
            ApplicationEventPublisher events, Clock clock) {
        this.reports = reports;
        this.events = events;
        this.access = access;
        this.reportingForms = reportingForms;
        this.schedules = schedules;
        this.forms = forms;
        this.organisations = organisations;
        this.units = units;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Report get(CurrentUser user, long id) {
        Report report = reports.findById(id).orElseThrow(() -> new NotFoundException("report " + id));
        if (!access.mayRead(user, report)) {
            throw new OutOfScopeException("report " + id, report.municipalityId());
        }
        return report;
    }

    public boolean mayFillIn(CurrentUser user, Report report) {
        return access.mayFillIn(user, report) && report.status().isEditable();
    }

    public boolean mayReview(CurrentUser user, Report report) {
        return access.mayReview(user, report);
    }

    /** The exact questions the report is answered on: its form version and the municipality's extension version. */
    public FormDefinition definitionOf(Report report) {
        FormVersion base = forms.version(report.formVersionId());
        FormVersion extension = report.extensionVersionId() == null ? null : forms.version(report.extensionVersionId());
        return Forms.combine(base, extension);
    }

    /** The unit's contribution for a week, started on the form that applies now if there is none yet. */
    @Transactional
    public Report contribution(CurrentUser user, long unitId, String weekCode) {
        Unit unit = units.get(user, unitId);
        Period week = period(weekCode, schedules.contributions(unit.municipalityId()).periodKind());
        Report report = reports.findBySubjectAndPeriod("unit:" + unit.id(), week.code()).orElseGet(() -> {
            FormVersion version = reportingForms.contributionForm(unit.municipalityId());
            return Report.contribution(unit.municipalityId(), unit.id(), week.code(), version.id(),
                    extensionId(version, unit.municipalityId()), user.getUsername(), clock.instant());
        });
        requireFillIn(user, report);
        return report.id() == null ? started(report, user) : report;
    }

    /** The municipality's picture for a month, started on the county's picture form if there is none yet. */
    @Transactional
    public Report picture(CurrentUser user, long municipalityId, String monthCode) {
        Organisation municipality = organisations.get(municipalityId);
        if (!organisations.covers(user.scope(), municipality)) {
            throw new OutOfScopeException("municipality " + municipalityId, municipalityId);
        }
        Period month = period(monthCode, schedules.pictures(municipality.parentId()).periodKind());
        Report report = reports.findBySubjectAndPeriod("municipality:" + municipalityId, month.code()).orElseGet(() -> {
            FormVersion version = reportingForms.pictureForm(municipality.parentId());
            return Report.picture(municipalityId, month.code(), version.id(), extensionId(version, municipalityId),
                    user.getUsername(), clock.instant());
        });
        requireFillIn(user, report);
        return report.id() == null ? started(report, user) : report;
    }

    private Report started(Report report, CurrentUser user) {
        Report saved = reports.save(report);
        events.publishEvent(new ReportEvents.ReportStarted(saved.id(), saved.kind(), saved.municipalityId(),
                saved.periodCode(), user.getUsername()));
        return saved;
    }

    /** What a page save did: answers refused by the rules, and answers someone else changed meanwhile. */
    public record PageSave(List<AnswerProblem> problems, Map<String, String> conflicts) {

        public boolean complete() {
            return problems.isEmpty() && conflicts.isEmpty();
        }
    }

    /**
     * Saves every answer of the page. Each answer carries the value the page showed ({@code previous}); an answer
     * someone else changed since is not overwritten but returned as a conflict with their value, while all other
     * answers are saved. Answers that break a rule are not stored and come back as problems.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public PageSave saveAnswers(CurrentUser user, long id, Map<String, List<String>> input,
                                Map<String, String> previous) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> saveAnswersOnce(user, id, input, previous));
            } catch (OptimisticLockingFailureException concurrentSave) {
                if (attempt == 3) {
                    throw concurrentSave;
                }
            }
        }
    }

    private PageSave saveAnswersOnce(CurrentUser user, long id, Map<String, List<String>> input,
                                     Map<String, String> previous) {
        Report report = editable(user, id);
        var problems = new ArrayList<AnswerProblem>();
        var conflicts = new java.util.LinkedHashMap<String, String>();
        for (Question question : definitionOf(report).questions().toList()) {
            if (!input.containsKey(question.key())) {
                continue;
            }
            AnswerRules.Checked checked = AnswerRules.check(question, input.get(question.key()));
            String stored = report.valueOf(question.key());
            if (checked.problem() != null) {
                problems.add(checked.problem());
            } else if (!stored.equals(previous.getOrDefault(question.key(), stored))
                    && !stored.equals(checked.value())) {
                conflicts.put(question.key(), stored);
            } else {
                setAnswer(report, question.key(), checked.value(), user);
            }
        }
        reports.save(report);
        return new PageSave(problems, conflicts);
    }

    /** What happened to one autosaved answer. */
    public record Autosave(String value, AnswerProblem problem, String conflictingValue) {

        public boolean saved() {
            return problem == null && conflictingValue == null;
        }
    }

    /**
     * Saves one answer as it is typed. {@code previous} is the value the page showed: if the stored answer is no
     * longer that, someone else changed it meanwhile and the save is refused with their value, so both can be seen.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Autosave autosave(CurrentUser user, long id, String questionKey, List<String> values, String previous) {
        for (int attempt = 1; ; attempt++) {
            try {
                // each attempt in a transaction of its own, so a retry sees the other save
                return transactions.execute(status -> autosaveOnce(user, id, questionKey, values, previous));
            } catch (OptimisticLockingFailureException concurrentSave) {
                if (attempt == 3) {
                    throw concurrentSave;
                }
                // another answer of the same report was saved at the same moment: look again
            }
        }
    }

    private Autosave autosaveOnce(CurrentUser user, long id, String questionKey, List<String> values, String previous) {
        Report report = editable(user, id);
        Question question = definitionOf(report).question(questionKey)
                .orElseThrow(() -> new NotFoundException("question " + questionKey));
        AnswerRules.Checked checked = AnswerRules.check(question, values);
        if (checked.problem() != null) {
            return new Autosave(null, checked.problem(), null);
        }
        String stored = report.valueOf(questionKey);
        if (!stored.equals(previous == null ? "" : previous)) {
            return stored.equals(checked.value()) ? new Autosave(stored, null, null) : new Autosave(null, null, stored);
        }
        setAnswer(report, questionKey, checked.value(), user);
        reports.save(report);
        return new Autosave(checked.value(), null, null);
    }

    /** One change of one answer: which question, when, by whom (not what it said). */
    public record AnswerChange(String questionKey, java.time.Instant changedAt, String changedBy) {
    }

    /** Who changed which answer when, newest first (at most the latest 500 changes). */
    public List<AnswerChange> history(Report report) {
        return jdbc.sql("""
                        select question_key, changed_at, changed_by from report_answer_change
                        where report_id = :report order by changed_at desc, id desc limit 500""")
                .param("report", report.id())
                .query((rs, row) -> new AnswerChange(rs.getString("question_key"),
                        rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by")))
                .list();
    }

    /** Submits for review; every required question that is shown must be answered first. */
    @Transactional
    public List<AnswerProblem> submit(CurrentUser user, long id) {
        Report report = editable(user, id);
        Map<String, String> answers = new HashMap<>();
        report.answers().forEach((key, answer) -> answers.put(key, answer.value()));
        List<AnswerProblem> missing = AnswerRules.missingRequired(definitionOf(report), answers);
        if (!missing.isEmpty()) {
            return missing;
        }
        report.submit(user.getUsername(), clock.instant());
        reports.save(report);
        return List.of();
    }

    @Transactional
    public Report approve(CurrentUser user, long id) {
        Report report = reviewable(user, id);
        report.approve(user.getUsername(), clock.instant());
        return reports.save(report);
    }

    @Transactional
    public Report returnToReporter(CurrentUser user, long id, String comment) {
        Report report = reviewable(user, id);
        report.returnWithComment(comment, user.getUsername(), clock.instant());
        return reports.save(report);
    }

    @Transactional
    public Report reopen(CurrentUser user, long id, String reason) {
        Report report = reviewable(user, id);
        report.reopen(reason, user.getUsername(), clock.instant());
        return reports.save(report);
    }

    private void setAnswer(Report report, String key, String value, CurrentUser user) {
        if (report.valueOf(key).equals(value)) {
            return;
        }
        report.answer(key, value, user.getUsername(), clock.instant());
        jdbc.sql("insert into report_answer_change (report_id, question_key, changed_at, changed_by) "
                        + "values (:report, :key, :at, :by)")
                .param("report", report.id()).param("key", key).param("at", Timestamps.now(clock))
                .param("by", user.getUsername())
                .update();
    }

    private Report editable(CurrentUser user, long id) {
        Report report = get(user, id);
        requireFillIn(user, report);
        if (!report.status().isEditable()) {
            throw new ReportFrozenException(report.id(), report.status());
        }
        return report;
    }

    private Report reviewable(CurrentUser user, long id) {
        Report report = get(user, id);
        if (!access.mayReview(user, report)) {
            throw new AccessDeniedException("may not review report " + id);
        }
        return report;
    }

    private void requireFillIn(CurrentUser user, Report report) {
        if (!access.mayFillIn(user, report)) {
            throw new AccessDeniedException("may not fill in report");
        }
    }

    private Long extensionId(FormVersion base, long municipalityId) {
        return forms.currentExtension(base.formId(), municipalityId).map(FormVersion::id).orElse(null);
    }

    private static Period period(String code, PeriodKind kind) {
        try {
            Period period = Period.parse(code);
            if (period.kind() != kind) {
                throw new InvalidInputException("period", "report.period.kind");
            }
            return period;
        } catch (IllegalArgumentException malformed) {
            throw new InvalidInputException("period", "report.period.invalid");
        }
    }
}
