package se.lagesbild.action.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import se.lagesbild.action.ActionPlan;
import se.lagesbild.action.ActionPlans;
import se.lagesbild.action.Approach;
import se.lagesbild.action.Cause;
import se.lagesbild.action.FollowUp;
import se.lagesbild.action.GoalDraft;
import se.lagesbild.action.GoalMet;
import se.lagesbild.action.Horizon;
import se.lagesbild.action.Measure;
import se.lagesbild.action.MeasureBasis;
import se.lagesbild.action.MeasureDetails;
import se.lagesbild.action.MeasureStatus;
import se.lagesbild.action.Measures;
import se.lagesbild.action.Perspective;
import se.lagesbild.action.PlanDetails;
import se.lagesbild.action.PlanKind;
import se.lagesbild.action.PlanStatus;
import se.lagesbild.action.Problem;
import se.lagesbild.action.Problems;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.reporting.ReportEvents.ReportsWrittenInBulk;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.period.SwedishCalendar;

/**
 * Borlänge's demo citizen promise, published at {@value #PUBLIC_PATH}: written down by Borlänge's demo coordinator
 * through the real services, from its approved demo picture of seven months ago, once Borlänge's demo history has
 * been committed. Like all demo data it exists only with the default profile, and only when the history was written
 * now (a database that already has it keeps what it has).
 */
@Component
@ConditionalOnProperty(name = "lagesbild.demo-data.enabled", havingValue = "true")
class ActionDemo {

    /** A readable public id instead of a random one, so that the README can name the address. */
    static final String PUBLIC_ID = "borlange-tryggare-resecentrum";
    static final String PUBLIC_PATH = "/medborgarloften/" + PUBLIC_ID;
    private static final String MUNICIPALITY = "2081";
    private static final String COORDINATOR = "borlange.samordnare";
    private static final Logger log = LoggerFactory.getLogger(ActionDemo.class);

    private final Problems problems;
    private final ActionPlans plans;
    private final Measures measureService;
    private final Organisations organisations;
    private final UserDetailsService users;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ActionDemo(Problems problems, ActionPlans plans, Measures measureService, Organisations organisations, UserDetailsService users,
               JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.problems = problems;
        this.plans = plans;
        this.measureService = measureService;
        this.organisations = organisations;
        this.users = users;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        // after the history's commit, in a transaction of its own
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @TransactionalEventListener
    void on(ReportsWrittenInBulk written) {
        long borlange = organisations.findByCode(MUNICIPALITY).orElseThrow().id();
        if (!written.municipalityIds().contains(borlange)) {
            return;
        }
        try {
            transaction.executeWithoutResult(status -> write());
        } catch (RuntimeException failed) {
            log.warn("Demo citizen promise left out: {}", failed.toString());
        }
    }

    private void write() {
        boolean exists = jdbc.sql("select count(*) from action_plan where public_id = :id")
                .param("id", PUBLIC_ID).query(Integer.class).single() > 0;
        if (exists) {
            return;
        }
        CurrentUser coordinator = (CurrentUser) users.loadUserByUsername(COORDINATOR);
        LocalDate today = LocalDate.now(clock.withZone(SwedishCalendar.ZONE));
        // the newest approved picture at least seven months old, so that later pictures show the effect
        String approved = jdbc.sql("""
                        select max(r.period_code) from report r join organisation o on o.id = r.municipality_id
                        where o.code = :code and r.kind = 'PICTURE' and r.status = 'APPROVED'
                          and r.period_code <= :latest""")
                .param("code", MUNICIPALITY).param("latest", YearMonth.from(today).minusMonths(7).toString())
                .query(String.class).optional().orElse(null);
        if (approved == null) {
            log.info("Demo citizen promise left out: Borlänge has no approved picture old enough");
            return;
        }
        YearMonth found = YearMonth.parse(approved);
        YearMonth start = found.plusMonths(1);
        Problem problem = problems.recordFromCell(coordinator, MUNICIPALITY, "public_space", found.toString(),
                "Otrygghet och skadegörelse kring resecentrum (demodata)",
                "Demodata, inte verklig. Flera verksamheter beskriver skadegörelse, nedskräpning och att många undviker området kvällstid.");
        Cause place = problems.addCause(coordinator, problem.id(), Perspective.SITUATIONAL,
                "Mörka passager och få vuxna i rörelse efter klockan 20", "Trygghetsvandring och polisens lägesbild");
        Cause youth = problems.addCause(coordinator, problem.id(), Perspective.SOCIAL,
                "Unga saknar meningsfull fritid kvällstid i centrum", "Fritidsgårdens och skolans iakttagelser");
        LocalDate startsOn = start.atDay(1);
        LocalDate endsOn = start.plusMonths(5).atEndOfMonth();
        var details = new PlanDetails("Tryggare kring resecentrum (demodata)", startsOn, endsOn, PlanStatus.ACTIVE,
                "Kommunstyrelsens ordförande, Borlänge kommun", "Lokalpolisområdeschef, lokalpolisområde Borlänge",
                startsOn, "Demodata, inte verklig. Belysningen är förbättrad och nattvandringen kom igång som utlovat. Skadegörelsen har "
                + "minskat enligt polisens och kommunens iakttagelser, men fler vuxna behövs i rörelse på helgerna.");
        ActionPlan promise = plans.create(coordinator, PlanKind.CITIZEN_PROMISE, MUNICIPALITY, details,
                List.of(new GoalDraft(problem.id(), 1, start.plusMonths(5).toString(),
                        "Mindre skadegörelse och fler som vågar röra sig i området")));
        jdbc.sql("update action_plan set public_id = :id where id = :plan").param("id", PUBLIC_ID)
                .param("plan", promise.id()).update();
        Measure light = measureService.addMeasure(coordinator, promise.id(), new MeasureDetails("Bättre belysning i passagerna",
                "Kommunen byter och kompletterar belysningen i de tre passagerna mot resecentrum.",
                Approach.SITUATIONAL, Horizon.SHORT, "Samhällsbyggnadsförvaltningen", startsOn,
                startsOn.plusMonths(2), 350_000L, MeasureStatus.DONE, Set.of(new MeasureBasis(problem.id(),
                place.id()))));
        measureService.addMeasure(coordinator, promise.id(), new MeasureDetails("Nattvandring fredag och lördag",
                "Polisen och föreningslivet samordnar vuxna som rör sig i området helgkvällar.", Approach.SOCIAL,
                Horizon.LONG, "Lokalpolisområdet och föreningslivet", startsOn, endsOn, null, MeasureStatus.ONGOING,
                Set.of(new MeasureBasis(problem.id(), youth.id()))));
        for (FollowUp due : plans.view(coordinator, promise.id()).measures().stream()
                .filter(view -> view.measure().id().equals(light.id())).findFirst().orElseThrow().followUps()) {
            if (due.dueOn().isBefore(today)) {
                measureService.recordFollowUp(coordinator, due.id(), due.version(), true, true, GoalMet.PARTLY,
                        "Klart enligt plan. (demo data, not real)");
            }
        }
        plans.publish(coordinator, promise.id(), plans.view(coordinator, promise.id()).plan().version());
        log.info("Demo citizen promise published at {} (demo data, not real)", PUBLIC_PATH);
    }
}
