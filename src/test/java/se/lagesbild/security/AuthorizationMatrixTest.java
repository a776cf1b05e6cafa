package se.lagesbild.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static se.lagesbild.support.DemoLogins.ADMIN;
import static se.lagesbild.support.DemoLogins.BORLANGE_SOCIAL_SERVICES;
import static se.lagesbild.support.DemoLogins.DALARNA_COUNTY;
import static se.lagesbild.support.DemoLogins.FALUN_COORDINATOR;
import static se.lagesbild.support.DemoLogins.FALUN_POLICE;
import static se.lagesbild.support.DemoLogins.FALUN_SCHOOL;
import static se.lagesbild.support.DemoLogins.NATIONAL_READER;
import static se.lagesbild.support.DemoLogins.VASTERAS_COORDINATOR;
import static se.lagesbild.support.DemoLogins.VASTMANLAND_COUNTY;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import se.lagesbild.action.ActionPlan;
import se.lagesbild.action.ActionPlans;
import se.lagesbild.action.Approach;
import se.lagesbild.action.GoalDraft;
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
import se.lagesbild.action.Problems;
import se.lagesbild.knowledge.KnowledgeBank;
import se.lagesbild.knowledge.KnowledgeDetails;
import se.lagesbild.knowledge.KnowledgeItem;
import se.lagesbild.knowledge.KnowledgeKind;
import se.lagesbild.knowledge.KnowledgeTestFiles;
import se.lagesbild.knowledge.KnowledgeVisibility;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.Role;
import se.lagesbild.shared.Scope;
import se.lagesbild.reporting.demo.DemoHistoryWritten;
import se.lagesbild.support.DemoLogins;
import se.lagesbild.support.PostgresTest;

/**
 * Every endpoint of the running application × every role × organisations inside and outside the role's scope.
 * The endpoints are discovered from the application's handler mappings, so a new endpoint that is not described in
 * {@link #matrix()} fails this test until someone decides who may reach it.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    /** Everyone who signs in, one demo account per role; plus the anonymous visitor (null). */
    private static final List<String> USERS = List.of(ADMIN, NATIONAL_READER, DALARNA_COUNTY, FALUN_COORDINATOR,
            FALUN_POLICE);
    private static final Set<String> EVERYONE = Set.copyOf(USERS);
    private static final Set<String> MANAGERS_OF_FALUN = Set.of(ADMIN, DALARNA_COUNTY, FALUN_COORDINATOR);
    private static final Set<String> MANAGERS_OF_BORLANGE = Set.of(ADMIN, DALARNA_COUNTY);
    private static final Set<String> MANAGERS_OF_VASTERAS = Set.of(ADMIN);
    /** Nobody among the probing users may (kept apart from PUBLIC, which is the empty set). */
    private static final Set<String> NOBODY = Set.of("-");
    /** Public endpoints: the anonymous visitor passes too. */
    private static final Set<String> PUBLIC = Set.of();

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    private final Map<String, Cookie> sessions = new HashMap<>();
    private final Map<String, Long> ids = new HashMap<>();
    /** The public id of a published citizen promise of Falun. */
    private String publishedPromise;
    /** The newest approved picture period of each municipality with action data, by SCB code. */
    private final Map<String, String> approvedPeriods = new HashMap<>();

    /** One concrete request and who may get through. {@code allowed == PUBLIC} means anyone, signed in or not. */
    record Probe(HttpMethod method, String path, Set<String> allowed) {
    }

    @BeforeAll
    void signInAndLookUpIds() throws Exception {
        for (String user : USERS) {
            sessions.put(user, DemoLogins.login(mvc, user));
        }
        ids.put("falunPoliceUnit", unitId("2080", "Lokalpolisområdet"));
        ids.put("falunSchoolUnit", unitId("2080", "Grundskolan och gymnasiet"));
        ids.put("borlangeUnit", unitId("2081", "Socialtjänsten"));
        ids.put("vasterasUnit", unitId("1980", "Socialtjänsten"));
        for (String account : List.of(FALUN_SCHOOL, BORLANGE_SOCIAL_SERVICES, VASTERAS_COORDINATOR,
                VASTMANLAND_COUNTY, NATIONAL_READER)) {
            ids.put(account, jdbc.sql("select id from account where username = :u").param("u", account)
                    .query(Long.class).single());
        }
        for (String code : List.of("2080", "2081", "1980")) {
            ids.put(code, jdbc.sql("select id from organisation where code = :c").param("c", code)
                    .query(Long.class).single());
        }
        prepareForms();
        prepareReports();
        prepareNotifications();
        prepareRegionalPictures();
        // the promise and the action data are made from approved demo pictures
        DemoHistoryWritten.await(context);
        preparePublishedPromise();
        prepareActions();
        prepareForums();
        prepareNetwork();
        prepareKnowledge();
    }

    /**
     * A problem, a plan, a measure and its follow-up of Falun (the measure answers to the problem's cause, so the cause
     * cannot be removed), of Borlänge (same county, another municipality) and of Västerås (another county), made
     * through the services as each municipality's coordinator on its newest approved picture.
     */
    private void prepareActions() {
        long dalarna = jdbc.sql("select id from organisation where code = '20'").query(Long.class).single();
        long vastmanland = jdbc.sql("select id from organisation where code = '19'").query(Long.class).single();
        prepareAction("falun", "2080", Scope.municipality(dalarna, ids.get("2080")));
        prepareAction("borlange", "2081", Scope.municipality(dalarna, ids.get("2081")));
        prepareAction("vasteras", "1980", Scope.municipality(vastmanland, ids.get("1980")));
    }

    private void prepareAction(String name, String code, Scope scope) {
        var coordinator = new CurrentUser(0, "matrix." + name, "Matris " + name, Role.MUNICIPAL_COORDINATOR, scope,
                name, true, null);
        String period = jdbc.sql("""
                        select max(period_code) from report
                        where kind = 'PICTURE' and status = 'APPROVED' and municipality_id = :municipality""")
                .param("municipality", ids.get(code)).query(String.class).single();
        approvedPeriods.put(code, period);
        Problems problems = context.getBean(Problems.class);
        ActionPlans plans = context.getBean(ActionPlans.class);
        Measures measureService = context.getBean(Measures.class);
        long problem = problems.recordFromCell(coordinator, code, "networks", period, "Matrisens problem " + name,
                "").id();
        long cause = problems.addCause(coordinator, problem, Perspective.SOCIAL, "Matrisens orsak", "").id();
        LocalDate today = LocalDate.now();
        ActionPlan plan = plans.create(coordinator, PlanKind.ACTION_PLAN, code,
                new PlanDetails("Matrisens plan " + name, today, today.plusMonths(6), PlanStatus.ACTIVE, "", "",
                        null, ""),
                List.of(new GoalDraft(problem, 1, period, "")));
        Measure measure = measureService.addMeasure(coordinator, plan.id(), new MeasureDetails("Matrisens åtgärd", "",
                Approach.SOCIAL, Horizon.SHORT, "Fritid", today, today.plusMonths(1), null, MeasureStatus.PLANNED,
                Set.of(new MeasureBasis(problem, cause))));
        ids.put(name + "Problem", problem);
        ids.put(name + "Cause", cause);
        ids.put(name + "Plan", plan.id());
        ids.put(name + "Measure", measure.id());
        ids.put(name + "FollowUp", plans.view(coordinator, plan.id()).measures().get(0).followUps().get(0).id());
    }

    /**
     * Action and follow-up: a municipality's work is read by its coordinator and contributors, the county's
     * coordinators and administrators, and written by its own coordinator only; the county overview is the county's.
     * Probes that get through change nothing: they lack required fields, carry no valid version, or remove a cause a
     * measure answers to.
     */
    private void actionRules(Map<String, List<Probe>> m) {
        Set<String> readersOfFalun = Set.of(ADMIN, DALARNA_COUNTY, FALUN_COORDINATOR, FALUN_POLICE);
        Set<String> readersOfBorlange = Set.of(ADMIN, DALARNA_COUNTY);
        Set<String> falunWriter = Set.of(FALUN_COORDINATOR);
        m.put("GET /action", List.of(get("/action", readersOfFalun)));
        m.put("GET /action/municipality/{code}", List.of(get("/action/municipality/2080", readersOfFalun),
                get("/action/municipality/2081", readersOfBorlange), get("/action/municipality/1980", Set.of(ADMIN))));
        m.put("GET /action/county/{code}", List.of(get("/action/county/20", Set.of(ADMIN, DALARNA_COUNTY)),
                get("/action/county/19", Set.of(ADMIN))));
        String falunCell = "municipality=2080&theme=networks&period=" + approvedPeriods.get("2080");
        String borlangeCell = "municipality=2081&theme=networks&period=" + approvedPeriods.get("2081");
        // a theme that does not recur answers 409 to the county's coordinator: through security, nothing written
        m.put("GET /action/problems/new", List.of(get("/action/problems/new?" + falunCell, falunWriter),
                get("/action/problems/new?" + borlangeCell, NOBODY),
                get("/action/problems/new?county=20&theme=networks&period=" + approvedPeriods.get("2080"),
                        Set.of(DALARNA_COUNTY)),
                get("/action/problems/new?county=19&theme=networks&period=" + approvedPeriods.get("1980"), NOBODY)));
        m.put("POST /action/problems", List.of(post("/action/problems?" + falunCell, falunWriter),
                post("/action/problems?" + borlangeCell, NOBODY)));
        for (String suffix : List.of("", "/edit")) {
            boolean read = suffix.isEmpty();
            m.put("GET /action/problems/{id}" + suffix, List.of(
                    get("/action/problems/" + ids.get("falunProblem") + suffix, read ? readersOfFalun : falunWriter),
                    get("/action/problems/" + ids.get("borlangeProblem") + suffix, read ? readersOfBorlange : NOBODY),
                    get("/action/problems/" + ids.get("vasterasProblem") + suffix, read ? Set.of(ADMIN) : NOBODY)));
        }
        for (String suffix : List.of("", "/causes")) {
            m.put("POST /action/problems/{id}" + suffix, List.of(
                    post("/action/problems/" + ids.get("falunProblem") + suffix, falunWriter),
                    post("/action/problems/" + ids.get("borlangeProblem") + suffix, NOBODY)));
        }
        m.put("POST /action/problems/{id}/causes/{causeId}/delete", List.of(
                post("/action/problems/" + ids.get("falunProblem") + "/causes/" + ids.get("falunCause") + "/delete",
                        falunWriter),
                post("/action/problems/" + ids.get("borlangeProblem") + "/causes/" + ids.get("borlangeCause")
                        + "/delete", NOBODY)));
        m.put("GET /action/plans/new", List.of(get("/action/plans/new?owner=2080", falunWriter),
                get("/action/plans/new?owner=2081", NOBODY), get("/action/plans/new?owner=20", Set.of(DALARNA_COUNTY)),
                get("/action/plans/new?owner=19", NOBODY)));
        m.put("POST /action/plans", List.of(post("/action/plans?owner=2080", falunWriter),
                post("/action/plans?owner=2081", NOBODY)));
        for (String suffix : List.of("", "/effect")) {
            m.put("GET /action/plans/{id}" + suffix, List.of(
                    get("/action/plans/" + ids.get("falunPlan") + suffix, readersOfFalun),
                    get("/action/plans/" + ids.get("borlangePlan") + suffix, readersOfBorlange),
                    get("/action/plans/" + ids.get("vasterasPlan") + suffix, Set.of(ADMIN))));
        }
        for (String suffix : List.of("/edit", "/measures/new")) {
            m.put("GET /action/plans/" + (suffix.equals("/edit") ? "{id}" : "{planId}") + suffix, List.of(
                    get("/action/plans/" + ids.get("falunPlan") + suffix, falunWriter),
                    get("/action/plans/" + ids.get("borlangePlan") + suffix, NOBODY)));
        }
        // an outdated version (999) answers 409 to the plan's writer; nothing is published
        for (String suffix : List.of("", "/publish?version=999", "/unpublish?version=999", "/measures")) {
            String pattern = "POST /action/plans/{id}" + suffix.replaceAll("\\?.*", "");
            m.put(pattern.equals("POST /action/plans/{id}/measures") ? "POST /action/plans/{planId}/measures"
                    : pattern, List.of(
                    post("/action/plans/" + ids.get("falunPlan") + suffix, falunWriter),
                    post("/action/plans/" + ids.get("borlangePlan") + suffix, NOBODY)));
        }
        for (String suffix : List.of("", "/follow-ups")) {
            m.put("POST /action/measures/{id}" + suffix, List.of(
                    post("/action/measures/" + ids.get("falunMeasure") + suffix, falunWriter),
                    post("/action/measures/" + ids.get("borlangeMeasure") + suffix, NOBODY)));
        }
        m.put("GET /action/measures/{id}", List.of(get("/action/measures/" + ids.get("falunMeasure"), falunWriter),
                get("/action/measures/" + ids.get("borlangeMeasure"), NOBODY)));
        m.put("GET /action/follow-ups/{id}", List.of(
                get("/action/follow-ups/" + ids.get("falunFollowUp"), readersOfFalun),
                get("/action/follow-ups/" + ids.get("borlangeFollowUp"), readersOfBorlange),
                get("/action/follow-ups/" + ids.get("vasterasFollowUp"), Set.of(ADMIN))));
        m.put("POST /action/follow-ups/{id}", List.of(
                post("/action/follow-ups/" + ids.get("falunFollowUp"), falunWriter),
                post("/action/follow-ups/" + ids.get("borlangeFollowUp"), NOBODY)));
    }

    /**
     * A published citizen promise of Falun, made through the services as Falun's coordinator on a problem from
     * Falun's newest approved picture. (An unpublished promise answers 404 to everybody, signed in or not, which the
     * matrix cannot express: PublicPromisePageTest proves it.)
     */
    private void preparePublishedPromise() {
        long dalarna = jdbc.sql("select id from organisation where code = '20'").query(Long.class).single();
        var falun = new CurrentUser(0, "matrix.falun", "Matris Falun", Role.MUNICIPAL_COORDINATOR,
                Scope.municipality(dalarna, ids.get("2080")), "Falun", true, null);
        String period = jdbc.sql("""
                        select max(period_code) from report
                        where kind = 'PICTURE' and status = 'APPROVED' and municipality_id = :falun""")
                .param("falun", ids.get("2080")).query(String.class).single();
        long problem = context.getBean(Problems.class).recordFromCell(falun, "2080", "racism", period,
                "Matrisens problem", "").id();
        ActionPlans plans = context.getBean(ActionPlans.class);
        LocalDate today = LocalDate.now();
        ActionPlan promise = plans.create(falun, PlanKind.CITIZEN_PROMISE, "2080",
                new PlanDetails("Matrisens medborgarlöfte", today, today.plusYears(1), PlanStatus.ACTIVE,
                        "Kommunens ordförande", "Lokalpolisområdeschefen", today, ""),
                List.of(new GoalDraft(problem, 1, YearMonth.from(today.plusMonths(6)).toString(), "")));
        publishedPromise = plans.publish(falun, promise.id(), promise.version()).publicId();
    }

    /** Dalarna's regional pictures: one published (2024-04) and one draft (2024-03), written over HTTP. */
    private void prepareRegionalPictures() throws Exception {
        Cookie dalarna = sessions.get(DALARNA_COUNTY);
        mvc.perform(request(HttpMethod.POST, "/analysis/county/20/regional").param("period", "2024-04")
                .param("summary", "Läget är stabilt.").param("action", "publish").cookie(dalarna).with(csrf()));
        mvc.perform(request(HttpMethod.POST, "/analysis/county/20/regional").param("period", "2024-03")
                .param("summary", "Utkast.").cookie(dalarna).with(csrf()));
        for (String period : List.of("2024-04", "2024-03")) {
            ids.put("regional" + period, jdbc.sql("select a.id from regional_analysis a join organisation o "
                    + "on o.id = a.county_id where o.code = '20' and a.period_code = :p").param("p", period)
                    .query(Long.class).single());
        }
    }

    /**
     * Forms of every kind of owner: the national default form; Dalarna's county form with a draft and with a published
     * version; Västmanland's published county form; Falun's extension (a draft with one theme and question).
     */
    private void prepareForms() throws Exception {
        Cookie dalarna = sessions.get(DALARNA_COUNTY);
        Cookie vastmanland = DemoLogins.login(mvc, VASTMANLAND_COUNTY);
        Cookie falun = sessions.get(FALUN_COORDINATOR);
        long defaultVersion = jdbc.sql("select v.id from form_version v join form f on f.id = v.form_id "
                + "where f.form_key = 'lagesbild-sociala-risker' and v.number = 1").query(Long.class).single();
        ids.put("defaultForm", formOf(defaultVersion));
        ids.put("defaultVersion", defaultVersion);
        ids.put("dalarnaDraft", createForm(dalarna, "Matris Dalarna utkast", defaultVersion));
        ids.put("dalarnaPublished", createForm(dalarna, "Matris Dalarna publicerad", defaultVersion));
        publish(dalarna, ids.get("dalarnaPublished"));
        ids.put("vastmanlandPublished", createForm(vastmanland, "Matris Västmanland", defaultVersion));
        publish(vastmanland, ids.get("vastmanlandPublished"));
        ids.put("falunExtension", createForm(falun, "Matris Falun tillägg", ids.get("dalarnaPublished")));
        mvc.perform(request(HttpMethod.POST, "/forms/versions/" + ids.get("falunExtension") + "/themes")
                .param("key", "falun").param("titleSv", "Falun").param("version", "0").cookie(falun).with(csrf()));
        mvc.perform(request(HttpMethod.POST, "/forms/versions/" + ids.get("falunExtension") + "/questions")
                .param("theme", "falun").param("key", "falun_q").param("type", "TEXT").param("labelSv", "Fråga")
                .param("version", "1").cookie(falun).with(csrf()));
        for (String name : List.of("dalarnaDraft", "dalarnaPublished", "vastmanlandPublished", "falunExtension")) {
            ids.put(name + "Form", formOf(ids.get(name)));
        }
    }

    /**
     * Reports in and out of every user's scope: Falun police's weekly contribution, Falun's picture, a Borlänge
     * contribution and a Västerås picture, all drafts for periods no other test uses.
     */
    private void prepareReports() throws Exception {
        ids.put("falunWeek", startReport(sessions.get(FALUN_POLICE), "/reports/contributions", "unitId",
                ids.get("falunPoliceUnit"), "2025-W01"));
        ids.put("falunPicture", startReport(sessions.get(FALUN_COORDINATOR), "/reports/pictures", "municipalityId",
                ids.get("2080"), "2025-01"));
        ids.put("borlangeWeek", startReport(DemoLogins.login(mvc, BORLANGE_SOCIAL_SERVICES), "/reports/contributions",
                "unitId", ids.get("borlangeUnit"), "2025-W01"));
        ids.put("vasterasPicture", startReport(DemoLogins.login(mvc, VASTERAS_COORDINATOR), "/reports/pictures",
                "municipalityId", ids.get("1980"), "2025-01"));
    }

    private long startReport(Cookie session, String path, String subject, long subjectId, String period)
            throws Exception {
        String location = mvc.perform(request(HttpMethod.POST, path).param(subject, String.valueOf(subjectId))
                        .param("period", period).cookie(session).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** A notification of Falun's police contributor and one of the administrator. */
    private void prepareNotifications() {
        for (String owner : List.of(FALUN_POLICE, ADMIN)) {
            var key = new GeneratedKeyHolder();
            jdbc.sql("""
                            insert into notification (account_id, kind, report_subject, period_code, event_key,
                                                      created_at, subject_sv, body_sv)
                            select id, 'REMINDER', 'unit:0', '2025-W01', :key, current_timestamp, 'Matris', 'Matris'
                            from account where username = :owner""")
                    .param("key", "REMINDER:matrix:" + System.nanoTime()).param("owner", owner)
                    .update(key, "id");
            ids.put("notification:" + owner, key.getKey().longValue());
        }
    }

    /** Notifications: everyone reads and marks only their own; the outbox is for administrators and coordinators. */
    private void notificationEndpoints(Map<String, List<Probe>> m) {
        m.put("GET /notifications", List.of(get("/notifications", EVERYONE)));
        m.put("POST /notifications/{id}/read", List.of(
                post("/notifications/" + ids.get("notification:" + FALUN_POLICE) + "/read", Set.of(FALUN_POLICE)),
                post("/notifications/" + ids.get("notification:" + ADMIN) + "/read", Set.of(ADMIN))));
        m.put("GET /outbox", List.of(get("/outbox", Set.of(ADMIN, DALARNA_COUNTY, FALUN_COORDINATOR))));
    }

    /** Reports: the unit fills in, the municipal coordinator reviews contributions and the county pictures. */
    private void reportEndpoints(Map<String, List<Probe>> m) {
        Set<String> reporters = Set.of(ADMIN, DALARNA_COUNTY, FALUN_COORDINATOR, FALUN_POLICE);
        long falunWeek = ids.get("falunWeek");
        long falunPicture = ids.get("falunPicture");
        long borlangeWeek = ids.get("borlangeWeek");
        long vasterasPicture = ids.get("vasterasPicture");
        m.put("GET /reports", List.of(get("/reports", reporters)));
        m.put("GET /completeness", List.of(
                get("/completeness", Set.of(ADMIN, DALARNA_COUNTY, FALUN_COORDINATOR)),
                get("/completeness?area=20", Set.of(ADMIN, DALARNA_COUNTY)),
                get("/completeness?area=2081", Set.of(ADMIN, DALARNA_COUNTY)),
                get("/completeness?area=19", Set.of(ADMIN))));
        // without a form the schedule is not saved: permitted coordinators get the page back with a message
        m.put("GET /schedules", List.of(get("/schedules", Set.of(DALARNA_COUNTY, FALUN_COORDINATOR))));
        m.put("POST /schedules", List.of(post("/schedules", Set.of(DALARNA_COUNTY, FALUN_COORDINATOR))));
        m.put("POST /reports/contributions", List.of(
                post("/reports/contributions?unitId=" + ids.get("falunPoliceUnit") + "&period=2025-W01",
                        Set.of(FALUN_COORDINATOR, FALUN_POLICE)),
                post("/reports/contributions?unitId=" + ids.get("borlangeUnit") + "&period=2025-W01", NOBODY)));
        m.put("POST /reports/pictures", List.of(
                post("/reports/pictures?municipalityId=" + ids.get("2080") + "&period=2025-01",
                        Set.of(FALUN_COORDINATOR)),
                post("/reports/pictures?municipalityId=" + ids.get("1980") + "&period=2025-01", NOBODY)));
        m.put("GET /reports/{id}", List.of(
                get("/reports/" + falunWeek, Set.of(ADMIN, DALARNA_COUNTY, FALUN_COORDINATOR, FALUN_POLICE)),
                get("/reports/" + falunPicture, Set.of(ADMIN, DALARNA_COUNTY, FALUN_COORDINATOR)),
                get("/reports/" + borlangeWeek, Set.of(ADMIN, DALARNA_COUNTY)),
                get("/reports/" + vasterasPicture, Set.of(ADMIN))));
        // a page save with no valid row version, and an autosave of an empty answer: permitted ones change nothing
        for (String suffix : List.of("", "/answers/racism_level")) {
            m.put("POST /reports/{id}" + (suffix.isEmpty() ? "" : "/answers/{key}"), List.of(
                    post("/reports/" + falunWeek + suffix, Set.of(FALUN_COORDINATOR, FALUN_POLICE)),
                    post("/reports/" + falunPicture + suffix, Set.of(FALUN_COORDINATOR)),
                    post("/reports/" + borlangeWeek + suffix, NOBODY),
                    post("/reports/" + vasterasPicture + suffix, NOBODY)));
        }
        // reviewing a draft is refused by the workflow (409) once the reviewer gets through security
        for (String step : List.of("approve", "return", "reopen")) {
            m.put("POST /reports/{id}/" + step, List.of(
                    post("/reports/" + falunWeek + "/" + step, Set.of(FALUN_COORDINATOR)),
                    post("/reports/" + falunPicture + "/" + step, Set.of(DALARNA_COUNTY)),
                    post("/reports/" + borlangeWeek + "/" + step, NOBODY),
                    post("/reports/" + vasterasPicture + "/" + step, NOBODY)));
        }
        // the basis of a picture (raw contributions side by side): the coordinator, the county and administrators
        m.put("GET /reports/pictures/{municipalityCode}/{periodCode}/basis", List.of(
                get("/reports/pictures/2080/2025-01/basis", Set.of(ADMIN, DALARNA_COUNTY, FALUN_COORDINATOR)),
                get("/reports/pictures/2081/2025-01/basis", Set.of(ADMIN, DALARNA_COUNTY)),
                get("/reports/pictures/1980/2025-01/basis", Set.of(ADMIN))));
        // prefilling changes the picture, so only its coordinator; there are no counted contributions in 2025-01,
        // so a permitted prefill fills nothing
        m.put("POST /reports/{id}/prefill", List.of(
                post("/reports/" + falunPicture + "/prefill", Set.of(FALUN_COORDINATOR)),
                post("/reports/" + falunWeek + "/prefill", NOBODY),
                post("/reports/" + vasterasPicture + "/prefill", NOBODY)));
        // the meeting is read with the picture and recorded by its coordinator; a meeting posted without its fields
        // is shown again with the problems, so a permitted probe saves nothing
        m.put("GET /reports/{id}/meeting", List.of(
                get("/reports/" + falunPicture + "/meeting", Set.of(ADMIN, DALARNA_COUNTY, FALUN_COORDINATOR)),
                get("/reports/" + falunWeek + "/meeting", NOBODY),
                get("/reports/" + vasterasPicture + "/meeting", Set.of(ADMIN))));
        m.put("POST /reports/{id}/meeting", List.of(
                post("/reports/" + falunPicture + "/meeting", Set.of(FALUN_COORDINATOR)),
                post("/reports/" + falunWeek + "/meeting", NOBODY),
                post("/reports/" + vasterasPicture + "/meeting", NOBODY)));
    }

    /**
     * The analysis: the live county view for the county board, trends also for a municipality's own coordinator,
     * observations within scope, the national view for national readers, regional pictures for their readers.
     */
    private void analysisRules(Map<String, List<Probe>> m) {
        Set<String> everyone = Set.of(ADMIN, NATIONAL_READER, DALARNA_COUNTY, FALUN_COORDINATOR, FALUN_POLICE);
        long published = ids.get("regional2024-04");
        long draft = ids.get("regional2024-03");
        m.put("GET /analysis", List.of(get("/analysis", everyone)));
        m.put("GET /analysis/county/{countyCode}", List.of(
                get("/analysis/county/20?period=2024-04", Set.of(ADMIN, DALARNA_COUNTY)),
                get("/analysis/county/19", Set.of(ADMIN))));
        m.put("POST /analysis/county/{countyCode}/signals", List.of(
                post("/analysis/county/20/signals?period=2024-04&key=JUMP:1:racism:2024-04", Set.of(DALARNA_COUNTY)),
                post("/analysis/county/19/signals?period=2024-04&key=JUMP:1:racism:2024-04", NOBODY)));
        m.put("GET /analysis/county/{countyCode}/observations", List.of(
                get("/analysis/county/20/observations?municipality=2080&theme=racism&period=2024-06",
                        Set.of(ADMIN, DALARNA_COUNTY, FALUN_COORDINATOR)),
                get("/analysis/county/20/observations?municipality=2081&theme=racism&period=2024-06",
                        Set.of(ADMIN, DALARNA_COUNTY)),
                get("/analysis/county/19/observations?municipality=1980&theme=racism&period=2024-06",
                        Set.of(ADMIN))));
        m.put("GET /analysis/county/{countyCode}/trends", List.of(
                get("/analysis/county/20/trends?theme=racism", Set.of(ADMIN, DALARNA_COUNTY, FALUN_COORDINATOR)),
                get("/analysis/county/20/trends?theme=racism&municipality=2081", Set.of(ADMIN, DALARNA_COUNTY)),
                get("/analysis/county/19/trends", Set.of(ADMIN))));
        m.put("GET /analysis/national", List.of(get("/analysis/national", Set.of(ADMIN, NATIONAL_READER))));
        m.put("GET /analysis/county/{countyCode}/map", List.of(
                get("/analysis/county/20/map?theme=racism", Set.of(ADMIN, DALARNA_COUNTY)),
                get("/analysis/county/19/map", Set.of(ADMIN))));
        m.put("GET /analysis/national/map", List.of(
                get("/analysis/national/map?theme=protective", Set.of(ADMIN, NATIONAL_READER))));
        m.put("GET /analysis/county/{countyCode}/regional", List.of(
                get("/analysis/county/20/regional?period=2024-06", Set.of(DALARNA_COUNTY)),
                get("/analysis/county/19/regional", NOBODY)));
        m.put("POST /analysis/county/{countyCode}/regional", List.of(
                post("/analysis/county/20/regional?period=2024-05&summary=Kort", Set.of(DALARNA_COUNTY)),
                post("/analysis/county/19/regional?period=2024-05&summary=Kort", NOBODY)));
        // Taking back a draft is a conflict (409): the county coordinator got through to the rule, nobody else did.
        m.put("POST /analysis/county/{countyCode}/regional/withdraw", List.of(
                post("/analysis/county/20/regional/withdraw?period=2024-03&version=0", Set.of(DALARNA_COUNTY)),
                post("/analysis/county/19/regional/withdraw?period=2024-03&version=0", NOBODY)));
        m.put("GET /regional-pictures", List.of(get("/regional-pictures", everyone)));
        m.put("GET /regional-pictures/{id}", List.of(
                get("/regional-pictures/" + published, everyone),
                get("/regional-pictures/" + draft, Set.of(ADMIN, DALARNA_COUNTY))));
        for (String format : List.of("pdf", "xlsx")) {
            // A draft never leaves the system: its readers get 409, everybody else 404.
            m.put("GET /regional-pictures/{id}/" + format, List.of(
                    get("/regional-pictures/" + published + "/" + format, everyone),
                    get("/regional-pictures/" + draft + "/" + format, Set.of(ADMIN, DALARNA_COUNTY))));
        }
    }

    /** Creates a form as the signed-in user and answers the id of its first version. */
    private long createForm(Cookie session, String name, long startFrom) throws Exception {
        String location = mvc.perform(request(HttpMethod.POST, "/forms").param("nameSv", name)
                        .param("startFrom", String.valueOf(startFrom)).cookie(session).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        long formId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        return jdbc.sql("select id from form_version where form_id = :f and number = 1").param("f", formId)
                .query(Long.class).single();
    }

    private void publish(Cookie session, long versionId) throws Exception {
        int version = jdbc.sql("select version from form_version where id = :id").param("id", versionId)
                .query(Integer.class).single();
        mvc.perform(request(HttpMethod.POST, "/forms/versions/" + versionId + "/publish")
                .param("version", String.valueOf(version)).cookie(session).with(csrf()));
    }

    private long formOf(long versionId) {
        return jdbc.sql("select form_id from form_version where id = :id").param("id", versionId)
                .query(Long.class).single();
    }

    /**
     * The knowledge bank, made through the service as an administrator: a Dalarna item visible in the county, with an
     * attachment; a Falun item visible to everyone signed in; a Västmanland item visible in the county, with an
     * attachment.
     */
    private void prepareKnowledge() {
        var admin = new CurrentUser(0, "matrix.admin", "Matris admin", Role.ADMIN, Scope.national(), "Sverige", true,
                null);
        KnowledgeBank bank = context.getBean(KnowledgeBank.class);
        for (String[] spec : new String[][] {{"20", "COUNTY", "knowledgeDalarna"}, {"2080", "ALL", "knowledgeFalun"},
                {"19", "COUNTY", "knowledgeVastmanland"}}) {
            KnowledgeItem item = bank.create(admin, new KnowledgeDetails(KnowledgeKind.METHOD, "Matrisens kunskap "
                    + spec[0], "Matris.", Set.of(), "matris", spec[0], LocalDate.now(),
                    KnowledgeVisibility.valueOf(spec[1])));
            ids.put(spec[2], item.id());
            if (!spec[0].equals("2080")) {
                ids.put(spec[2] + "File", bank.attach(admin, item.id(), item.version(), "matris.pdf",
                        KnowledgeTestFiles.pdf("Matris")).id());
            }
        }
    }

    /**
     * The knowledge bank: everyone signed in reads what is visible to all, a county's items are read within the county
     * (national readers excluded), and the owner's coordinators and administrators write. Probes that get through
     * change nothing: a new item or a change without a title is shown again with the problems, an upload without a
     * file is refused at the field, and removing an attachment without the item's version answers 409.
     */
    private void knowledgeRules(Map<String, List<Probe>> m) {
        Set<String> readDalarna = Set.of(ADMIN, DALARNA_COUNTY, FALUN_COORDINATOR, FALUN_POLICE);
        Set<String> writeDalarna = Set.of(ADMIN, DALARNA_COUNTY);
        Set<String> writeFalun = Set.of(ADMIN, FALUN_COORDINATOR);
        long dalarna = ids.get("knowledgeDalarna");
        long falun = ids.get("knowledgeFalun");
        long vastmanland = ids.get("knowledgeVastmanland");
        m.put("GET /knowledge", List.of(get("/knowledge?q=matris&kind=METHOD&theme=school", EVERYONE)));
        m.put("GET /knowledge/new", List.of(get("/knowledge/new", Set.of(ADMIN, DALARNA_COUNTY, FALUN_COORDINATOR))));
        m.put("POST /knowledge", List.of(post("/knowledge", Set.of(ADMIN, DALARNA_COUNTY, FALUN_COORDINATOR))));
        m.put("GET /knowledge/{id}", List.of(get("/knowledge/" + dalarna, readDalarna),
                get("/knowledge/" + falun, EVERYONE), get("/knowledge/" + vastmanland, Set.of(ADMIN))));
        for (String endpoint : List.of("GET /knowledge/{id}/edit", "POST /knowledge/{id}",
                "POST /knowledge/{id}/attachments")) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String suffix = endpoint.substring(endpoint.indexOf("{id}") + 4);
            m.put(endpoint, List.of(probe(method, "/knowledge/" + dalarna + suffix, writeDalarna),
                    probe(method, "/knowledge/" + falun + suffix, writeFalun),
                    probe(method, "/knowledge/" + vastmanland + suffix, Set.of(ADMIN))));
        }
        m.put("GET /knowledge/attachments/{id}", List.of(
                get("/knowledge/attachments/" + ids.get("knowledgeDalarnaFile"), readDalarna),
                get("/knowledge/attachments/" + ids.get("knowledgeVastmanlandFile"), Set.of(ADMIN))));
        m.put("POST /knowledge/attachments/{id}/delete", List.of(
                post("/knowledge/attachments/" + ids.get("knowledgeDalarnaFile") + "/delete", writeDalarna),
                post("/knowledge/attachments/" + ids.get("knowledgeVastmanlandFile") + "/delete", Set.of(ADMIN))));
    }

    /**
     * The county network: Dalarna's demo network (its coordinator, falun.samordnare and falun.polis are members with
     * accounts; last year's evaluation is closed) and Västmanland's, each given a member, a meeting and priorities
     * for {@value #NETWORK_YEAR} with an open evaluation, through the services as each county's coordinator.
     */
    private void prepareNetwork() {
        long dalarna = jdbc.sql("select id from organisation where code = '20'").query(Long.class).single();
        long vastmanland = jdbc.sql("select id from organisation where code = '19'").query(Long.class).single();
        prepareNetwork("dalarna", "20", Scope.county(dalarna));
        prepareNetwork("vastmanland", "19", Scope.county(vastmanland));
    }

    private static final int NETWORK_YEAR = 2040;

    private void prepareNetwork(String name, String code, Scope scope) {
        var coordinator = new CurrentUser(0, "matrix." + name, "Matris " + name, Role.COUNTY_COORDINATOR, scope,
                name, true, null);
        var networks = context.getBean(se.lagesbild.network.Networks.class);
        var priorities = context.getBean(se.lagesbild.network.NetworkPriorities.class);
        long member = networks.addMember(coordinator, code, new se.lagesbild.network.MemberDetails("Matris",
                "Medlemsson", se.lagesbild.network.MemberKind.PARTNER, null, "Matrisens partner", "", null)).id();
        long meeting = context.getBean(se.lagesbild.network.NetworkMeetings.class).create(coordinator, code,
                new se.lagesbild.network.MeetingDetails("Matrisens möte", LocalDate.now().plusDays(10),
                        java.time.LocalTime.of(10, 0), "", "", "", List.of(), Set.of(member))).id();
        priorities.save(coordinator, code, NETWORK_YEAR, null,
                List.of(new se.lagesbild.network.PriorityDraft("Matrisens prioritering", "")));
        context.getBean(se.lagesbild.network.NetworkEvaluations.class).open(coordinator, code, NETWORK_YEAR,
                priorities.year(coordinator, code, NETWORK_YEAR).year().version(), false);
        ids.put(name + "NetworkMember", member);
        ids.put(name + "NetworkMeeting", meeting);
    }

    /**
     * The county network: the county's coordinators manage it; the county's municipal coordinators and its members
     * with accounts (falun.polis) read it; members answer its open evaluations; administrators read every network and
     * the results. National readers and other counties get 404 (or 403 where the role may never). Probes that get
     * through change nothing: posts without fields re-show the form, and posts without a valid version (or on the
     * open {@value #NETWORK_YEAR} evaluations, whose priorities are fixed) answer 409.
     */
    private void networkRules(Map<String, List<Probe>> m) {
        Set<String> readersOfDalarna = Set.of(ADMIN, DALARNA_COUNTY, FALUN_COORDINATOR, FALUN_POLICE);
        Set<String> dalarnaManager = Set.of(DALARNA_COUNTY);
        Set<String> dalarnaMembers = Set.of(DALARNA_COUNTY, FALUN_COORDINATOR, FALUN_POLICE);
        String dalarna = "/network/20";
        String vastmanland = "/network/19";
        String year = "/priorities/" + NETWORK_YEAR;
        m.put("GET /network", List.of(get("/network", readersOfDalarna)));
        m.put("GET /network/{countyCode}", List.of(get(dalarna, readersOfDalarna), get(vastmanland, Set.of(ADMIN))));
        for (String path : List.of("/members/new", "/meetings/new")) {
            m.put("GET /network/{countyCode}" + path, List.of(get(dalarna + path, dalarnaManager),
                    get(vastmanland + path, NOBODY)));
        }
        for (String path : List.of("/members", "/meetings")) {
            m.put("POST /network/{countyCode}" + path, List.of(post(dalarna + path, dalarnaManager),
                    post(vastmanland + path, NOBODY)));
        }
        String dalarnaMember = "/members/" + ids.get("dalarnaNetworkMember");
        String vastmanlandMember = "/members/" + ids.get("vastmanlandNetworkMember");
        m.put("GET /network/{countyCode}/members/{id}/edit", List.of(
                get(dalarna + dalarnaMember + "/edit", dalarnaManager),
                get(vastmanland + vastmanlandMember + "/edit", NOBODY)));
        for (String suffix : List.of("", "/delete")) {
            m.put("POST /network/{countyCode}/members/{id}" + suffix, List.of(
                    post(dalarna + dalarnaMember + suffix, dalarnaManager),
                    post(vastmanland + vastmanlandMember + suffix, NOBODY)));
        }
        String dalarnaMeeting = "/meetings/" + ids.get("dalarnaNetworkMeeting");
        String vastmanlandMeeting = "/meetings/" + ids.get("vastmanlandNetworkMeeting");
        m.put("GET /network/{countyCode}/meetings/{id}", List.of(get(dalarna + dalarnaMeeting, readersOfDalarna),
                get(vastmanland + vastmanlandMeeting, Set.of(ADMIN))));
        m.put("GET /network/{countyCode}/meetings/{id}/edit", List.of(
                get(dalarna + dalarnaMeeting + "/edit", dalarnaManager),
                get(vastmanland + vastmanlandMeeting + "/edit", NOBODY)));
        m.put("POST /network/{countyCode}/meetings/{id}", List.of(post(dalarna + dalarnaMeeting, dalarnaManager),
                post(vastmanland + vastmanlandMeeting, NOBODY)));
        for (String suffix : List.of("", "/evaluation")) {
            m.put("GET /network/{countyCode}/priorities/{year}" + suffix, List.of(
                    get(dalarna + year + suffix, readersOfDalarna), get(vastmanland + year + suffix, Set.of(ADMIN))));
        }
        m.put("GET /network/{countyCode}/priorities/{year}/edit", List.of(get(dalarna + year + "/edit", dalarnaManager),
                get(vastmanland + year + "/edit", NOBODY)));
        m.put("POST /network/{countyCode}/priorities/{year}", List.of(post(dalarna + year, dalarnaManager),
                post(vastmanland + year, NOBODY)));
        m.put("POST /network/{countyCode}/priorities/{year}/evaluation", List.of(
                post(dalarna + year + "/evaluation", dalarnaMembers), post(vastmanland + year + "/evaluation", NOBODY)));
        for (String step : List.of("open", "close")) {
            m.put("POST /network/{countyCode}/priorities/{year}/evaluation/" + step, List.of(
                    post(dalarna + year + "/evaluation/" + step + "?version=999", dalarnaManager),
                    post(vastmanland + year + "/evaluation/" + step + "?version=999", NOBODY)));
        }
        // Dalarna's demo evaluation of last year is closed, with results; Västmanland's open one shows none yet
        m.put("GET /network/{countyCode}/priorities/{year}/evaluation/results", List.of(
                get(dalarna + "/priorities/" + (LocalDate.now().getYear() - 1) + "/evaluation/results",
                        Set.of(ADMIN, DALARNA_COUNTY)),
                get(vastmanland + year + "/evaluation/results", Set.of(ADMIN))));
    }

    /**
     * Forums of Dalarna (every municipality invited, so Falun too; and one inviting Borlänge only) and of Västmanland,
     * made through the service as each county's coordinator.
     */
    private void prepareForums() {
        long dalarna = jdbc.sql("select id from organisation where code = '20'").query(Long.class).single();
        long vastmanland = jdbc.sql("select id from organisation where code = '19'").query(Long.class).single();
        var dalarnaCounty = new CurrentUser(0, "matrix.dalarna", "Matris Dalarna", Role.COUNTY_COORDINATOR,
                Scope.county(dalarna), "Dalarnas län", true, null);
        var vastmanlandCounty = new CurrentUser(0, "matrix.vastmanland", "Matris Västmanland",
                Role.COUNTY_COORDINATOR, Scope.county(vastmanland), "Västmanlands län", true, null);
        ids.put("dalarnaForum", prepareForum(dalarnaCounty, "Matrisens forum Dalarna", null));
        ids.put("borlangeForum", prepareForum(dalarnaCounty, "Matrisens forum Borlänge", List.of("2081")));
        ids.put("vastmanlandForum", prepareForum(vastmanlandCounty, "Matrisens forum Västmanland", null));
    }

    private long prepareForum(CurrentUser county, String title, List<String> invited) {
        LocalDate day = LocalDate.now().plusMonths(2);
        var details = new se.lagesbild.forum.ForumDetails(se.lagesbild.forum.ForumKind.DIALOGUE_FORUM, title, "",
                day, java.time.LocalTime.of(9, 0), null, "Länsstyrelsen", "", day.minusDays(14), 3, List.of(),
                invited);
        return context.getBean(se.lagesbild.forum.Forums.class).create(county, details,
                se.lagesbild.forum.QuestionSet.ofOwn(List.of("Matrisens fråga?"))).id();
    }

    /**
     * Dialogue forums: the county's coordinators create, change and read everything of their county's forums; an
     * invited municipality's coordinator registers and answers, its contributors read the forum; administrators read
     * every forum; national readers none. Probes that get through change nothing: a forum or registration posted
     * without its fields is shown again with the problems, and answers posted empty start no draft.
     */
    private void forumRules(Map<String, List<Probe>> m) {
        long dalarna = ids.get("dalarnaForum");
        long borlange = ids.get("borlangeForum");
        long vastmanland = ids.get("vastmanlandForum");
        Set<String> county = Set.of(DALARNA_COUNTY);
        m.put("GET /forums", List.of(get("/forums", Set.of(ADMIN, DALARNA_COUNTY, FALUN_COORDINATOR, FALUN_POLICE))));
        m.put("GET /forums/new", List.of(get("/forums/new", county)));
        m.put("POST /forums", List.of(post("/forums", county)));
        m.put("GET /forums/{id}", List.of(
                get("/forums/" + dalarna, Set.of(ADMIN, DALARNA_COUNTY, FALUN_COORDINATOR, FALUN_POLICE)),
                get("/forums/" + borlange, Set.of(ADMIN, DALARNA_COUNTY)),
                get("/forums/" + vastmanland, Set.of(ADMIN))));
        m.put("GET /forums/{id}/edit", List.of(get("/forums/" + dalarna + "/edit", county),
                get("/forums/" + vastmanland + "/edit", NOBODY)));
        m.put("POST /forums/{id}", List.of(post("/forums/" + dalarna, county),
                post("/forums/" + vastmanland, NOBODY)));
        for (String method : List.of("GET", "POST")) {
            for (String suffix : List.of("/registration", "/answers")) {
                m.put(method + " /forums/{id}" + suffix, List.of(
                        probe(method, "/forums/" + dalarna + suffix, Set.of(FALUN_COORDINATOR)),
                        probe(method, "/forums/" + borlange + suffix, NOBODY),
                        probe(method, "/forums/" + vastmanland + suffix, NOBODY)));
            }
        }
        for (String suffix : List.of("/compiled", "/pdf")) {
            m.put("GET /forums/{id}" + suffix, List.of(
                    get("/forums/" + dalarna + suffix, Set.of(ADMIN, DALARNA_COUNTY)),
                    get("/forums/" + borlange + suffix, Set.of(ADMIN, DALARNA_COUNTY)),
                    get("/forums/" + vastmanland + suffix, Set.of(ADMIN))));
        }
    }

    /** Who may reach what: the security rules of the application, written down once. */
    private Map<String, List<Probe>> matrix() {
        var m = new LinkedHashMap<String, List<Probe>>();
        analysisRules(m);
        actionRules(m);
        forumRules(m);
        networkRules(m);
        knowledgeRules(m);
        m.put("GET /login", List.of(get("/login", PUBLIC)));
        m.put("GET /tillganglighet", List.of(get("/tillganglighet", PUBLIC)));
        m.put("GET /medborgarloften/{publicId}", List.of(get("/medborgarloften/" + publishedPromise, PUBLIC)));
        m.put("* /error", List.of(get("/error", PUBLIC)));
        m.put("GET /actuator/health", List.of(get("/actuator/health", PUBLIC)));
        m.put("GET /actuator/health/**", List.of(get("/actuator/health/liveness", PUBLIC)));
        m.put("GET /", List.of(get("/", EVERYONE)));
        m.put("GET /organisations", List.of(get("/organisations", EVERYONE)));
        m.put("GET /organisations/{code}", List.of(
                get("/organisations/SE", Set.of(ADMIN, NATIONAL_READER)),
                get("/organisations/20", Set.of(ADMIN, NATIONAL_READER, DALARNA_COUNTY)),
                get("/organisations/19", Set.of(ADMIN, NATIONAL_READER)),
                get("/organisations/2080", Set.of(ADMIN, NATIONAL_READER, DALARNA_COUNTY, FALUN_COORDINATOR)),
                get("/organisations/2081", Set.of(ADMIN, NATIONAL_READER, DALARNA_COUNTY)),
                get("/organisations/1980", Set.of(ADMIN, NATIONAL_READER))));
        m.put("GET /units/{id}", List.of(
                get("/units/" + ids.get("falunPoliceUnit"), EVERYONE),
                get("/units/" + ids.get("falunSchoolUnit"),
                        Set.of(ADMIN, NATIONAL_READER, DALARNA_COUNTY, FALUN_COORDINATOR)),
                get("/units/" + ids.get("borlangeUnit"), Set.of(ADMIN, NATIONAL_READER, DALARNA_COUNTY)),
                get("/units/" + ids.get("vasterasUnit"), Set.of(ADMIN, NATIONAL_READER))));
        m.put("GET /organisations/{code}/units/new", List.of(
                get("/organisations/2080/units/new", MANAGERS_OF_FALUN),
                get("/organisations/2081/units/new", MANAGERS_OF_BORLANGE),
                get("/organisations/1980/units/new", MANAGERS_OF_VASTERAS)));
        m.put("POST /organisations/{code}/units", List.of(
                post("/organisations/2080/units", MANAGERS_OF_FALUN),
                post("/organisations/2081/units", MANAGERS_OF_BORLANGE),
                post("/organisations/1980/units", MANAGERS_OF_VASTERAS)));
        for (String method : List.of("GET", "POST")) {
            String suffix = method.equals("GET") ? "/edit" : "";
            m.put(method + " /units/{id}" + suffix, List.of(
                    probe(method, "/units/" + ids.get("falunSchoolUnit") + suffix, MANAGERS_OF_FALUN),
                    probe(method, "/units/" + ids.get("borlangeUnit") + suffix, MANAGERS_OF_BORLANGE),
                    probe(method, "/units/" + ids.get("vasterasUnit") + suffix, MANAGERS_OF_VASTERAS)));
        }
        m.put("GET /accounts", List.of(get("/accounts", MANAGERS_OF_FALUN)));
        m.put("GET /accounts/new", List.of(get("/accounts/new", MANAGERS_OF_FALUN)));
        m.put("POST /accounts", List.of(post("/accounts", MANAGERS_OF_FALUN)));
        m.put("GET /accounts/unit-options", List.of(
                get("/accounts/unit-options?organisationId=" + ids.get("2080"), MANAGERS_OF_FALUN),
                get("/accounts/unit-options?organisationId=" + ids.get("2081"), MANAGERS_OF_BORLANGE),
                get("/accounts/unit-options?organisationId=" + ids.get("1980"), MANAGERS_OF_VASTERAS)));
        for (String suffix : List.of("", "/password")) {
            for (String method : suffix.isEmpty() ? List.of("GET", "POST") : List.of("POST")) {
                m.put(method + " /accounts/{id}" + suffix, List.of(
                        probe(method, "/accounts/" + ids.get(FALUN_SCHOOL) + suffix, MANAGERS_OF_FALUN),
                        probe(method, "/accounts/" + ids.get(BORLANGE_SOCIAL_SERVICES) + suffix, MANAGERS_OF_BORLANGE),
                        probe(method, "/accounts/" + ids.get(VASTERAS_COORDINATOR) + suffix, MANAGERS_OF_VASTERAS),
                        probe(method, "/accounts/" + ids.get(VASTMANLAND_COUNTY) + suffix, Set.of(ADMIN)),
                        probe(method, "/accounts/" + ids.get(NATIONAL_READER) + suffix, Set.of(ADMIN))));
            }
        }
        m.put("GET /profile/password", List.of(get("/profile/password", EVERYONE)));
        m.put("POST /profile/password", List.of(post("/profile/password", EVERYONE)));
        m.put("GET /audit", List.of(get("/audit", Set.of(ADMIN, DALARNA_COUNTY))));
        // map boundaries are national data: only administrators see and replace them; a permitted import without a
        // file is answered with a message and changes nothing
        m.put("GET /admin/map", List.of(get("/admin/map", Set.of(ADMIN))));
        m.put("POST /admin/map/import", List.of(post("/admin/map/import", Set.of(ADMIN))));
        formEndpoints(m);
        reportEndpoints(m);
        notificationEndpoints(m);
        return m;
    }

    /** Forms: everyone below a form's owner reads it; only the owner's coordinators (and administrators) change it. */
    private void formEndpoints(Map<String, List<Probe>> m) {
        Set<String> readDalarna = Set.of(ADMIN, NATIONAL_READER, DALARNA_COUNTY, FALUN_COORDINATOR, FALUN_POLICE);
        Set<String> readVastmanland = Set.of(ADMIN, NATIONAL_READER);
        Set<String> manageDalarna = Set.of(ADMIN, DALARNA_COUNTY);
        Set<String> manageFalun = Set.of(ADMIN, FALUN_COORDINATOR);
        Set<String> creators = Set.of(ADMIN, DALARNA_COUNTY, FALUN_COORDINATOR);
        long dalarnaDraft = ids.get("dalarnaDraft");
        long falunDraft = ids.get("falunExtension");
        m.put("GET /forms", List.of(get("/forms", EVERYONE)));
        m.put("GET /forms/new", List.of(get("/forms/new", creators)));
        m.put("POST /forms", List.of(post("/forms", creators)));
        m.put("GET /forms/{id}", List.of(
                get("/forms/" + ids.get("defaultForm"), EVERYONE),
                get("/forms/" + ids.get("dalarnaDraftForm"), readDalarna),
                get("/forms/" + ids.get("vastmanlandPublishedForm"), readVastmanland),
                get("/forms/" + ids.get("falunExtensionForm"), readDalarna)));
        m.put("GET /forms/versions/{id}", List.of(
                get("/forms/versions/" + ids.get("defaultVersion"), EVERYONE),
                get("/forms/versions/" + ids.get("dalarnaPublished"), readDalarna),
                get("/forms/versions/" + ids.get("vastmanlandPublished"), readVastmanland),
                get("/forms/versions/" + falunDraft, readDalarna)));
        for (String format : List.of("xlsx", "json")) {
            m.put("GET /forms/versions/{id}/export." + format, List.of(
                    get("/forms/versions/" + ids.get("defaultVersion") + "/export." + format, EVERYONE),
                    get("/forms/versions/" + ids.get("dalarnaPublished") + "/export." + format, readDalarna),
                    get("/forms/versions/" + ids.get("vastmanlandPublished") + "/export." + format, readVastmanland)));
        }
        m.put("POST /forms/{id}/draft", List.of(
                post("/forms/" + ids.get("dalarnaDraftForm") + "/draft", manageDalarna),
                post("/forms/" + ids.get("falunExtensionForm") + "/draft", manageFalun),
                post("/forms/" + ids.get("vastmanlandPublishedForm") + "/draft", Set.of(ADMIN))));
        m.put("POST /forms/{id}/import", List.of(
                post("/forms/" + ids.get("dalarnaDraftForm") + "/import", manageDalarna),
                post("/forms/" + ids.get("falunExtensionForm") + "/import", manageFalun),
                post("/forms/" + ids.get("vastmanlandPublishedForm") + "/import", Set.of(ADMIN))));
        m.put("POST /forms/versions/{id}/publish", List.of(
                post("/forms/versions/" + dalarnaDraft + "/publish", manageDalarna),
                post("/forms/versions/" + falunDraft + "/publish", manageFalun)));
        m.put("POST /forms/versions/{id}/retire", List.of(
                post("/forms/versions/" + ids.get("dalarnaPublished") + "/retire", manageDalarna),
                post("/forms/versions/" + ids.get("vastmanlandPublished") + "/retire", Set.of(ADMIN))));
        // edits carry no valid row version here, so a permitted request is answered without changing anything
        var editor = new LinkedHashMap<String, String[]>();
        editor.put("GET /forms/versions/{id}/edit", new String[] {"GET", "/edit", "/edit"});
        editor.put("POST /forms/versions/{id}/themes", new String[] {"POST", "/themes", "/themes"});
        editor.put("POST /forms/versions/{id}/themes/{key}", new String[] {"POST", "/themes/racism", "/themes/falun"});
        editor.put("POST /forms/versions/{id}/themes/{key}/move",
                new String[] {"POST", "/themes/racism/move", "/themes/falun/move"});
        editor.put("POST /forms/versions/{id}/themes/{key}/delete",
                new String[] {"POST", "/themes/racism/delete", "/themes/falun/delete"});
        editor.put("GET /forms/versions/{id}/questions/new",
                new String[] {"GET", "/questions/new?theme=racism", "/questions/new?theme=falun"});
        editor.put("POST /forms/versions/{id}/questions",
                new String[] {"POST", "/questions?theme=racism", "/questions?theme=falun"});
        editor.put("GET /forms/versions/{id}/questions/{key}",
                new String[] {"GET", "/questions/racism_level", "/questions/falun_q"});
        editor.put("POST /forms/versions/{id}/questions/{key}",
                new String[] {"POST", "/questions/racism_level", "/questions/falun_q"});
        editor.put("POST /forms/versions/{id}/questions/{key}/move",
                new String[] {"POST", "/questions/racism_level/move", "/questions/falun_q/move"});
        editor.put("POST /forms/versions/{id}/questions/{key}/delete",
                new String[] {"POST", "/questions/racism_level/delete", "/questions/falun_q/delete"});
        editor.forEach((endpoint, spec) -> m.put(endpoint, List.of(
                probe(spec[0], "/forms/versions/" + dalarnaDraft + spec[1], manageDalarna),
                probe(spec[0], "/forms/versions/" + falunDraft + spec[2], manageFalun))));
    }

    @Test
    void everyEndpointOfTheApplicationIsInTheMatrix() {
        Set<String> discovered = discoveredEndpoints().keySet();
        Set<String> described = matrix().keySet();
        assertThat(new TreeSet<>(discovered)).as("endpoints without a rule in the matrix")
                .isSubsetOf(described);
        assertThat(new TreeSet<>(described)).as("rules for endpoints that no longer exist")
                .isSubsetOf(discovered);
    }

    @Test
    void everyRoleGetsExactlyWhatTheMatrixAllows() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (var entry : matrix().entrySet()) {
            for (Probe probe : entry.getValue()) {
                checkAnonymous(probe, wrong);
                for (String user : USERS) {
                    boolean isPublic = probe.allowed() == PUBLIC;
                    boolean mayPass = isPublic || probe.allowed().contains(user);
                    MockHttpServletResponse response = perform(probe, sessions.get(user));
                    boolean passed = isPublic ? reachedPublicPage(response) : passed(response);
                    boolean refused = response.getStatus() == 403 || response.getStatus() == 404;
                    if (mayPass ? !passed : !refused) {
                        wrong.add("%s %s as %s: expected %s, got %d %s".formatted(probe.method(), probe.path(), user,
                                mayPass ? "access" : "403/404", response.getStatus(),
                                response.getRedirectedUrl() == null ? "" : "→ " + response.getRedirectedUrl()));
                    }
                }
            }
        }
        assertThat(wrong).as("authorization matrix violations").isEmpty();
    }

    /**
     * Deny by default, in code: every handler either is public or states who may call it with {@code @PreAuthorize}.
     */
    @Test
    void everyNonPublicHandlerDeclaresWhoMayCallIt() {
        var publicHandlers = Set.of("GET /login", "GET /tillganglighet", "GET /medborgarloften/{publicId}",
                "* /error", "GET /actuator/health", "GET /actuator/health/**");
        List<String> undeclared = new ArrayList<>();
        discoveredEndpoints().forEach((endpoint, handler) -> {
            if (publicHandlers.contains(endpoint)) {
                return;
            }
            Method method = handler.getMethod();
            boolean declared = AnnotatedElementUtils.hasAnnotation(method, PreAuthorize.class)
                    || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class);
            if (!declared) {
                undeclared.add(endpoint + " (" + handler.getBeanType().getSimpleName() + "." + method.getName() + ")");
            }
        });
        assertThat(undeclared).as("handlers without @PreAuthorize").isEmpty();
    }

    private void checkAnonymous(Probe probe, List<String> wrong) throws Exception {
        MockHttpServletResponse response = perform(probe, null);
        boolean toLogin = response.getStatus() == 302 && response.getRedirectedUrl() != null
                && response.getRedirectedUrl().endsWith("/login");
        boolean ok = probe.allowed() == PUBLIC ? reachedPublicPage(response) : toLogin;
        if (!ok) {
            wrong.add("%s %s anonymously: expected %s, got %d".formatted(probe.method(), probe.path(),
                    probe.allowed() == PUBLIC ? "access" : "redirect to login", response.getStatus()));
        }
    }

    /** A public page answers for itself (the error page opened directly says 404), never with a login or a 403. */
    private static boolean reachedPublicPage(MockHttpServletResponse response) {
        String redirect = response.getRedirectedUrl();
        boolean toLogin = redirect != null && redirect.endsWith("/login");
        return !toLogin && response.getStatus() != 401 && response.getStatus() != 403 && response.getStatus() < 500;
    }

    /** Through the security layer: answered by the page itself (2xx, a redirect or a re-shown form). */
    private static boolean passed(MockHttpServletResponse response) {
        String redirect = response.getRedirectedUrl();
        boolean toLogin = redirect != null && redirect.contains("/login");
        int status = response.getStatus();
        // 400 and 409 are the page's own answers (bad input, a frozen version): the request got past security
        return !toLogin && status != 401 && status != 403 && status != 404 && status < 500;
    }

    private MockHttpServletResponse perform(Probe probe, Cookie session) throws Exception {
        var request = request(probe.method(), probe.path()).with(csrf());
        if (session != null) {
            request.cookie(session);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** "METHOD pattern" of every handler in every request-mapping handler mapping (the pages and the actuator). */
    private Map<String, HandlerMethod> discoveredEndpoints() {
        Map<String, HandlerMethod> endpoints = new LinkedHashMap<>();
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().forEach((info, handler) -> {
                    for (String pattern : patterns(info)) {
                        var methods = info.getMethodsCondition().getMethods();
                        if (methods.isEmpty()) {
                            endpoints.put("* " + pattern, handler);
                        }
                        methods.forEach(method -> endpoints.put(method.name() + " " + pattern, handler));
                    }
                }));
        return endpoints;
    }

    private static Set<String> patterns(RequestMappingInfo info) {
        return info.getPathPatternsCondition() != null ? info.getPathPatternsCondition().getPatternValues()
                : info.getPatternValues();
    }

    private Long unitId(String municipalityCode, String name) {
        return jdbc.sql("""
                        select u.id from unit u join organisation o on o.id = u.municipality_id
                        where o.code = :code and u.name = :name""")
                .param("code", municipalityCode).param("name", name).query(Long.class).single();
    }

    private static Probe get(String path, Set<String> allowed) {
        return new Probe(HttpMethod.GET, path, allowed);
    }

    private static Probe post(String path, Set<String> allowed) {
        return new Probe(HttpMethod.POST, path, allowed);
    }

    private static Probe probe(String method, String path, Set<String> allowed) {
        return new Probe(HttpMethod.valueOf(method), path, allowed);
    }
}
