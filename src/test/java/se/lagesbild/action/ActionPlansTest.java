package se.lagesbild.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lagesbild.analysis.ApprovedLevels;
import se.lagesbild.analysis.PictureState;
import se.lagesbild.analysis.RecurringProblems;
import se.lagesbild.form.DefaultForm;
import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.NotFoundException;
import se.lagesbild.shared.OutOfScopeException;
import se.lagesbild.shared.RefusedInputException;
import se.lagesbild.shared.Role;
import se.lagesbild.shared.Scope;
import se.lagesbild.shared.StaleEditException;
import se.lagesbild.shared.period.Month;
import se.lagesbild.shared.period.Period;
import se.lagesbild.reporting.demo.DemoHistoryWritten;
import se.lagesbild.support.PostgresTest;

/**
 * The action module's services on real PostgreSQL over the demo history: Falun (2080) and Borlänge (2081) in Dalarna
 * (20) have monthly pictures for the twelve complete months before today, most of them approved. Every test writes
 * its own problems and plans (titles carry a run-unique marker) and never touches the demo data.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActionPlansTest {

    private static final String FALUN = "2080";
    private static final String BORLANGE = "2081";
    private static final String DALARNA = "20";
    private static final String PERSONNUMMER = "19121212-1212";
    private static final String EMAIL = "anna.andersson@example.se";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    Problems problems;
    @Autowired
    ActionPlans plans;
    @Autowired
    Measures measureService;
    @Autowired
    ActionOverviews overviews;
    @Autowired
    PlanEffects effects;
    @Autowired
    PublicPromises promises;
    @Autowired
    ApprovedLevels approvedLevels;
    @Autowired
    Organisations organisations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationContext context;

    private Organisation dalarna;
    private Organisation falun;
    private Organisation borlange;
    private CurrentUser falunCoordinator;
    private CurrentUser borlangeCoordinator;
    private CurrentUser dalarnaCounty;
    private CurrentUser vastmanlandCounty;
    private CurrentUser nationalReader;
    private CurrentUser falunContributor;
    private YearMonth thisMonth;
    private LocalDate today;
    private String marker;

    /** An approved picture's numeric level of a theme. */
    record Cell(String periodCode, long pictureId, String themeKey, int level) {
    }

    @BeforeAll
    void fixture() throws Exception {
        awaitDemoHistory();
        dalarna = organisations.findByCode(DALARNA).orElseThrow();
        falun = organisations.findByCode(FALUN).orElseThrow();
        borlange = organisations.findByCode(BORLANGE).orElseThrow();
        Organisation vastmanland = organisations.findByCode("19").orElseThrow();
        long falunUnit = jdbc.sql("select min(id) from unit where municipality_id = :m").param("m", falun.id())
                .query(Long.class).single();
        marker = "T" + Long.toString(System.nanoTime(), 36);
        falunCoordinator = user("test.action.falun", Role.MUNICIPAL_COORDINATOR,
                Scope.municipality(dalarna.id(), falun.id()));
        borlangeCoordinator = user("test.action.borlange", Role.MUNICIPAL_COORDINATOR,
                Scope.municipality(dalarna.id(), borlange.id()));
        dalarnaCounty = user("test.action.dalarna", Role.COUNTY_COORDINATOR, Scope.county(dalarna.id()));
        vastmanlandCounty = user("test.action.vastmanland", Role.COUNTY_COORDINATOR, Scope.county(vastmanland.id()));
        nationalReader = user("test.action.nationell", Role.NATIONAL_READER, Scope.national());
        falunContributor = user("test.action.falun.enhet", Role.CONTRIBUTOR,
                Scope.unit(dalarna.id(), falun.id(), falunUnit));
        thisMonth = YearMonth.now(clock);
        today = LocalDate.now(clock);
        assertThat(approvedCells(falun.id())).as("the demo history gives Falun approved pictures").isNotEmpty();
        assertThat(approvedCells(borlange.id())).as("the demo history gives Borlänge approved pictures").isNotEmpty();
    }

    // 1. problems only from approved cells

    @Test
    void aProblemIsWrittenDownFromAnApprovedCellWithThePictureAsEvidence() {
        Cell cell = approvedCells(falun.id()).get(0);

        Problem problem = problems.recordFromCell(falunCoordinator, FALUN, cell.themeKey(), cell.periodCode(),
                title("Problem"), "  Oro på centrum kvällstid.  ");

        assertThat(problem.id()).isNotNull();
        assertThat(problem.municipalityId()).isEqualTo(falun.id());
        assertThat(problem.countyId()).isEqualTo(dalarna.id());
        assertThat(problem.isJoint()).isFalse();
        assertThat(problem.theme().key()).isEqualTo(cell.themeKey());
        assertThat(problem.periodCode()).isEqualTo(cell.periodCode());
        assertThat(problem.status()).isEqualTo(ProblemStatus.OPEN);
        assertThat(problem.description()).isEqualTo("Oro på centrum kvällstid.");
        assertThat(problem.evidence()).containsExactly(
                new Evidence(falun.id(), cell.periodCode(), cell.pictureId(), cell.level()));

        var view = problems.view(falunCoordinator, problem.id());
        assertThat(view.writable()).isTrue();
        assertThat(view.municipality().code()).isEqualTo(FALUN);
        assertThat(view.evidence()).singleElement().satisfies(evidence -> {
            assertThat(evidence.pictureId()).isEqualTo(cell.pictureId());
            assertThat(evidence.level()).isEqualTo(cell.level());
            assertThat(evidence.period().code()).isEqualTo(cell.periodCode());
        });
        assertThat(jdbc.sql("select picture_id from problem_evidence where problem_id = :p")
                .param("p", problem.id()).query(Long.class).single()).isEqualTo(cell.pictureId());
    }

    @Test
    void aProblemIsRefusedWhenThePictureIsMissingOrNotApproved() {
        long before = count("problem");
        String fiveYearsAgo = thisMonth.minusYears(5).toString();
        assertThat(pictureStatus(falun.id(), fiveYearsAgo)).as("no picture five years ago").isEmpty();
        assertThatThrownBy(() -> problems.recordFromCell(falunCoordinator, FALUN, "racism", fiveYearsAgo,
                title("Saknas"), ""))
                .isInstanceOfSatisfying(ActionStateException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("action.problem.notApproved"));

        String submitted = submittedFalunPicture();
        assertThatThrownBy(() -> problems.recordFromCell(falunCoordinator, FALUN, "racism", submitted,
                title("Inskickad"), ""))
                .as("a picture that is submitted but not approved is no basis")
                .isInstanceOfSatisfying(ActionStateException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("action.problem.notApproved"));

        Cell cell = approvedCells(falun.id()).get(0);
        assertThatThrownBy(() -> problems.recordFromCell(falunCoordinator, BORLANGE, cell.themeKey(),
                cell.periodCode(), title("Grannens"), "")).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> problems.recordFromCell(falunContributor, FALUN, cell.themeKey(),
                cell.periodCode(), title("Enhetens"), "")).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> problems.recordFromCell(falunCoordinator, FALUN, "no_such_theme",
                cell.periodCode(), title("Okänt"), "")).isInstanceOf(NotFoundException.class);
        assertThat(count("problem")).isEqualTo(before);
    }

    // 2. plans on the owner's own problems

    @Test
    void aPlanWithoutAProblemOrOnAnotherMunicipalitysProblemIsRefusedAndNothingIsStored() {
        Problem own = falunProblem();
        Problem borlanges = problemOf(borlangeCoordinator, BORLANGE, borlange.id());
        long plansBefore = count("action_plan");
        long goalsBefore = count("action_plan_goal");

        assertRefused(() -> plans.create(falunCoordinator, PlanKind.ACTION_PLAN, FALUN, details(title("Tom")),
                List.of()), "problemIds", "action.plan.noProblem");
        assertRefused(() -> plans.create(falunCoordinator, PlanKind.ACTION_PLAN, FALUN, details(title("Granne")),
                        List.of(goal(own, 1), goal(borlanges, 1))),
                "problemIds", "action.plan.foreignProblem");
        assertThatThrownBy(() -> plans.create(falunCoordinator, PlanKind.ACTION_PLAN, BORLANGE,
                details(title("Borlänges")), List.of(goal(borlanges, 1))))
                .as("a plan of another municipality").isInstanceOf(OutOfScopeException.class);

        assertThat(count("action_plan")).isEqualTo(plansBefore);
        assertThat(count("action_plan_goal")).isEqualTo(goalsBefore);
        assertThat(problems.view(falunCoordinator, own.id()).problem().status())
                .as("a refused plan leaves its problems as they were").isEqualTo(ProblemStatus.OPEN);
        assertThat(plans.plannable(falunCoordinator, FALUN)).extracting(Problem::id)
                .contains(own.id()).doesNotContain(borlanges.id());
    }

    @Test
    void aPlanIsCreatedOnTheOwnersProblemsWithMeasurableGoals() {
        Problem problem = falunProblem();
        String target = thisMonth.plusMonths(6).toString();

        ActionPlan plan = plans.create(falunCoordinator, PlanKind.ACTION_PLAN, FALUN, details(title("Plan")),
                List.of(new GoalDraft(problem.id(), 1, target, "Nivå högst 1.")));

        assertThat(plan.municipalityId()).isEqualTo(falun.id());
        assertThat(plan.countyId()).isEqualTo(dalarna.id());
        assertThat(plan.goals()).containsExactly(new Goal(problem.id(), 1, target, "Nivå högst 1."));
        assertThat(plan.version()).isZero();
        assertThat(problems.view(falunCoordinator, problem.id()).problem().status())
                .isEqualTo(ProblemStatus.IN_PROGRESS);
        var view = plans.view(falunCoordinator, plan.id());
        assertThat(view.writable()).isTrue();
        assertThat(view.goals()).singleElement().satisfies(goal -> assertThat(goal.problem().id())
                .isEqualTo(problem.id()));

        assertRefused(() -> plans.create(falunCoordinator, PlanKind.ACTION_PLAN, FALUN, details(title("Mål")),
                        List.of(new GoalDraft(problem.id(), 5, "2026-W07", ""))),
                "targetLevel[" + problem.id() + "]", "action.goal.level.invalid");
    }

    // 3. measures answer to the plan's problems or causes; follow-ups are scheduled

    @Test
    void aMeasureWithoutBasisOrWithAForeignCauseIsRefusedAndAValidOneIsFollowedUpOnItsDueDay() {
        Problem inPlan = falunProblem();
        Problem notInPlan = falunProblem();
        Cause ownCause = problems.addCause(falunCoordinator, inPlan.id(), Perspective.SITUATIONAL,
                "Dålig belysning vid resecentrum.", "Trygghetsvandring");
        Cause foreignCause = problems.addCause(falunCoordinator, notInPlan.id(), Perspective.SOCIAL,
                "Få fritidsaktiviteter.", "");
        ActionPlan plan = plan(PlanKind.ACTION_PLAN, inPlan);
        long measuresBefore = count("measure");
        long followUpsBefore = count("follow_up");
        LocalDate due = today.plusYears(1).withDayOfMonth(10);

        assertRefused(() -> measureService.addMeasure(falunCoordinator, plan.id(), measure("Utan grund", due, Set.of())),
                "basis", "action.measure.noBasis");
        assertRefused(() -> measureService.addMeasure(falunCoordinator, plan.id(), measure("Annans orsak", due,
                        Set.of(new MeasureBasis(notInPlan.id(), foreignCause.id())))),
                "basis", "action.measure.foreignBasis");
        assertRefused(() -> measureService.addMeasure(falunCoordinator, plan.id(), measure("Fel orsak", due,
                        Set.of(new MeasureBasis(inPlan.id(), foreignCause.id())))),
                "basis", "action.measure.foreignBasis");
        assertThat(count("measure")).isEqualTo(measuresBefore);
        assertThat(count("follow_up")).isEqualTo(followUpsBefore);

        Measure measure = measureService.addMeasure(falunCoordinator, plan.id(), measure("Bättre belysning", due,
                Set.of(new MeasureBasis(inPlan.id(), ownCause.id()))));

        assertThat(measure.basis()).containsExactly(new MeasureBasis(inPlan.id(), ownCause.id()));
        assertThat(followUpDays(measure)).as("an action plan's measure is followed up on its due day")
                .containsExactly(due);
        var view = plans.view(falunCoordinator, plan.id());
        assertThat(view.measures()).singleElement().satisfies(m -> {
            assertThat(m.basis()).singleElement().satisfies(basis -> {
                assertThat(basis.problem().id()).isEqualTo(inPlan.id());
                assertThat(basis.cause().id()).isEqualTo(ownCause.id());
            });
            assertThat(m.followUps()).extracting(FollowUp::dueOn).containsExactly(due);
        });
        assertThatThrownBy(() -> problems.removeCause(falunCoordinator, inPlan.id(), ownCause.id()))
                .as("a cause a measure answers to stays")
                .isInstanceOfSatisfying(ActionStateException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("action.cause.inUse"));
    }

    @Test
    void aCitizenPromisesCommitmentIsFollowedUpEveryHalfYearAndAtTheEnd() {
        Problem problem = falunProblem();
        int year = today.getYear() + 1;
        var details = new PlanDetails(title("Medborgarlöfte"), LocalDate.of(year, 3, 1),
                LocalDate.of(year + 1, 9, 15), PlanStatus.ACTIVE, "", "", null, "");
        ActionPlan promise = plans.create(falunCoordinator, PlanKind.CITIZEN_PROMISE, FALUN, details,
                List.of(new GoalDraft(problem.id(), 1, (year + 1) + "-09", "")));

        Measure measure = measureService.addMeasure(falunCoordinator, promise.id(), measure("Trygghetsvandringar",
                LocalDate.of(year, 5, 31), Set.of(new MeasureBasis(problem.id(), null))));

        assertThat(followUpDays(measure)).containsExactly(LocalDate.of(year, 5, 31), LocalDate.of(year, 6, 30),
                LocalDate.of(year, 12, 31), LocalDate.of(year + 1, 6, 30), LocalDate.of(year + 1, 9, 15));
    }

    // 4. who reads and who writes

    @Test
    void onlyTheMunicipalityItsContributorsAndTheCountyReadAPlanAndOnlyTheMunicipalityWritesIt() {
        Problem problem = falunProblem();
        ActionPlan plan = plan(PlanKind.ACTION_PLAN, problem);
        MeasureDetails measure = measure("Läxhjälp", today.plusMonths(3),
                Set.of(new MeasureBasis(problem.id(), null)));

        for (CurrentUser outsider : List.of(borlangeCoordinator, vastmanlandCounty, nationalReader)) {
            assertThatThrownBy(() -> plans.view(outsider, plan.id())).as(outsider.getUsername())
                    .isInstanceOf(OutOfScopeException.class).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> problems.view(outsider, problem.id())).as(outsider.getUsername())
                    .isInstanceOf(OutOfScopeException.class);
            assertThatThrownBy(() -> effects.of(outsider, plan.id())).as(outsider.getUsername())
                    .isInstanceOf(OutOfScopeException.class);
        }
        assertThatThrownBy(() -> overviews.municipality(borlangeCoordinator, FALUN))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> overviews.county(falunCoordinator, DALARNA))
                .isInstanceOf(OutOfScopeException.class);

        for (CurrentUser reader : List.of(dalarnaCounty, falunContributor)) {
            assertThat(plans.view(reader, plan.id()).writable()).as(reader.getUsername()).isFalse();
            assertThat(problems.view(reader, problem.id()).writable()).as(reader.getUsername()).isFalse();
            assertThatThrownBy(() -> measureService.addMeasure(reader, plan.id(), measure)).as(reader.getUsername())
                    .isInstanceOf(OutOfScopeException.class);
            assertThatThrownBy(() -> plans.update(reader, plan.id(), plan.version(), details(title("Ändrad")),
                    List.of())).as(reader.getUsername()).isInstanceOf(OutOfScopeException.class);
            assertThatThrownBy(() -> problems.addCause(reader, problem.id(), Perspective.VICTIM, "Orsak", ""))
                    .as(reader.getUsername()).isInstanceOf(OutOfScopeException.class);
        }
        assertThatThrownBy(() -> plans.create(dalarnaCounty, PlanKind.ACTION_PLAN, FALUN, details(title("Läns")),
                List.of(goal(problem, 1)))).isInstanceOf(OutOfScopeException.class);
        assertThat(overviews.municipality(falunContributor, FALUN).plans()).extracting(ActionOverviews.PlanRow::id)
                .contains(plan.id());
        assertThat(plans.view(falunCoordinator, plan.id()).measures()).as("no refused write got through").isEmpty();
        assertThat(plans.view(falunCoordinator, plan.id()).plan().title()).isEqualTo(plan.title());
    }

    // 5. optimistic locking

    @Test
    void anEditOnAnOutdatedVersionIsRefusedAndChangesNothing() {
        Problem problem = falunProblem();
        ActionPlan plan = plan(PlanKind.ACTION_PLAN, problem);
        String target = thisMonth.plusMonths(4).toString();

        ActionPlan edited = plans.update(falunCoordinator, plan.id(), plan.version(), details(title("Första")),
                List.of(new GoalDraft(problem.id(), 2, target, "Första målet")));
        assertThat(edited.version()).isEqualTo(plan.version() + 1);

        assertThatThrownBy(() -> plans.update(falunCoordinator, plan.id(), plan.version(), details("Andra"),
                List.of(new GoalDraft(problem.id(), 0, target, "Andra målet"))))
                .isInstanceOf(StaleEditException.class);
        ActionPlan stored = plans.view(falunCoordinator, plan.id()).plan();
        assertThat(stored.title()).isEqualTo(edited.title());
        assertThat(stored.version()).isEqualTo(edited.version());
        assertThat(stored.goals()).containsExactly(new Goal(problem.id(), 2, target, "Första målet"));

        Measure measure = measureService.addMeasure(falunCoordinator, plan.id(), measure("Fältarbete", today.plusMonths(2),
                Set.of(new MeasureBasis(problem.id(), null))));
        FollowUp followUp = plans.view(falunCoordinator, plan.id()).measures().get(0).followUps().get(0);
        FollowUp recorded = measureService.recordFollowUp(falunCoordinator, followUp.id(), followUp.version(), true, true,
                GoalMet.PARTLY, "Genomfört enligt plan.");
        assertThat(recorded.isRecorded()).isTrue();
        assertThat(recorded.version()).isEqualTo(followUp.version() + 1);

        assertThatThrownBy(() -> measureService.recordFollowUp(falunCoordinator, followUp.id(), followUp.version(), false,
                false, GoalMet.NO, "Inte gjort.")).isInstanceOf(StaleEditException.class);
        FollowUp after = followUpsOf(measure.id()).get(0);
        assertThat(after.done()).isTrue();
        assertThat(after.goalMet()).isEqualTo(GoalMet.PARTLY);
        assertThat(after.comment()).isEqualTo("Genomfört enligt plan.");
        assertThat(after.version()).isEqualTo(recorded.version());

        Problem described = problems.describe(falunCoordinator, problem.id(),
                problems.view(falunCoordinator, problem.id()).problem().version(), title("Ny rubrik"), "",
                ProblemStatus.IN_PROGRESS);
        assertThatThrownBy(() -> problems.describe(falunCoordinator, problem.id(), described.version() - 1,
                "Gammal rubrik", "", null)).isInstanceOf(StaleEditException.class);
        assertThat(problems.view(falunCoordinator, problem.id()).problem().title()).isEqualTo(described.title());
    }

    // 6. no personal data in any text

    @Test
    void personalDataInAnyTextIsRefusedAtItsField() {
        Cell cell = approvedCells(falun.id()).get(0);
        long problemsBefore = count("problem");
        assertRefused(() -> problems.recordFromCell(falunCoordinator, FALUN, cell.themeKey(), cell.periodCode(),
                title("Personnummer"), "Pojken " + PERSONNUMMER + " syns ofta."), "description", "personaldata.found");
        assertThat(count("problem")).isEqualTo(problemsBefore);

        Problem problem = falunProblem();
        assertRefused(() -> problems.addCause(falunCoordinator, problem.id(), Perspective.SOCIAL,
                "Kontakta " + EMAIL, ""), "description", "personaldata.found");
        long plansBefore = count("action_plan");
        assertRefused(() -> plans.create(falunCoordinator, PlanKind.ACTION_PLAN, FALUN,
                details("Plan, frågor till " + EMAIL), List.of(goal(problem, 1))), "title", "personaldata.found");
        assertThat(count("action_plan")).isEqualTo(plansBefore);

        ActionPlan plan = plan(PlanKind.ACTION_PLAN, problem);
        var basis = Set.of(new MeasureBasis(problem.id(), null));
        assertRefused(() -> measureService.addMeasure(falunCoordinator, plan.id(), new MeasureDetails("Samtal",
                        "Med " + PERSONNUMMER, Approach.SOCIAL, Horizon.SHORT, "Socialtjänsten", today,
                        today.plusMonths(1), null, null, basis)),
                "description", "personaldata.found");
        Measure measure = measureService.addMeasure(falunCoordinator, plan.id(), measure("Samtal", today.plusMonths(1),
                basis));
        FollowUp followUp = followUpsOf(measure.id()).get(0);
        assertRefused(() -> measureService.recordFollowUp(falunCoordinator, followUp.id(), followUp.version(), true, true,
                GoalMet.YES, "Frågor till " + EMAIL), "comment", "personaldata.found");
        assertThat(followUpsOf(measure.id()).get(0).isRecorded()).isFalse();
    }

    // 7. the public citizen promise

    @Test
    void aCitizenPromiseIsPublicOnlyWhileSignedAndPublishedAndKeepsItsAddress() {
        Problem problem = falunProblem();
        Cause cause = problems.addCause(falunCoordinator, problem.id(), Perspective.SITUATIONAL,
                "Mörka gångtunnlar.", "Medborgardialog");
        int year = today.getYear() + 1;
        var unsigned = new PlanDetails(title("Löfte"), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                PlanStatus.ACTIVE, "", "", null, "");
        ActionPlan promise = plans.create(falunCoordinator, PlanKind.CITIZEN_PROMISE, FALUN, unsigned,
                List.of(new GoalDraft(problem.id(), 1, year + "-12", "Tryggare gångtunnlar")));
        measureService.addMeasure(falunCoordinator, promise.id(), measure("Ny belysning", LocalDate.of(year, 4, 30),
                Set.of(new MeasureBasis(problem.id(), cause.id()))));
        String publicId = promise.publicId();
        assertThat(publicId).isNotBlank();

        assertThatThrownBy(() -> promises.published(publicId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.publish(falunCoordinator, promise.id(), promise.version()))
                .isInstanceOfSatisfying(ActionStateException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("action.promise.unsigned"));
        var withoutDate = new PlanDetails(unsigned.title(), unsigned.startsOn(), unsigned.endsOn(),
                PlanStatus.ACTIVE, "Kommunstyrelsens ordförande", "Lokalpolisområdeschefen", null, "");
        ActionPlan notDated = plans.update(falunCoordinator, promise.id(), promise.version(), withoutDate, List.of());
        assertThatThrownBy(() -> plans.publish(falunCoordinator, promise.id(), notDated.version()))
                .as("signatories without a signing day").isInstanceOfSatisfying(ActionStateException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("action.promise.unsigned"));
        assertThatThrownBy(() -> promises.published(publicId)).isInstanceOf(NotFoundException.class);

        var signed = new PlanDetails(unsigned.title(), unsigned.startsOn(), unsigned.endsOn(), PlanStatus.ACTIVE,
                "Kommunstyrelsens ordförande", "Lokalpolisområdeschefen", LocalDate.of(year - 1, 12, 1),
                "Vi följer upp löftet två gånger om året.");
        ActionPlan signedPlan = plans.update(falunCoordinator, promise.id(), notDated.version(), signed, List.of());
        assertThatThrownBy(() -> plans.publish(dalarnaCounty, promise.id(), signedPlan.version()))
                .isInstanceOf(OutOfScopeException.class);
        ActionPlan published = plans.publish(falunCoordinator, promise.id(), signedPlan.version());
        assertThat(published.isPublished()).isTrue();

        var visible = promises.published(publicId);
        assertThat(visible.municipalityName()).isEqualTo("Falun");
        assertThat(visible.title()).isEqualTo(unsigned.title());
        assertThat(visible.policeSignatory()).isEqualTo("Lokalpolisområdeschefen");
        assertThat(visible.followUpSummary()).isEqualTo("Vi följer upp löftet två gånger om året.");
        assertThat(visible.focus()).singleElement().satisfies(focus -> {
            assertThat(focus.title()).isEqualTo(problem.title());
            assertThat(focus.targetLevel()).isEqualTo(1);
            assertThat(focus.causes()).containsExactly(
                    new PublicPromises.LikelyCause(Perspective.SITUATIONAL, "Mörka gångtunnlar."));
        });
        assertThat(visible.commitments()).singleElement().satisfies(commitment -> {
            assertThat(commitment.title()).isEqualTo("Ny belysning");
            assertThat(commitment.followUps()).extracting(PublicPromises.Checkpoint::dueOn)
                    .containsExactly(LocalDate.of(year, 4, 30), LocalDate.of(year, 6, 30),
                            LocalDate.of(year, 12, 31));
        });

        ActionPlan withdrawn = plans.unpublish(falunCoordinator, promise.id(), published.version());
        assertThat(withdrawn.isPublished()).isFalse();
        assertThat(withdrawn.publicId()).isEqualTo(publicId);
        assertThatThrownBy(() -> promises.published(publicId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.publish(falunCoordinator, promise.id(), published.version()))
                .as("publishing again on the old version").isInstanceOf(StaleEditException.class);

        ActionPlan again = plans.publish(falunCoordinator, promise.id(), withdrawn.version());
        assertThat(again.publicId()).isEqualTo(publicId);
        assertThat(promises.published(publicId).title()).isEqualTo(unsigned.title());
        plans.unpublish(falunCoordinator, promise.id(), again.version());
        assertThatThrownBy(() -> promises.published(publicId)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyACitizenPromiseHasAPublicPage() {
        Problem problem = falunProblem();
        int year = today.getYear() + 1;
        var signed = new PlanDetails(title("Överenskommelse"), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                PlanStatus.ACTIVE, "Kommunen", "Polisen", LocalDate.of(year - 1, 12, 1), "Sammanfattning");
        ActionPlan agreement = plans.create(falunCoordinator, PlanKind.COLLABORATION_AGREEMENT, FALUN, signed,
                List.of(goal(problem, 1)));

        assertThatThrownBy(() -> plans.publish(falunCoordinator, agreement.id(), agreement.version()))
                .isInstanceOfSatisfying(ActionStateException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("action.plan.notPublishable"));
        assertThatThrownBy(() -> promises.published(agreement.publicId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> promises.published("finns-inte-" + marker)).isInstanceOf(NotFoundException.class);
        assertRefused(() -> plans.create(dalarnaCounty, PlanKind.CITIZEN_PROMISE, DALARNA, signed, List.of()),
                "kind", "action.plan.promiseIsMunicipal");
    }

    // 8. overviews

    @Test
    void theCountyOverviewListsThePlanWithItsMeasuresAndTheCoordinatorSeesItsOverdueFollowUp() {
        Problem problem = falunProblem();
        ActionPlan plan = plan(PlanKind.ACTION_PLAN, problem);
        var basis = Set.of(new MeasureBasis(problem.id(), null));
        Measure planned = measureService.addMeasure(falunCoordinator, plan.id(), measure("Nattvandring",
                today.plusYears(1), basis));
        measureService.addMeasure(falunCoordinator, plan.id(), new MeasureDetails("Fritidsgård öppen", "", Approach.SOCIAL,
                Horizon.LONG, "Fritidsförvaltningen", today, today.plusYears(1), 50_000L, MeasureStatus.ONGOING,
                basis));
        FollowUp overdue = measureService.scheduleFollowUp(falunCoordinator, planned.id(), today.minusDays(3));
        assertThatThrownBy(() -> measureService.scheduleFollowUp(borlangeCoordinator, planned.id(), today))
                .isInstanceOf(OutOfScopeException.class);

        var county = overviews.county(dalarnaCounty, DALARNA);
        assertThat(county.writable()).isTrue();
        assertThat(county.plans()).filteredOn(row -> row.id() == plan.id()).singleElement().satisfies(row -> {
            assertThat(row.owner().code()).isEqualTo(FALUN);
            assertThat(row.title()).isEqualTo(plan.title());
            assertThat(row.measureCount()).isEqualTo(2);
            assertThat(row.measures()).containsExactlyInAnyOrderEntriesOf(
                    Map.of(MeasureStatus.PLANNED, 1, MeasureStatus.ONGOING, 1));
            assertThat(row.openFollowUps()).isEqualTo(3);
            assertThat(row.overdueFollowUps()).isEqualTo(1);
            assertThat(row.themes()).containsExactly(problem.theme());
        });
        assertThat(county.problems()).filteredOn(row -> row.id() == problem.id()).singleElement()
                .satisfies(row -> {
                    assertThat(row.municipality().code()).isEqualTo(FALUN);
                    assertThat(row.plans()).isEqualTo(1);
                });
        assertThat(county.due()).extracting(ActionOverviews.DueFollowUp::followUpId).contains(overdue.id());

        List<ActionOverviews.DueFollowUp> due = overviews.dueFor(falunCoordinator);
        assertThat(due).filteredOn(row -> row.planId() == plan.id()).singleElement().satisfies(row -> {
            assertThat(row.followUpId()).isEqualTo(overdue.id());
            assertThat(row.measureId()).isEqualTo(planned.id());
            assertThat(row.dueOn()).isEqualTo(today.minusDays(3));
            assertThat(row.overdue()).isTrue();
            assertThat(row.owner().code()).isEqualTo(FALUN);
        });
        assertThat(overviews.dueFor(borlangeCoordinator)).extracting(ActionOverviews.DueFollowUp::followUpId)
                .doesNotContain(overdue.id());
        assertThat(overviews.dueFor(dalarnaCounty)).as("the county is reminded of its joint plans only")
                .extracting(ActionOverviews.DueFollowUp::followUpId).doesNotContain(overdue.id());
        assertThat(overviews.municipality(falunCoordinator, FALUN).due())
                .extracting(ActionOverviews.DueFollowUp::followUpId).contains(overdue.id());

        measureService.recordFollowUp(falunCoordinator, overdue.id(), overdue.version(), true, false, GoalMet.TOO_EARLY, "");
        assertThat(overviews.dueFor(falunCoordinator)).extracting(ActionOverviews.DueFollowUp::followUpId)
                .as("a recorded follow-up is no longer due").doesNotContain(overdue.id());
    }

    // 9. effects in later pictures

    @Test
    void theEffectShowsFalunsLevelsBeforeDuringAndAfterThePlanAndTheGoalsOutcome() {
        Cell cell = approvedCells(falun.id()).stream()
                .filter(c -> !c.themeKey().equals(MeasuredTheme.PROTECTIVE.key()) && c.level() >= 1)
                .filter(c -> !YearMonth.parse(c.periodCode()).isBefore(thisMonth.minusMonths(8)))
                .findFirst().orElse(null);
        Assumptions.assumeTrue(cell != null, "no approved Falun level of 1 or more in the last eight months");
        Problem problem = problems.recordFromCell(falunCoordinator, FALUN, cell.themeKey(), cell.periodCode(),
                title("Effekt"), "");
        YearMonth start = thisMonth.minusMonths(8);
        YearMonth end = thisMonth.minusMonths(4);
        var details = new PlanDetails(title("Effektplan"), start.atDay(1), end.atEndOfMonth(), PlanStatus.COMPLETED,
                "", "", null, "");
        ActionPlan plan = plans.create(falunCoordinator, PlanKind.ACTION_PLAN, FALUN, details,
                List.of(new GoalDraft(problem.id(), cell.level(), cell.periodCode(), "")));

        PlanEffects.Effect effect = effects.of(dalarnaCounty, plan.id());

        assertThat(effect.owner().code()).isEqualTo(FALUN);
        assertThat(effect.lastAssessable().code()).isEqualTo(thisMonth.minusMonths(1).toString());
        PlanEffects.ProblemEffect only = effect.problems().get(0);
        assertThat(effect.problems()).hasSize(1);
        var expectedSpan = new ArrayList<String>();
        for (YearMonth m = start.minusMonths(PlanEffects.PERIODS_AROUND); !m.isAfter(thisMonth.minusMonths(1));
             m = m.plusMonths(1)) {
            expectedSpan.add(m.toString());
        }
        assertThat(only.periods()).extracting(Period::code).containsExactlyElementsOf(expectedSpan);
        assertThat(only.phases()).hasSameSizeAs(only.periods());
        assertThat(only.phases()).containsSubsequence(PlanEffects.Phase.BEFORE, PlanEffects.Phase.DURING,
                PlanEffects.Phase.AFTER);
        assertThat(only.phases().stream().filter(p -> p == PlanEffects.Phase.BEFORE)).hasSize(6);
        assertThat(only.phases().stream().filter(p -> p == PlanEffects.Phase.DURING)).hasSize(5);
        assertThat(only.phases().stream().filter(p -> p == PlanEffects.Phase.AFTER)).hasSize(3);

        Map<String, Integer> approved = approvedLevels(falun.id(), cell.themeKey());
        assertThat(only.rows()).singleElement().satisfies(row -> {
            assertThat(row.municipality().code()).isEqualTo(FALUN);
            assertThat(row.levelAtTarget()).isEqualTo(cell.level());
            for (int i = 0; i < only.periods().size(); i++) {
                String code = only.periods().get(i).code();
                assertThat(row.levels().get(i)).as(code).isEqualTo(approved.get(code));
                if (approved.containsKey(code)) {
                    assertThat(row.states().get(i)).as(code).isEqualTo(PictureState.APPROVED);
                }
            }
            assertThat(row.levels()).filteredOn(java.util.Objects::nonNull).isNotEmpty();
        });
        assertThat(only.outcome()).as("the target level is the level reached").isEqualTo(PlanEffects.Outcome.MET);

        ActionPlan stricter = plans.update(falunCoordinator, plan.id(), plan.version(), details,
                List.of(new GoalDraft(problem.id(), cell.level() - 1, cell.periodCode(), "")));
        assertThat(effects.of(falunCoordinator, plan.id()).problems().get(0).outcome())
                .isEqualTo(PlanEffects.Outcome.NOT_MET);
        plans.update(falunCoordinator, plan.id(), stricter.version(), details,
                List.of(new GoalDraft(problem.id(), 0, thisMonth.plusMonths(2).toString(), "")));
        assertThat(effects.of(falunContributor, plan.id()).problems().get(0).outcome())
                .as("a target period not assessed yet").isEqualTo(PlanEffects.Outcome.NOT_YET);
    }

    // joint problems of the county

    @Test
    void theCountyWritesDownARecurringProblemFromItsApprovedPicturesAndTheOverviewsListIt() {
        var recently = approvedLevels.recurringRecently(dalarna);
        // Should nothing recur in the last few periods of the demo history, the newest earlier demo month in which a
        // theme recurs (at the default threshold, else at any) is used, so that the joint path is always exercised.
        Integer min = null;
        RecurringProblems.RecurringProblem found = recently.isEmpty() ? null : recently.get(0);
        for (int threshold : List.of(RecurringProblems.DEFAULT_MIN_MUNICIPALITIES, 1)) {
            for (int back = 1; found == null && back <= 12; back++) {
                Period earlier = Month.parse(thisMonth.minusMonths(back).toString());
                for (MeasuredTheme theme : MeasuredTheme.values()) {
                    var recurring = approvedLevels.recurring(dalarna, earlier, theme, threshold);
                    if (recurring.isPresent()) {
                        found = recurring.get();
                        min = threshold;
                        break;
                    }
                }
            }
        }
        Assumptions.assumeTrue(found != null, "no theme recurs in Dalarna in any demo month");
        RecurringProblems.RecurringProblem recurring = found;
        Integer minMunicipalities = min;
        String period = found.period().code();
        Map<Long, Long> pictures = approvedLevels.approvedPictures(
                recurring.members().stream().map(RecurringProblems.Member::municipalityId).toList(),
                recurring.period());

        assertThatThrownBy(() -> problems.recordRecurring(falunCoordinator, DALARNA, recurring.theme().key(), period,
                null, title("Gemensamt"), "")).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> problems.recordRecurring(dalarnaCounty, DALARNA, recurring.theme().key(), period,
                1000, title("Gemensamt"), ""))
                .isInstanceOfSatisfying(ActionStateException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("action.problem.notRecurring"));

        Problem joint = problems.recordRecurring(dalarnaCounty, DALARNA, recurring.theme().key(), period,
                minMunicipalities, title("Gemensamt"), "Flera kommuner ser samma sak.");

        assertThat(joint.isJoint()).isTrue();
        assertThat(joint.countyId()).isEqualTo(dalarna.id());
        assertThat(joint.theme()).isEqualTo(recurring.theme());
        assertThat(joint.evidence()).isNotEmpty().allSatisfy(evidence -> {
            assertThat(evidence.periodCode()).isEqualTo(period);
            assertThat(evidence.pictureId()).isEqualTo(pictures.get(evidence.municipalityId()));
        });
        assertThat(joint.evidence()).extracting(Evidence::municipalityId)
                .containsExactlyInAnyOrderElementsOf(pictures.keySet());
        assertThat(problems.view(falunContributor, joint.id()).writable()).as("read in the county").isFalse();
        assertThat(problems.view(dalarnaCounty, joint.id()).writable()).isTrue();
        assertThatThrownBy(() -> problems.view(vastmanlandCounty, joint.id()))
                .isInstanceOf(OutOfScopeException.class);

        ActionPlan jointPlan = plans.create(dalarnaCounty, PlanKind.ACTION_PLAN, DALARNA, details(title("Länsplan")),
                List.of(goal(joint, 2)));
        assertThat(jointPlan.isJoint()).isTrue();

        var county = overviews.county(dalarnaCounty, DALARNA);
        assertThat(county.problems()).filteredOn(row -> row.id() == joint.id()).singleElement()
                .satisfies(row -> assertThat(row.municipality()).as("a joint problem has no municipality").isNull());
        assertThat(county.plans()).filteredOn(row -> row.id() == jointPlan.id()).singleElement()
                .satisfies(row -> assertThat(row.owner().code()).isEqualTo(DALARNA));
        if (!recently.isEmpty()) {
            assertThat(county.recurring()).filteredOn(coverage -> coverage.theme() == recurring.theme())
                    .singleElement().satisfies(coverage -> assertThat(coverage.hasJointPlan()).isTrue());
        }

        long member = joint.evidence().get(0).municipalityId();
        String memberCode = organisations.get(member).code();
        CurrentUser memberCoordinator = user("test.action.member", Role.MUNICIPAL_COORDINATOR,
                Scope.municipality(dalarna.id(), member));
        assertThat(overviews.municipality(memberCoordinator, memberCode).problems())
                .extracting(ActionOverviews.ProblemRow::id).contains(joint.id());
        assertThat(plans.plannable(memberCoordinator, memberCode)).extracting(Problem::id).contains(joint.id());
    }

    // helpers

    private void awaitDemoHistory() throws Exception {
        DemoHistoryWritten.await(context);
    }

    private CurrentUser user(String username, Role role, Scope scope) {
        return new CurrentUser(0, username, "Test", role, scope, "Test", true, null);
    }

    private String title(String what) {
        return what + " " + marker + "-" + SEQUENCE.incrementAndGet();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private Problem falunProblem() {
        return problemOf(falunCoordinator, FALUN, falun.id());
    }

    private Problem problemOf(CurrentUser coordinator, String code, long municipalityId) {
        Cell cell = approvedCells(municipalityId).get(0);
        return problems.recordFromCell(coordinator, code, cell.themeKey(), cell.periodCode(), title("Problem"), "");
    }

    private ActionPlan plan(PlanKind kind, Problem problem) {
        return plans.create(falunCoordinator, kind, FALUN, details(title("Plan")), List.of(goal(problem, 1)));
    }

    private PlanDetails details(String title) {
        return new PlanDetails(title, today.minusMonths(1), today.plusYears(2), PlanStatus.ACTIVE, "", "", null,
                "");
    }

    private GoalDraft goal(Problem problem, int level) {
        return new GoalDraft(problem.id(), level, thisMonth.plusMonths(12).toString(), "");
    }

    private MeasureDetails measure(String title, LocalDate due, Set<MeasureBasis> basis) {
        return new MeasureDetails(title, "", Approach.SITUATIONAL, Horizon.SHORT, "Samhällsbyggnad",
                due.minusMonths(1), due, null, null, basis);
    }

    private List<FollowUp> followUpsOf(long measureId) {
        long planId = measureService.planOfMeasure(falunCoordinator, measureId);
        return plans.view(falunCoordinator, planId).measures().stream()
                .filter(view -> view.measure().id() == measureId).findFirst().orElseThrow().followUps();
    }

    private List<LocalDate> followUpDays(Measure measure) {
        return jdbc.sql("select due_on from follow_up where measure_id = :m order by due_on")
                .param("m", measure.id()).query(LocalDate.class).list();
    }

    private static void assertRefused(ThrowingCallable call, String field, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RefusedInputException.class, e -> assertThat(e.problems())
                .extracting(RefusedInputException.Problem::field, RefusedInputException.Problem::code)
                .contains(tuple(field, code)));
    }

    /** The demo months: the twelve complete months before today, oldest first. */
    private List<String> demoMonths() {
        var months = new ArrayList<String>();
        for (int back = 12; back >= 1; back--) {
            months.add(thisMonth.minusMonths(back).toString());
        }
        return months;
    }

    /** The municipality's approved numeric levels in the demo months, newest period first, in theme order. */
    private List<Cell> approvedCells(long municipalityId) {
        var cells = new ArrayList<Cell>();
        jdbc.sql("""
                        select r.id, r.period_code, a.question_key, a.answer_value
                        from report r join report_answer a on a.report_id = r.id
                        where r.kind = 'PICTURE' and r.status = 'APPROVED' and r.municipality_id = :m
                          and r.period_code in (:periods)
                        order by r.period_code desc""")
                .param("m", municipalityId).param("periods", demoMonths())
                .query(rs -> {
                    String key = rs.getString("question_key");
                    String value = rs.getString("answer_value");
                    if (key.endsWith("_level") && value.matches("[0-4]")) {
                        String theme = key.substring(0, key.length() - "_level".length());
                        if (MeasuredTheme.fromKey(theme).isPresent()) {
                            cells.add(new Cell(rs.getString("period_code"), rs.getLong("id"), theme,
                                    Integer.parseInt(value)));
                        }
                    }
                });
        cells.sort(java.util.Comparator.comparing(Cell::periodCode).reversed()
                .thenComparing(cell -> MeasuredTheme.fromKey(cell.themeKey()).orElseThrow()));
        return cells;
    }

    /** The municipality's approved levels of the theme by period (numeric answers only). */
    private Map<String, Integer> approvedLevels(long municipalityId, String themeKey) {
        var levels = new HashMap<String, Integer>();
        approvedCells(municipalityId).stream().filter(cell -> cell.themeKey().equals(themeKey))
                .forEach(cell -> levels.put(cell.periodCode(), cell.level()));
        return levels;
    }

    private Optional<String> pictureStatus(long municipalityId, String period) {
        return jdbc.sql("select status from report where kind = 'PICTURE' and municipality_id = :m "
                        + "and period_code = :p")
                .param("m", municipalityId).param("p", period).query(String.class).optional();
    }

    /** A month with a submitted (not approved) Falun picture: the demo's newest one, else one inserted long ago. */
    private String submittedFalunPicture() {
        Optional<String> existing = jdbc.sql("""
                        select period_code from report
                        where kind = 'PICTURE' and municipality_id = :m and status = 'SUBMITTED'
                          and period_code in (:periods)""")
                .param("m", falun.id()).param("periods", demoMonths()).query(String.class).list().stream()
                .findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        String period = "2017-02";
        assertThat(Month.parse(period).code()).isEqualTo(period);
        if (pictureStatus(falun.id(), period).isEmpty()) {
            long formVersion = jdbc.sql("select v.id from form_version v join form f on f.id = v.form_id "
                    + "where f.form_key = :k and v.number = 1").param("k", DefaultForm.KEY).query(Long.class).single();
            jdbc.sql("""
                            insert into report (kind, subject, municipality_id, period_code, form_version_id, status,
                                                created_at, created_by)
                            values ('PICTURE', :subject, :m, :p, :v, 'SUBMITTED', :at, 'test.action')""")
                    .param("subject", "municipality:" + falun.id()).param("m", falun.id()).param("p", period)
                    .param("v", formVersion).param("at", OffsetDateTime.of(2017, 3, 3, 10, 0, 0, 0, ZoneOffset.UTC))
                    .update();
        }
        assertThat(pictureStatus(falun.id(), period)).contains("SUBMITTED");
        return period;
    }
}
