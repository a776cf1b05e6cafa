package se.lagesbild.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lagesbild.analysis.ApprovedLevels;
import se.lagesbild.analysis.LevelGrid;
import se.lagesbild.analysis.RecurringProblems.RecurringProblem;
import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.Role;
import se.lagesbild.shared.period.Period;
import se.lagesbild.shared.period.SwedishCalendar;

/**
 * The lists of problems, plans and follow-ups for a municipality and for a county, each read with a few set-based
 * queries for the whole organisation (never one per plan), and the follow-ups that are due for a coordinator.
 */
@Service
public class ActionOverviews {

    /** Follow-ups due within this many days are listed as coming up. */
    static final int DUE_SOON_DAYS = 14;

    /** How many of a municipality's latest periods its page offers as cells to write a problem down from. */
    static final int RECENT_PERIODS = 6;

    /** A problem in a list. {@code municipality} is null for a joint problem. */
    public record ProblemRow(long id, String title, MeasuredTheme theme, Period period, ProblemStatus status,
                             Organisation municipality, int causes, int plans) {
    }

    /** A plan in a list with its measures by status and its follow-ups still to record. */
    public record PlanRow(long id, PlanKind kind, String title, LocalDate startsOn, LocalDate endsOn,
                          PlanStatus status, Organisation owner, boolean published, Map<MeasureStatus, Integer> measures,
                          int openFollowUps, int overdueFollowUps, Set<MeasuredTheme> themes) {

        public int measureCount() {
            return measures.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** A follow-up not recorded yet whose day has come or is near. */
    public record DueFollowUp(long followUpId, long measureId, long planId, String planTitle, String measureTitle,
                              LocalDate dueOn, boolean overdue, Organisation owner) {
    }

    /** A theme recurring in the county now, and the joint work on it. */
    public record RecurringCoverage(MeasuredTheme theme, Period period, List<Organisation> municipalities,
                                    List<ProblemRow> jointProblems, List<PlanRow> jointPlans,
                                    int municipalitiesWithOwnPlan) {

        public boolean hasJointPlan() {
            return !jointPlans.isEmpty();
        }
    }

    /**
     * A municipality's work. {@code recent} holds its approved assessments of the last {@value #RECENT_PERIODS}
     * periods, the cells a problem can be written down from; only for those who write its problems, otherwise null.
     */
    public record MunicipalityOverview(Organisation municipality, Organisation county, List<ProblemRow> problems,
                                       List<PlanRow> plans, List<DueFollowUp> due, boolean writable,
                                       LevelGrid recent) {
    }

    public record CountyOverview(Organisation county, List<ProblemRow> problems, List<PlanRow> plans,
                                 Map<MeasureStatus, Integer> measuresByStatus, List<RecurringCoverage> recurring,
                                 Period recurringPeriod, List<DueFollowUp> due, boolean writable) {
    }

    private final ActionAccess access;
    private final ApprovedLevels levels;
    private final JdbcClient jdbc;
    private final Clock clock;

    ActionOverviews(ActionAccess access, ApprovedLevels levels, JdbcClient jdbc, Clock clock) {
        this.access = access;
        this.levels = levels;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A municipality's own problems and plans, and the county's joint ones it is part of. */
    @Transactional(readOnly = true)
    public MunicipalityOverview municipality(CurrentUser user, String code) {
        Organisation municipality = access.municipality(code);
        Organisation county = access.countyOf(municipality);
        access.requireRead(user, county.id(), municipality.id(), "actions of " + code);
        List<ProblemRow> problems = problems(county.id(), municipality.id());
        List<PlanRow> plans = plans(county.id(), municipality.id());
        boolean writable = access.writes(user, county.id(), municipality.id());
        return new MunicipalityOverview(municipality, county, problems, plans,
                due(county.id(), municipality.id(), today().plusDays(DUE_SOON_DAYS)), writable,
                writable ? levels.recent(municipality, county, RECENT_PERIODS) : null);
    }

    /** Every plan of the county, its measures by status, and the recurring problems with and without joint plans. */
    @Transactional(readOnly = true)
    public CountyOverview county(CurrentUser user, String code) {
        Organisation county = access.county(code);
        if (user.role() != Role.ADMIN && !(user.role() == Role.COUNTY_COORDINATOR
                && county.id().equals(user.scope().countyId()))) {
            throw new se.lagesbild.shared.OutOfScopeException("action overview of " + code, county.id());
        }
        List<ProblemRow> problems = problems(county.id(), null);
        List<PlanRow> plans = plans(county.id(), null);
        var byStatus = new EnumMap<MeasureStatus, Integer>(MeasureStatus.class);
        for (MeasureStatus status : MeasureStatus.values()) {
            byStatus.put(status, plans.stream().mapToInt(plan -> plan.measures().getOrDefault(status, 0)).sum());
        }
        Period period = levels.lastCompleted(county);
        List<RecurringCoverage> recurring = levels.recurringRecently(county).stream()
                .map(found -> coverage(found, problems, plans)).toList();
        return new CountyOverview(county, problems, plans, byStatus, recurring, period,
                due(county.id(), null, today().plusDays(DUE_SOON_DAYS)), access.writes(user, county.id(), null));
    }

    /**
     * The follow-ups the user should record: not recorded and due within {@value #DUE_SOON_DAYS} days or overdue, of
     * the plans the user writes (a municipal coordinator's municipality, a county coordinator's joint plans).
     */
    @Transactional(readOnly = true)
    public List<DueFollowUp> dueFor(CurrentUser user) {
        Long county = user.scope().countyId();
        if (user.role() == Role.MUNICIPAL_COORDINATOR && user.scope().municipalityId() != null) {
            return due(county, user.scope().municipalityId(), today().plusDays(DUE_SOON_DAYS));
        }
        if (user.role() == Role.COUNTY_COORDINATOR && county != null) {
            return due(county, null, today().plusDays(DUE_SOON_DAYS)).stream()
                    .filter(followUp -> followUp.owner().isCounty()).toList();
        }
        return List.of();
    }

    private RecurringCoverage coverage(RecurringProblem found, List<ProblemRow> problems, List<PlanRow> plans) {
        List<ProblemRow> joint = problems.stream()
                .filter(problem -> problem.municipality() == null && problem.theme() == found.theme()).toList();
        List<PlanRow> jointPlans = plans.stream()
                .filter(plan -> plan.owner().isCounty() && plan.themes().contains(found.theme())).toList();
        Set<Long> members = found.members().stream().map(member -> member.municipalityId())
                .collect(Collectors.toSet());
        int withOwn = (int) plans.stream()
                .filter(plan -> plan.owner().isMunicipality() && members.contains(plan.owner().id())
                        && plan.themes().contains(found.theme()))
                .map(plan -> plan.owner().id()).distinct().count();
        return new RecurringCoverage(found.theme(), found.period(),
                found.members().stream().map(member -> access.organisation(member.municipalityId())).toList(),
                joint, jointPlans, withOwn);
    }

    /** Problems of the county (all, or one municipality's own and the joint ones it is part of). */
    private List<ProblemRow> problems(long countyId, Long municipalityId) {
        return jdbc.sql("""
                        select p.id, p.title, p.theme, p.period_code, p.status, p.municipality_id,
                               (select count(*) from problem_cause c where c.problem_id = p.id) as causes,
                               (select count(*) from action_plan_goal g where g.problem_id = p.id) as plans
                        from problem p
                        where p.county_id = :county
                          and (cast(:municipality as bigint) is null or p.municipality_id = :municipality
                               or (p.municipality_id is null and exists (
                                   select 1 from problem_evidence e
                                   where e.problem_id = p.id and e.municipality_id = :municipality)))
                        order by p.created_at desc, p.id desc""")
                .param("county", countyId).param("municipality", municipalityId)
                .query((rs, row) -> {
                    // null for a joint problem (read as an object: wasNull() would answer for a later column)
                    Long municipality = rs.getObject("municipality_id", Long.class);
                    return new ProblemRow(rs.getLong("id"), rs.getString("title"),
                            MeasuredTheme.fromKey(rs.getString("theme")).orElseThrow(),
                            Period.parse(rs.getString("period_code")),
                            ProblemStatus.valueOf(rs.getString("status")),
                            municipality == null ? null : access.organisation(municipality), rs.getInt("causes"),
                            rs.getInt("plans"));
                })
                .list();
    }

    /** Plans of the county (all, or one municipality's own and the joint ones it is part of). */
    private List<PlanRow> plans(long countyId, Long municipalityId) {
        var measures = new HashMap<Long, Map<MeasureStatus, Integer>>();
        jdbc.sql("""
                        select m.plan_id, m.status, count(*) as measures
                        from measure m join action_plan p on p.id = m.plan_id
                        where p.county_id = :county
                        group by m.plan_id, m.status""")
                .param("county", countyId)
                .query(rs -> {
                    measures.computeIfAbsent(rs.getLong("plan_id"), id -> new EnumMap<>(MeasureStatus.class))
                            .put(MeasureStatus.valueOf(rs.getString("status")), rs.getInt("measures"));
                });
        var followUps = new HashMap<Long, int[]>();
        jdbc.sql("""
                        select m.plan_id, count(*) as open_follow_ups,
                               sum(case when f.due_on < :today then 1 else 0 end) as overdue
                        from follow_up f join measure m on m.id = f.measure_id join action_plan p on p.id = m.plan_id
                        where p.county_id = :county and f.recorded_at is null
                        group by m.plan_id""")
                .param("county", countyId).param("today", today())
                .query(rs -> {
                    followUps.put(rs.getLong("plan_id"), new int[] {rs.getInt("open_follow_ups"),
                            rs.getInt("overdue")});
                });
        var themes = new HashMap<Long, Set<MeasuredTheme>>();
        jdbc.sql("""
                        select g.plan_id, pr.theme from action_plan_goal g join problem pr on pr.id = g.problem_id
                        where pr.county_id = :county""")
                .param("county", countyId)
                .query(rs -> {
                    themes.computeIfAbsent(rs.getLong("plan_id"), id -> java.util.EnumSet.noneOf(MeasuredTheme.class))
                            .add(MeasuredTheme.fromKey(rs.getString("theme")).orElseThrow());
                });
        return jdbc.sql("""
                        select p.id, p.kind, p.title, p.starts_on, p.ends_on, p.status, p.municipality_id,
                               p.published_at
                        from action_plan p
                        where p.county_id = :county
                          and (cast(:municipality as bigint) is null or p.municipality_id = :municipality
                               or (p.municipality_id is null and exists (
                                   select 1 from action_plan_goal g join problem_evidence e
                                          on e.problem_id = g.problem_id
                                   where g.plan_id = p.id and e.municipality_id = :municipality)))
                        order by p.starts_on desc, p.id desc""")
                .param("county", countyId).param("municipality", municipalityId)
                .query((rs, row) -> {
                    long id = rs.getLong("id");
                    long municipality = rs.getLong("municipality_id");
                    Organisation owner = access.organisation(rs.wasNull() ? countyId : municipality);
                    int[] open = followUps.getOrDefault(id, new int[2]);
                    return new PlanRow(id, PlanKind.valueOf(rs.getString("kind")), rs.getString("title"),
                            rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                            PlanStatus.valueOf(rs.getString("status")), owner,
                            rs.getTimestamp("published_at") != null,
                            measures.getOrDefault(id, Map.of()), open[0], open[1],
                            themes.getOrDefault(id, Set.of()));
                })
                .list();
    }

    /** Follow-ups not recorded and due by {@code until}, of the county's plans (or one municipality's). */
    private List<DueFollowUp> due(long countyId, Long municipalityId, LocalDate until) {
        LocalDate today = today();
        return jdbc.sql("""
                        select f.id, f.measure_id, f.due_on, m.title as measure_title, p.id as plan_id,
                               p.title as plan_title, p.municipality_id
                        from follow_up f join measure m on m.id = f.measure_id join action_plan p on p.id = m.plan_id
                        where f.recorded_at is null and f.due_on <= :until and p.county_id = :county
                          and (cast(:municipality as bigint) is null or p.municipality_id = :municipality)
                        order by f.due_on, f.id""")
                .param("until", until).param("county", countyId).param("municipality", municipalityId)
                .query((rs, row) -> {
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    long municipality = rs.getLong("municipality_id");
                    Organisation owner = access.organisation(rs.wasNull() ? countyId : municipality);
                    return new DueFollowUp(rs.getLong("id"), rs.getLong("measure_id"), rs.getLong("plan_id"),
                            rs.getString("plan_title"), rs.getString("measure_title"), due, due.isBefore(today),
                            owner);
                })
                .list();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SwedishCalendar.ZONE));
    }
}
