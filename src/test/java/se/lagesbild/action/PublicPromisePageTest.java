package se.lagesbild.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.Role;
import se.lagesbild.shared.Scope;
import se.lagesbild.shared.period.Period;
import se.lagesbild.support.DemoLogins;
import se.lagesbild.reporting.demo.DemoHistoryWritten;
import se.lagesbild.support.PostgresTest;

/**
 * The public page of a citizen promise, asked for without a session as a resident would: it shows the promise while
 * it is published and nothing of the system behind it (comments, descriptions, evidence, who wrote what); before,
 * after and for any other kind of plan the address answers exactly like one that never existed.
 */
@PostgresTest
class PublicPromisePageTest {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Problems problems;
    @Autowired
    ActionPlans plans;
    @Autowired
    Measures measureService;
    @Autowired
    FollowUpRepository followUps;

    private String unique;
    private CurrentUser falun;
    private LocalDate today;
    @Autowired
    ApplicationContext context;

    /** A promise as the test made it, with what the public page must and must not show. */
    record Made(ActionPlan plan, Problem problem, Evidence evidence, Measure measure) {
    }

    @BeforeEach
    void falunCoordinator() throws Exception {
        DemoHistoryWritten.await(context);
        unique = Long.toString(System.nanoTime(), 36);
        long dalarna = organisation("20");
        falun = new CurrentUser(0, "lofte.skapare." + unique, "Lova Skapare", Role.MUNICIPAL_COORDINATOR,
                Scope.municipality(dalarna, organisation("2080")), "Falun", true, null);
        today = LocalDate.now(SWEDEN);
    }

    @Test
    void aPromiseIsReadableByAnyoneOnlyWhilePublished() throws Exception {
        Made made = promise(PlanKind.CITIZEN_PROMISE);
        String address = "/medborgarloften/" + made.plan().publicId();

        MockHttpServletResponse unpublished = anonymous(address);
        assertThat(unpublished.getStatus()).as("not yet published").isEqualTo(404);
        assertThat(unpublished.getContentAsString()).doesNotContain(made.plan().title());

        ActionPlan published = plans.publish(falun, made.plan().id(), made.plan().version());
        MockHttpServletResponse response = anonymous(address);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getCookie(DemoLogins.SESSION_COOKIE)).as("a resident reading gets no session").isNull();
        String page = response.getContentAsString();
        String level = level(made.evidence().level());
        assertThat(page).contains(
                "<html lang=\"sv\"", made.plan().title(), "Falun", "Anna Kommunsson", "Per Polisson",
                made.problem().title(), theme(made), "Nivå högst " + level(goalLevel(made)) + " i " + goalPeriod().labelSv(),
                "Färre ska känna sig otrygga vid resecentrum.",
                "Situationellt perspektiv:", "Dålig belysning vid gångtunneln",
                made.measure().title(), "Kommunen byter armaturerna i gångtunneln.", "Tekniska förvaltningen",
                "Pågår", "Delvis", "Inte uppföljt ännu", "Belysningen är bytt och fler känner sig trygga.");
        assertThat(page).as("nothing of the system behind the promise").doesNotContain(
                "INTERN-KOMMENTAR-" + unique, "PROBLEMBESKRIVNING-" + unique, "UNDERLAG-" + unique,
                falun.getUsername(), falun.displayName(), "250000", "250 000", "/reports/", "main-nav",
                "csrf", "htmx");
        assertThat(page).as("the level of the picture (the goal is another)").doesNotContain(level);
        assertThat(Pattern.compile("\\b" + made.evidence().pictureId() + "\\b").matcher(stripDates(page)).find())
                .as("the picture's id").isFalse();

        plans.unpublish(falun, published.id(), published.version());
        MockHttpServletResponse withdrawn = anonymous(address);
        assertThat(withdrawn.getStatus()).as("withdrawn again").isEqualTo(404);
        assertThat(withdrawn.getContentAsString()).doesNotContain(made.plan().title());
    }

    @Test
    void thePageHasTheAccessibleStructureAndNoneOfTheApplication() throws Exception {
        Made made = promise(PlanKind.CITIZEN_PROMISE);
        plans.publish(falun, made.plan().id(), made.plan().version());
        String address = "/medborgarloften/" + made.plan().publicId();

        String page = anonymous(address).getContentAsString();
        assertThat(count(page, "<h1")).isEqualTo(1);
        assertThat(page).contains("<h1>" + made.plan().title());
        assertThat(page).contains("<a class=\"skip-link\" href=\"#main\"", "<main id=\"main\"", "<header",
                "<footer", "href=\"/tillganglighet\"", "href=\"" + address + "?lang=en\"");
        assertThat(page).as("every table of follow-ups has a caption").contains("<caption>Uppföljningar av");

        // a signed-in visitor reads the same page, without the application's menu or their own name
        Cookie session = DemoLogins.login(mvc, DemoLogins.FALUN_COORDINATOR);
        String signedIn = mvc.perform(get(address).cookie(session)).andReturn().getResponse().getContentAsString();
        assertThat(signedIn).contains(made.plan().title()).doesNotContain("main-nav", "Logga ut", "Inloggad som");
    }

    @Test
    void thePageSpeaksEnglish() throws Exception {
        Made made = promise(PlanKind.CITIZEN_PROMISE);
        plans.publish(falun, made.plan().id(), made.plan().version());

        String page = anonymous("/medborgarloften/" + made.plan().publicId() + "?lang=en").getContentAsString();
        assertThat(page).contains("<html lang=\"en\"", "Citizen promise in Falun", "What we want to improve",
                "What we promise", "How it has gone", "Likely causes", "Situational perspective:", "Ongoing",
                "Partly", "Level at most " + levelEn(goalLevel(made)) + " in " + goalPeriod().labelEn(),
                "Skip to");
        assertThat(page).doesNotContain("Det här lovar vi", "Troliga orsaker", "Pågår", "Delvis", "Nivå högst");
        assertThat(page).as("what was written in Swedish is marked so").contains(
                "<h1 lang=\"sv\">" + made.plan().title(), "lang=\"sv\">" + made.measure().title(),
                "lang=\"sv\">Belysningen är bytt");
    }

    @Test
    void otherPlansAndUnknownAddressesAreNotFound() throws Exception {
        Made plan = promise(PlanKind.ACTION_PLAN);
        // even marked as published in the database, an action plan has no public page
        jdbc.sql("update action_plan set published_at = current_timestamp where id = :id")
                .param("id", plan.plan().id()).update();
        MockHttpServletResponse response = anonymous("/medborgarloften/" + plan.plan().publicId());
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString()).doesNotContain(plan.plan().title());

        assertThat(anonymous("/medborgarloften/finnsinte" + unique).getStatus()).isEqualTo(404);
    }

    /**
     * A plan of the kind on a problem of Falun's newest approved picture (a theme with a level, but not the protective
     * one, whose goal reads "minst"), with a cause, a goal, one commitment and its first follow-up recorded.
     */
    private Made promise(PlanKind kind) {
        String period = jdbc.sql("""
                        select max(period_code) from report
                        where kind = 'PICTURE' and status = 'APPROVED' and municipality_id = :falun""")
                .param("falun", organisation("2080")).query(String.class).single();
        MeasuredTheme theme = Arrays.stream(MeasuredTheme.values())
                .filter(candidate -> candidate != MeasuredTheme.PROTECTIVE)
                .filter(candidate -> problems.cellSource(falun, "2080", candidate.key(), period).cell().level() != null)
                .findFirst().orElseThrow(() -> new AssertionError("no theme with a level in Falun's " + period));
        Problem problem = problems.recordFromCell(falun, "2080", theme.key(), period,
                "Otrygghet vid resecentrum " + unique, "PROBLEMBESKRIVNING-" + unique);
        Cause cause = problems.addCause(falun, problem.id(), Perspective.SITUATIONAL,
                "Dålig belysning vid gångtunneln", "UNDERLAG-" + unique);
        Evidence evidence = problem.evidence().get(0);
        int goalLevel = evidence.level() == 1 ? 0 : 1;
        ActionPlan plan = plans.create(falun, kind, "2080",
                new PlanDetails("Tryggare resecentrum " + unique, today, today.plusYears(1), PlanStatus.ACTIVE,
                        "Anna Kommunsson", "Per Polisson", today, "Belysningen är bytt och fler känner sig trygga."),
                List.of(new GoalDraft(problem.id(), goalLevel, goalPeriod().code(),
                        "Färre ska känna sig otrygga vid resecentrum.")));
        Measure measure = measureService.addMeasure(falun, plan.id(), new MeasureDetails("Ny belysning " + unique,
                "Kommunen byter armaturerna i gångtunneln.", Approach.SITUATIONAL, Horizon.SHORT,
                "Tekniska förvaltningen", today, today.plusMonths(3), 250000L, MeasureStatus.ONGOING,
                Set.of(new MeasureBasis(problem.id(), cause.id()))));
        FollowUp first = followUps.findByMeasures(List.of(measure.id())).stream()
                .min(Comparator.comparing(FollowUp::dueOn)).orElseThrow();
        measureService.recordFollowUp(falun, first.id(), first.version(), true, true, GoalMet.PARTLY,
                "INTERN-KOMMENTAR-" + unique + " rektorn vill inte synas");
        ActionPlan current = plans.view(falun, plan.id()).plan();
        return new Made(current, problem, evidence, measure);
    }

    private Period goalPeriod() {
        return Period.parse(YearMonth.from(today.plusMonths(6)).toString());
    }

    private static int goalLevel(Made made) {
        return made.plan().goals().get(0).targetLevel();
    }

    private static String theme(Made made) {
        return switch (made.problem().theme()) {
            case EXTREMISM -> "Våldsbejakande extremism";
            case RACISM -> "Rasism, hatbrott och främlingsfientlighet";
            case NETWORKS -> "Kriminella nätverk och rekrytering av unga";
            case SCHOOL -> "Klimatet i skolan";
            case LEISURE -> "Fritidsgårdar och fritid";
            case PUBLIC_SPACE -> "Bostadsområden och offentlig miljö";
            case THREATS -> "Hot och hat mot förtroendevalda, tjänstepersoner och journalister";
            case DEMOCRACY -> "Demokrati och mänskliga rättigheter";
            case ROOT_CAUSES -> "Bakomliggande faktorer";
            case PROTECTIVE -> "Skyddsfaktorer och positiva krafter";
        };
    }

    private static String level(int level) {
        return List.of("0 – Inte observerat", "1 – Låg", "2 – Måttlig", "3 – Hög", "4 – Mycket hög").get(level);
    }

    private static String levelEn(int level) {
        return List.of("0 – Not observed", "1 – Low", "2 – Moderate", "3 – High", "4 – Very high").get(level);
    }

    private MockHttpServletResponse anonymous(String address) throws Exception {
        return mvc.perform(get(address)).andReturn().getResponse();
    }

    private long organisation(String code) {
        return jdbc.sql("select id from organisation where code = :code").param("code", code)
                .query(Long.class).single();
    }

    /** The page without its dates, whose digits could look like a picture's id. */
    private static String stripDates(String page) {
        return page.replaceAll("\\d{4}-\\d{2}-\\d{2}", "").replaceAll("\\d{1,2} \\p{L}+ \\d{4}", "");
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
