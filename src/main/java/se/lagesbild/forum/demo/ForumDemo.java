package se.lagesbild.forum.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.lagesbild.forum.Forum;
import se.lagesbild.forum.ForumDetails;
import se.lagesbild.forum.ForumKind;
import se.lagesbild.forum.ForumParticipation;
import se.lagesbild.forum.Forums;
import se.lagesbild.forum.Participant;
import se.lagesbild.forum.ProgrammeItem;
import se.lagesbild.forum.QuestionSet;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.period.SwedishCalendar;

/**
 * Demo forums, written through the real services as the demo accounts once the demo accounts exist: Dalarna's past
 * mapping round of human rights and democracy (the five questions of Västra Götaland's mapping), answered by Falun and
 * Borlänge, and Västmanland's dialogue forum coming up in about five weeks. Made with dates ahead (the services refuse
 * a deadline in the past) and then moved back with SQL, like {@code ActionDemo} fixes its public id. Demo data only:
 * the default profile, never {@code prod}; a database that has them keeps them.
 */
@Component
@ConditionalOnProperty(name = "lagesbild.demo-data.enabled", havingValue = "true")
@Order(20)
class ForumDemo implements ApplicationRunner {

    static final String DALARNA_TITLE = "Kartläggning av mänskliga rättigheter och demokrati i Dalarna (demo)";
    static final String VASTMANLAND_TITLE = "Dialogforum om hot mot det demokratiska samtalet i Västmanland (demo)";
    private static final String DEMO_NOTE = " Demodata, inte verklig.";
    private static final Logger log = LoggerFactory.getLogger(ForumDemo.class);

    private final Forums forums;
    private final ForumParticipation participation;
    private final UserDetailsService users;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ForumDemo(Forums forums, ForumParticipation participation, UserDetailsService users, JdbcClient jdbc,
              PlatformTransactionManager transactions, Clock clock) {
        this.forums = forums;
        this.participation = participation;
        this.users = users;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            transaction.executeWithoutResult(status -> {
                if (!exists(DALARNA_TITLE)) {
                    dalarna();
                }
                if (!exists(VASTMANLAND_TITLE)) {
                    vastmanland();
                }
            });
        } catch (RuntimeException failed) {
            log.warn("Demo forums left out: {}", failed.toString());
        }
    }

    private boolean exists(String title) {
        return jdbc.sql("select count(*) from forum where title = :title").param("title", title)
                .query(Integer.class).single() > 0;
    }

    /** Six weeks ago, answered by Falun and Borlänge before the deadline. */
    private void dalarna() {
        LocalDate today = today();
        CurrentUser county = user("lansstyrelsen.dalarna");
        var details = new ForumDetails(ForumKind.MAPPING_ROUND, DALARNA_TITLE,
                "Länsstyrelsen kartlägger hur kommunerna arbetar med mänskliga rättigheter och demokrati, för en "
                        + "fördjupad lägesbild över länet och för att dela erfarenheter och goda exempel." + DEMO_NOTE,
                today.plusDays(30), LocalTime.of(9, 0), LocalTime.of(12, 0), "Länsstyrelsen Dalarna, Falun",
                "https://mote.example.se/dalarna-mr-demo", today.plusDays(20), 3, List.of(
                        new ProgrammeItem(LocalTime.of(9, 0), LocalTime.of(9, 15), "Välkommen och inledning",
                                "Länsstyrelsen Dalarna"),
                        new ProgrammeItem(LocalTime.of(9, 15), LocalTime.of(9, 45),
                                "Mänskliga rättigheter och demokrati i Dalarna: kartläggningens första resultat",
                                "Länsstyrelsen Dalarna"),
                        new ProgrammeItem(LocalTime.of(10, 0), LocalTime.of(11, 45),
                                "Kommunerna presenterar sina svar, max 10 minuter var", "Länets kommuner"),
                        new ProgrammeItem(LocalTime.of(11, 45), LocalTime.of(12, 0), "Sammanfattning och fortsättning",
                                "Länsstyrelsen Dalarna")),
                null);
        Forum forum = forums.create(county, details, QuestionSet.ofOwn(QuestionSet.HUMAN_RIGHTS_AND_DEMOCRACY));
        answer(forum, "falun.samordnare", List.of(new Participant("Anna Exempel (demo)", "Folkhälsostrateg"),
                new Participant("Karl Exempelsson (demo)", "Brottsförebyggande samordnare")), List.of(
                "Arbetet leds av kommunstyrelsen och samordnas av folkhälsostrategen tillsammans med en tvärsektoriell "
                        + "arbetsgrupp. Mänskliga rättigheter finns med i kommunens strategi för social hållbarhet.",
                "Unga i utanförskap, äldre med begränsat digitalt deltagande och nyanlända med kort tid i Sverige.",
                "Möjlighet: en ny rättighetsbaserad uppföljning av verksamheterna. Utmaning: arbetet hänger på få "
                        + "personer och uppföljningen är ojämn mellan förvaltningarna.",
                "Dialogmöten i skolor och föreningsliv stärker samtalet. Vi ser hat och hot i sociala medier mot "
                        + "förtroendevalda, vilket gör att färre vill engagera sig.",
                "Utbildning för chefer om rättighetsbaserat arbete och ett länsgemensamt nätverk för erfarenhetsutbyte."));
        answer(forum, "borlange.samordnare", List.of(new Participant("Lisa Prov (demo)", "Utvecklingsledare social "
                + "hållbarhet")), List.of(
                "Ett råd för mänskliga rättigheter med representanter från alla förvaltningar träffas varannan månad.",
                "Barn och unga i socioekonomiskt utsatta områden samt personer med funktionsnedsättning.",
                "Vi har goda data från elevhälsan men saknar en samlad bild av hur invånarna upplever sina "
                        + "rättigheter. Utanförskapet i vissa bostadsområden är en utmaning.",
                "Antidemokratisk propaganda har synts vid resecentrum. Vi vill främja demokratin genom "
                        + "ungdomsråd och medborgardialoger.",
                "Stöd med att följa upp arbetet över tid och exempel från andra län."));
        // the round took place six weeks ago; the answers came in before its deadline
        LocalDate heldOn = today.minusWeeks(6).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        while (!SwedishCalendar.isWorkingDay(heldOn)) {
            heldOn = heldOn.minusWeeks(1);
        }
        LocalDate deadline = workingDayOnOrBefore(heldOn.minusDays(14));
        var submitted = deadline.minusDays(3).atTime(10, 0).atZone(SwedishCalendar.ZONE).toInstant();
        jdbc.sql("update forum set held_on = :heldOn, registration_deadline = :deadline where id = :id")
                .param("heldOn", heldOn).param("deadline", deadline).param("id", forum.id()).update();
        jdbc.sql("""
                        update forum_response set submitted_at = :at, updated_at = :at, created_at = :at
                        where forum_id = :id""")
                .param("at", java.sql.Timestamp.from(submitted)).param("id", forum.id()).update();
        jdbc.sql("update forum_registration set updated_at = :at where forum_id = :id")
                .param("at", java.sql.Timestamp.from(submitted)).param("id", forum.id()).update();
        log.info("Demo mapping round of Dalarna written, held {} (demo data, not real)", heldOn);
    }

    private void answer(Forum forum, String username, List<Participant> participants, List<String> answers) {
        CurrentUser coordinator = user(username);
        participation.register(coordinator, forum.id(), null, participants);
        var texts = new HashMap<String, String>();
        for (int i = 0; i < answers.size(); i++) {
            texts.put("q" + (i + 1), answers.get(i) + " (demo)");
        }
        participation.saveAnswers(coordinator, forum.id(), null, Map.copyOf(texts), true);
    }

    /** In about five weeks, on a working Thursday; registration open until about two weeks before. */
    private void vastmanland() {
        LocalDate heldOn = today().plusWeeks(5).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        while (!SwedishCalendar.isWorkingDay(heldOn)) {
            heldOn = heldOn.plusWeeks(1);
        }
        CurrentUser county = user("lansstyrelsen.vastmanland");
        var details = new ForumDetails(ForumKind.DIALOGUE_FORUM, VASTMANLAND_TITLE,
                "Kommunerna delar erfarenheter av hot och hat mot förtroendevalda och tjänstepersoner och av hur "
                        + "det demokratiska samtalet kan försvaras. Varje kommun presenterar sina svar på frågorna i "
                        + "högst tio minuter." + DEMO_NOTE,
                heldOn, LocalTime.of(13, 0), LocalTime.of(16, 0), "Länsstyrelsen Västmanland, Västerås", "",
                workingDayOnOrBefore(heldOn.minusDays(14)), 4, List.of(
                        new ProgrammeItem(LocalTime.of(13, 0), LocalTime.of(13, 15), "Välkommen",
                                "Länsstyrelsen Västmanland"),
                        new ProgrammeItem(LocalTime.of(13, 15), LocalTime.of(14, 0),
                                "Hot mot förtroendevalda: läget i länet", "Länsstyrelsen Västmanland och polisen"),
                        new ProgrammeItem(LocalTime.of(14, 15), LocalTime.of(15, 45),
                                "Kommunerna presenterar sina svar", "Länets kommuner"),
                        new ProgrammeItem(LocalTime.of(15, 45), LocalTime.of(16, 0), "Avslutning", "")),
                null);
        forums.create(county, details, QuestionSet.ofOwn(List.of(
                "Hur ser hot och hat mot förtroendevalda och tjänstepersoner ut i er kommun just nu?",
                "Vilket stöd finns för den som utsätts, och hur följer ni upp händelserna?",
                "Hur arbetar ni för att fler ska vilja delta i det demokratiska samtalet?",
                "Vilket stöd önskar ni från Länsstyrelsen?")));
        log.info("Demo dialogue forum of Västmanland written for {} (demo data, not real)", heldOn);
    }

    private static LocalDate workingDayOnOrBefore(LocalDate day) {
        LocalDate found = day;
        while (!SwedishCalendar.isWorkingDay(found)) {
            found = found.minusDays(1);
        }
        return found;
    }

    private CurrentUser user(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SwedishCalendar.ZONE));
    }
}
