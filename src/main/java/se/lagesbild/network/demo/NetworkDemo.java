package se.lagesbild.network.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

import se.lagesbild.network.EvaluationAnswer;
import se.lagesbild.network.MeetingDetails;
import se.lagesbild.network.MemberDetails;
import se.lagesbild.network.MemberKind;
import se.lagesbild.network.NetworkEvaluations;
import se.lagesbild.network.NetworkMeetings;
import se.lagesbild.network.NetworkPriorities;
import se.lagesbild.network.Networks;
import se.lagesbild.network.PriorityDraft;
import se.lagesbild.network.PriorityYear;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.Timestamps;
import se.lagesbild.shared.period.SwedishCalendar;

/**
 * Dalarna's demo network (LänsBrå Dalarna): eight members, four of them linked to the demo accounts, a past meeting
 * with minutes and decisions and one coming up, last year's priorities with a closed anonymous evaluation answered by
 * the four members with accounts, and this year's priorities. Everything is written through the module's services as
 * the demo users, once: nothing is done when Dalarna's network already has members, meetings or priorities. Like all
 * demo data it exists only with the default profile, and its texts say that they are demo data.
 */
@Component
@ConditionalOnProperty(name = "lagesbild.demo-data.enabled", havingValue = "true")
@Order(20)
class NetworkDemo implements ApplicationRunner {

    static final String COUNTY = "20";
    static final String COORDINATOR = "lansstyrelsen.dalarna";
    static final String DEMO = " (demodata, inte verklig)";
    private static final Logger log = LoggerFactory.getLogger(NetworkDemo.class);

    private final Networks networks;
    private final NetworkMeetings meetings;
    private final NetworkPriorities priorities;
    private final NetworkEvaluations evaluations;
    private final UserDetailsService users;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    NetworkDemo(Networks networks, NetworkMeetings meetings, NetworkPriorities priorities,
                NetworkEvaluations evaluations, UserDetailsService users, JdbcClient jdbc,
                PlatformTransactionManager transactions, Clock clock) {
        this.networks = networks;
        this.meetings = meetings;
        this.priorities = priorities;
        this.evaluations = evaluations;
        this.users = users;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            transaction.executeWithoutResult(status -> write());
        } catch (RuntimeException failed) {
            log.warn("Demo county network left out: {}", failed.toString());
        }
    }

    private void write() {
        int used = jdbc.sql("""
                        select (select count(*) from network_member m where m.network_id = n.id)
                             + (select count(*) from network_meeting m where m.network_id = n.id)
                             + (select count(*) from network_year y where y.network_id = n.id)
                        from network n join organisation o on o.id = n.county_id where o.code = :county""")
                .param("county", COUNTY).query(Integer.class).single();
        int accounts = jdbc.sql("select count(*) from account where username in (:names)")
                .param("names", List.of(COORDINATOR, "falun.samordnare", "borlange.samordnare", "falun.polis"))
                .query(Integer.class).single();
        if (used > 0 || accounts < 4) {
            return;
        }
        CurrentUser county = user(COORDINATOR);
        Map<String, Long> members = members(county);
        LocalDate today = LocalDate.now(clock.withZone(SwedishCalendar.ZONE));
        int year = today.getYear();

        meetings.create(county, COUNTY, new MeetingDetails("LänsBrå Dalarna, nätverksträff" + DEMO,
                today.minusWeeks(5), LocalTime.of(9, 0), "Länsstyrelsen Dalarna, Falun, sal Dalälven",
                """
                        1. Inledning och föregående minnesanteckningar
                        2. Läget i länet: gemensamma nämnare i kommunernas lägesbilder
                        3. Kompetensutveckling under året
                        4. Intern samverkan i kommunerna för bättre lägesbilder
                        5. Övrigt och nästa möte""",
                """
                        Länsstyrelsen redovisade den regionala lägesbilden. Rekrytering av unga till kriminella nätverk \
                        och otrygghet kring resecentrum återkommer i flera kommuner och är gemensamma nämnare.
                        Brottsofferjouren berättade om stödet till unga brottsutsatta. RF-SISU erbjuder \
                        föreningsledare utbildning om trygga idrottsmiljöer.
                        Kommunerna beskrev hur arbetsgrupperna tar fram den kommunala lägesbilden; flera saknar \
                        socialtjänsten i gruppen.""" + DEMO,
                List.of("Länsstyrelsen samlar kommunernas behov av kompetensutveckling inför hösten.",
                        "Falun och Borlänge tar fram ett gemensamt underlag om otrygghet kring resecentrum.",
                        "Nästa nätverksträff hålls digitalt."),
                Set.of(members.get("county"), members.get("falun"), members.get("borlange"),
                        members.get("falunPolice"), members.get("victimSupport"), members.get("sports"))));
        meetings.create(county, COUNTY, new MeetingDetails("LänsBrå Dalarna, digital träff" + DEMO,
                today.plusWeeks(3), LocalTime.of(13, 0), "https://mote.example/lansbra-dalarna",
                """
                        1. Kommunernas underlag om otrygghet kring resecentrum
                        2. Planering av höstens utbildningsdag
                        3. Uppföljning av årets prioriteringar""",
                "", List.of(), Set.of()));

        priorities.save(county, COUNTY, year - 1, null, List.of(
                new PriorityDraft("Kompetensutveckling",
                        "Utbildningsinsatser för samordnare och kommunpoliser om kunskapsbaserat brottsförebyggande "
                                + "arbete." + DEMO),
                new PriorityDraft("Intern samverkan för bättre lägesbilder",
                        "Fler förvaltningar i kommunernas arbetsgrupper, så att lägesbilderna blir mer "
                                + "heltäckande." + DEMO),
                new PriorityDraft("Gemensamma nämnare i länet",
                        "Hitta problem som flera kommuner delar och kan möta tillsammans." + DEMO)));
        PriorityYear last = priorities.year(county, COUNTY, year - 1).year();
        last = evaluations.open(county, COUNTY, year - 1, last.version(), true);
        answer(county, year - 1, Map.of(0, 4, 1, 3, 2, 4),
                Map.of(0, "Utbildningsdagen i våras var mycket uppskattad."),
                "Bra struktur på mötena." + DEMO);
        answer(user("falun.samordnare"), year - 1, Map.of(0, 5, 1, 3, 2, 4),
                Map.of(1, "Socialtjänsten deltar nu i arbetsgruppen, skolan ännu inte."), "");
        answer(user("borlange.samordnare"), year - 1, Map.of(0, 4, 1, 2, 2, 3),
                Map.of(2, "Resecentrum blev en bra gemensam fråga."), "Gärna fler fysiska träffar." + DEMO);
        answer(user("falun.polis"), year - 1, Map.of(0, 3, 1, 4, 2, 0), Map.of(), "");
        evaluations.close(county, COUNTY, year - 1, last.version());
        ZonedDateTime opened = LocalDate.of(year - 1, 12, 1).atTime(9, 0).atZone(SwedishCalendar.ZONE);
        ZonedDateTime closed = LocalDate.of(year - 1, 12, 31).atTime(16, 0).atZone(SwedishCalendar.ZONE);
        jdbc.sql("update network_year set opened_at = :opened, closed_at = :closed where id = :id")
                .param("opened", Timestamps.of(opened.toInstant())).param("closed", Timestamps.of(closed.toInstant()))
                .param("id", last.id()).update();
        jdbc.sql("update network_evaluation_respondent set answered_at = :at where year_id = :id")
                .param("at", Timestamps.of(opened.plusDays(9).toInstant())).param("id", last.id()).update();

        priorities.save(county, COUNTY, year, null, List.of(
                new PriorityDraft("Kompetensutveckling",
                        "En gemensam utbildningsdag om lägesbilder och orsaksanalys, och stöd till nya "
                                + "samordnare." + DEMO),
                new PriorityDraft("Intern samverkan för bättre lägesbilder",
                        "Skolan och fritidsverksamheten med i varje kommuns arbetsgrupp." + DEMO),
                new PriorityDraft("Unga och kriminella nätverk",
                        "Gemensam kunskap om rekrytering av unga och tidiga insatser tillsammans med polisen."
                                + DEMO)));
        log.info("Demo county network of Dalarna written (demo data, not real)");
    }

    private Map<String, Long> members(CurrentUser county) {
        var ids = new HashMap<String, Long>();
        ids.put("county", add(county, "Maria", "Exempelsson", MemberKind.COUNTY_BOARD, null, "",
                "Samordnare för brottsförebyggande arbete (demo)", COORDINATOR));
        ids.put("falun", add(county, "Anders", "Demoson", MemberKind.MUNICIPALITY, "2080", "",
                "Brottsförebyggande samordnare (demo)", "falun.samordnare"));
        ids.put("borlange", add(county, "Lena", "Provsson", MemberKind.MUNICIPALITY, "2081", "",
                "Brottsförebyggande samordnare (demo)", "borlange.samordnare"));
        ids.put("falunPolice", add(county, "Erik", "Testberg", MemberKind.POLICE, "2080", "",
                "Kommunpolis (demo)", "falun.polis"));
        ids.put("borlangePolice", add(county, "Sara", "Exempeldotter", MemberKind.POLICE, "2081", "",
                "Kommunpolis (demo)", null));
        ids.put("mora", add(county, "Johanna", "Demosdotter", MemberKind.MUNICIPALITY, "2062", "",
                "Folkhälsostrateg (demo)", null));
        ids.put("victimSupport", add(county, "Karl", "Provberg", MemberKind.PARTNER, null,
                "Brottsofferjouren Dalarna (demo)", "Verksamhetsledare", null));
        ids.put("sports", add(county, "Nina", "Exempelberg", MemberKind.PARTNER, null, "RF-SISU Dalarna (demo)",
                "Utvecklingskonsulent", null));
        return ids;
    }

    private long add(CurrentUser county, String given, String family, MemberKind kind, String municipality,
                     String partner, String roleTitle, String username) {
        Long account = username == null ? null : jdbc.sql("select id from account where username = :u")
                .param("u", username).query(Long.class).single();
        return networks.addMember(county, COUNTY, new MemberDetails(given, family, kind, municipality, partner,
                roleTitle, account)).id();
    }

    private void answer(CurrentUser member, int year, Map<Integer, Integer> ratings, Map<Integer, String> comments,
                        String overall) {
        evaluations.answer(member, COUNTY, year, new EvaluationAnswer(ratings, comments, overall));
    }

    private CurrentUser user(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }
}
