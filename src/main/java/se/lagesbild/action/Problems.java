package se.lagesbild.action;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lagesbild.action.ActionEvents.ProblemRecorded;
import se.lagesbild.analysis.ApprovedLevels;
import se.lagesbild.analysis.ApprovedLevels.ApprovedCell;
import se.lagesbild.analysis.RecurringProblems;
import se.lagesbild.analysis.RecurringProblems.RecurringProblem;
import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.NotFoundException;
import se.lagesbild.shared.RefusedInputException;
import se.lagesbild.shared.StaleEditException;
import se.lagesbild.shared.period.Period;

/**
 * Problems and their cause analysis. A problem can only be written down from an approved picture: from one
 * municipality's cell (theme and period), or from a theme that recurs in the county's municipalities in a period. The
 * cells it rests on are recorded as its evidence then, so that every plan and measure built on it traces back.
 */
@Service
public class Problems {

    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 4000;
    static final int CAUSE_MAX = 2000;

    /** The approved cell a municipality's problem is about to be written down from. */
    public record CellSource(Organisation county, Organisation municipality, MeasuredTheme theme, Period period,
                             ApprovedCell cell) {
    }

    /** The recurring theme a county's joint problem is about to be written down from. */
    public record RecurringSource(Organisation county, MeasuredTheme theme, Period period, int minMunicipalities,
                                  List<EvidenceView> members) {
    }

    /** A piece of evidence with its municipality and period. */
    public record EvidenceView(Organisation municipality, Period period, Long pictureId, Integer level) {
    }

    /** A problem with everything its page shows. */
    public record ProblemView(Problem problem, Organisation county, Organisation municipality,
                              List<EvidenceView> evidence, List<Cause> causes, Set<Long> causesInUse,
                              List<ActionPlan> plans, boolean writable) {
    }

    private final ProblemRepository problems;
    private final CauseRepository causes;
    private final ActionPlanRepository plans;
    private final ActionAccess access;
    private final ApprovedLevels levels;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Problems(ProblemRepository problems, CauseRepository causes, ActionPlanRepository plans, ActionAccess access,
             ApprovedLevels levels, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.problems = problems;
        this.causes = causes;
        this.plans = plans;
        this.access = access;
        this.levels = levels;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The approved cell for the new-problem form, for the municipality's coordinator. A cell whose picture is not
     * approved is refused: only the joint, approved assessment is a basis for action.
     */
    @Transactional(readOnly = true)
    public CellSource cellSource(CurrentUser user, String municipalityCode, String themeKey, String periodCode) {
        Organisation municipality = access.municipality(municipalityCode);
        Organisation county = access.countyOf(municipality);
        access.requireWrite(user, county.id(), municipality.id(), "problems of " + municipalityCode);
        MeasuredTheme theme = ApprovedLevels.theme(themeKey);
        Period period = levels.period(county, periodCode);
        ApprovedCell cell = levels.cell(municipality, period, theme)
                .orElseThrow(() -> new ActionStateException("action.problem.notApproved"));
        return new CellSource(county, municipality, theme, period, cell);
    }

    /** The recurring theme for the new joint-problem form, for the county's coordinators. */
    @Transactional(readOnly = true)
    public RecurringSource recurringSource(CurrentUser user, String countyCode, String themeKey, String periodCode,
                                           Integer minMunicipalities) {
        Organisation county = access.county(countyCode);
        access.requireWrite(user, county.id(), null, "joint problems of " + countyCode);
        MeasuredTheme theme = ApprovedLevels.theme(themeKey);
        Period period = levels.period(county, periodCode);
        int min = minMunicipalities == null || minMunicipalities < 1 ? RecurringProblems.DEFAULT_MIN_MUNICIPALITIES
                : minMunicipalities;
        RecurringProblem recurring = levels.recurring(county, period, theme, min)
                .orElseThrow(() -> new ActionStateException("action.problem.notRecurring"));
        Map<Long, Long> pictures = levels.approvedPictures(recurring.members().stream()
                .map(RecurringProblems.Member::municipalityId).toList(), period);
        var members = recurring.members().stream()
                .filter(member -> pictures.containsKey(member.municipalityId()))
                .map(member -> new EvidenceView(access.organisation(member.municipalityId()), period,
                        pictures.get(member.municipalityId()), member.level()))
                .toList();
        return new RecurringSource(county, theme, period, min, members);
    }

    @Transactional
    public Problem recordFromCell(CurrentUser user, String municipalityCode, String themeKey, String periodCode,
                                  String title, String description) {
        CellSource source = cellSource(user, municipalityCode, themeKey, periodCode);
        check(title, description);
        var evidence = Set.of(new Evidence(source.municipality().id(), source.period().code(),
                source.cell().pictureId(), source.cell().level()));
        return record(user, Problem.found(source.county().id(), source.municipality().id(), source.theme(),
                source.period().code(), title.strip(), description.strip(), evidence, user.getUsername(),
                clock.instant()), source.municipality().id());
    }

    @Transactional
    public Problem recordRecurring(CurrentUser user, String countyCode, String themeKey, String periodCode,
                                   Integer minMunicipalities, String title, String description) {
        RecurringSource source = recurringSource(user, countyCode, themeKey, periodCode, minMunicipalities);
        check(title, description);
        var evidence = new HashSet<Evidence>();
        source.members().forEach(member -> evidence.add(new Evidence(member.municipality().id(),
                source.period().code(), member.pictureId(), member.level())));
        if (evidence.isEmpty()) {
            throw new ActionStateException("action.problem.notRecurring");
        }
        return record(user, Problem.found(source.county().id(), null, source.theme(), source.period().code(),
                title.strip(), description.strip(), evidence, user.getUsername(), clock.instant()),
                source.county().id());
    }

    private Problem record(CurrentUser user, Problem problem, long organisationId) {
        Problem saved = problems.save(problem);
        events.publishEvent(new ProblemRecorded(saved.id(), organisationId, user.getUsername()));
        return saved;
    }

    @Transactional(readOnly = true)
    public ProblemView view(CurrentUser user, long id) {
        Problem problem = readable(user, id);
        List<Cause> found = causes.findByProblems(List.of(id));
        return new ProblemView(problem, access.organisation(problem.countyId()),
                problem.municipalityId() == null ? null : access.organisation(problem.municipalityId()),
                evidence(problem), found, causesInUse(id), plans.findByProblem(id),
                access.writes(user, problem.countyId(), problem.municipalityId()));
    }

    /** Edits the title, description and status; {@code expectedVersion} is the version the form was opened on. */
    @Transactional
    public Problem describe(CurrentUser user, long id, int expectedVersion, String title, String description,
                            ProblemStatus status) {
        Problem problem = writable(user, id);
        check(title, description);
        if (problem.version() != expectedVersion) {
            throw new StaleEditException("problem " + id);
        }
        problem.describe(title.strip(), description.strip(), status == null ? problem.status() : status,
                user.getUsername(), clock.instant());
        try {
            return problems.save(problem);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEditException("problem " + id);
        }
    }

    /** Adds a likely cause to the problem's cause analysis. */
    @Transactional
    public Cause addCause(CurrentUser user, long problemId, Perspective perspective, String description,
                          String basis) {
        Problem problem = writable(user, problemId);
        var checks = RefusedInputException.checks()
                .required("description", description, CAUSE_MAX, "action.cause.description.required")
                .text("basis", basis, CAUSE_MAX);
        if (perspective == null) {
            checks.problem("perspective", "action.cause.perspective.required");
        }
        checks.throwIfAny();
        return causes.save(new Cause(null, problem.id(), perspective, description.strip(),
                basis == null ? "" : basis.strip(), clock.instant(), user.getUsername()));
    }

    /** Removes a cause nobody's measure answers to; one in use stays, or the measure would lose its trace. */
    @Transactional
    public void removeCause(CurrentUser user, long problemId, long causeId) {
        writable(user, problemId);
        Cause cause = causes.findById(causeId).filter(found -> found.problemId() == problemId)
                .orElseThrow(() -> new NotFoundException("cause " + causeId));
        if (causesInUse(problemId).contains(causeId)) {
            throw new ActionStateException("action.cause.inUse");
        }
        try {
            causes.delete(cause);
        } catch (DataIntegrityViolationException e) {
            // a measure took it up meanwhile
            throw new ActionStateException("action.cause.inUse");
        }
    }

    Problem readable(CurrentUser user, long id) {
        Problem problem = problems.findById(id).orElseThrow(() -> new NotFoundException("problem " + id));
        access.requireRead(user, problem.countyId(), problem.municipalityId(), "problem " + id);
        return problem;
    }

    private Problem writable(CurrentUser user, long id) {
        Problem problem = problems.findById(id).orElseThrow(() -> new NotFoundException("problem " + id));
        access.requireWrite(user, problem.countyId(), problem.municipalityId(), "problem " + id);
        return problem;
    }

    List<EvidenceView> evidence(Problem problem) {
        return problem.evidence().stream().map(e -> new EvidenceView(access.organisation(e.municipalityId()),
                Period.parse(e.periodCode()), e.pictureId(), e.level())).toList();
    }

    private Set<Long> causesInUse(long problemId) {
        return new HashSet<>(jdbc.sql("""
                        select distinct b.cause_id from measure_basis b
                        where b.problem_id = :problem and b.cause_id is not null""")
                .param("problem", problemId).query(Long.class).list());
    }

    private static void check(String title, String description) {
        RefusedInputException.checks()
                .required("title", title, TITLE_MAX, "action.title.required")
                .text("description", description, DESCRIPTION_MAX)
                .throwIfAny();
    }
}
