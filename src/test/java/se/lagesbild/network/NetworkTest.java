package se.lagesbild.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.lagesbild.shared.period.SwedishCalendar;
import se.lagesbild.support.DemoLogins;
import se.lagesbild.support.PostgresTest;

/**
 * The county network over HTTP, on Dalarna's demo network: meetings with minutes (a stale save refused keeping the
 * text, personal data refused at its field), priorities per year, an evaluation answered by the members with accounts
 * (once, corrected rather than duplicated, refused once closed), its aggregated results, anonymity in the pages and
 * in the rows, the start-page panel, members, and the scope: another county, national readers and contributors who
 * are not members get 404. Each test works on a year of its own (2030 and later), far from the demo's years.
 */
@PostgresTest
class NetworkTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    Cookie county;
    Cookie falun;
    Cookie police;

    @BeforeEach
    void signIn() throws Exception {
        county = DemoLogins.login(mvc, DemoLogins.DALARNA_COUNTY);
        falun = DemoLogins.login(mvc, DemoLogins.FALUN_COORDINATOR);
        police = DemoLogins.login(mvc, DemoLogins.FALUN_POLICE);
    }

    @Test
    void aMeetingIsPlannedAndWrittenUpAndAStaleSaveIsRefusedKeepingTheText() throws Exception {
        long anders = memberId("Anders", "Demoson");
        long sara = memberId("Sara", "Exempeldotter");
        String title = "Testmöte " + System.nanoTime();
        String location = mvc.perform(post("/network/20/meetings").param("title", title)
                        .param("date", "2026-09-15").param("time", "09:30").param("place", "Länsstyrelsen, Falun")
                        .param("agenda", "1. Läget i länet").param("participantIds", String.valueOf(anders))
                        .param("participantIds", String.valueOf(sara)).param("decisions[0]", "Beslut om utbildning")
                        .param("decisions[1]", "").cookie(county).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(location).isEqualTo("/network/20/meetings/" + id);
        // a member reads it; the time is Swedish time
        mvc.perform(get(location).cookie(police)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(title), containsString("15 september 2026, 09:30"),
                        containsString("Anders Demoson"), containsString("Sara Exempeldotter"),
                        containsString("Beslut om utbildning"), not(containsString("/edit")))));
        assertThat(jdbc.sql("select starts_at from network_meeting where id = :id").param("id", id)
                .query(java.time.OffsetDateTime.class).single().toInstant())
                .isEqualTo(LocalDate.of(2026, 9, 15).atTime(9, 30).atZone(SwedishCalendar.ZONE).toInstant());

        mvc.perform(meetingSave(id, title, 0).param("minutes", "Första anteckningarna.")
                        .param("decisions[0]", "Beslut om utbildning").param("decisions[1]", "Beslut om nästa möte"))
                .andExpect(redirectedUrl(location));
        // someone saves on the page opened before that save: refused, what they typed is kept, nothing is stored
        mvc.perform(meetingSave(id, title, 0).param("minutes", "Mina anteckningar som inte får försvinna."))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Någon annan sparade under tiden"),
                        containsString("Mina anteckningar som inte får försvinna."),
                        containsString("name=\"version\" value=\"1\""))));
        assertThat(minutes(id)).isEqualTo("Första anteckningarna.");
        assertThat(jdbc.sql("select decision_text from network_meeting_decision where meeting_id = :id "
                + "order by sort_order").param("id", id).query(String.class).list())
                .containsExactly("Beslut om utbildning", "Beslut om nästa möte");

        // personal data is refused at its field, in the minutes and in the second decision, and the text is kept
        mvc.perform(meetingSave(id, title, 1).param("minutes", "Frågor till anna.andersson@example.se")
                        .param("decisions[0]", "Beslut om utbildning")
                        .param("decisions[1]", "Ring 070-123 45 67 om lokalen"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"minutes-error\""),
                        containsString("e-postadress"), containsString("id=\"decisions-1-error\""),
                        containsString("telefonnummer"), containsString("Ring 070-123 45 67 om lokalen"),
                        containsString("href=\"#decisions-1\""))));
        assertThat(minutes(id)).isEqualTo("Första anteckningarna.");
    }

    @Test
    void prioritiesAreSetPerYearAndFixedOnceTheirEvaluationIsOpened() throws Exception {
        int year = 2030;
        mvc.perform(post("/network/20/priorities/{y}", year).param("titles[0]", "Kompetensutveckling")
                        .param("descriptions[0]", "Utbildning för samordnare.")
                        .param("titles[1]", "Intern samverkan för bättre lägesbilder")
                        .param("descriptions[1]", "Kontakt: kalle@example.se").cookie(county).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"descriptions-1-error\""),
                        containsString("Kontakt: kalle@example.se"))));
        assertThat(yearId(year)).isNull();
        priorities(year, "Kompetensutveckling", "Intern samverkan för bättre lägesbilder");
        mvc.perform(get("/network/20/priorities/{y}", year).cookie(falun)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Kompetensutveckling"),
                        containsString("Intern samverkan för bättre lägesbilder"),
                        not(containsString("/evaluation/open")))));
        // a save on an old version is refused with the text kept
        mvc.perform(post("/network/20/priorities/{y}", year).param("titles[0]", "Ny rubrik").param("version", "7")
                        .cookie(county).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(allOf(
                        containsString("Någon annan sparade under tiden"), containsString("value=\"Ny rubrik\""))));
        open(year, false);
        mvc.perform(post("/network/20/priorities/{y}", year).param("titles[0]", "Ändrad")
                        .param("version", String.valueOf(yearVersion(year))).cookie(county).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("prioriteringarna kan inte längre ändras")));
        assertThat(jdbc.sql("select title from network_priority where year_id = :y order by sort_order")
                .param("y", yearId(year)).query(String.class).list())
                .containsExactly("Kompetensutveckling", "Intern samverkan för bättre lägesbilder");
    }

    @Test
    void anEvaluationAnsweredByMembersHasAggregatedResultsAndNamesItsRespondentsWhenNotAnonymous() throws Exception {
        int year = 2031;
        priorities(year, "Kompetensutveckling", "Gemensamma nämnare");
        open(year, false);
        answer(falun, year, Map.of(0, "5", 1, "3"), Map.of(0, "Bra utbildningsdag."), "").andExpect(
                redirectedUrl("/network/20/priorities/" + year + "/evaluation"));
        answer(police, year, Map.of(0, "4", 1, "0"), Map.of(), "Fler träffar på plats.");
        // no figures before it is closed
        mvc.perform(get(results(year)).cookie(county)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Resultatet visas när utvärderingen är stängd"),
                        containsString("2 av"), not(containsString("Bra utbildningsdag.")))));
        close(year);
        mvc.perform(get(results(year)).cookie(county)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Medelvärde 4,5 av 5 (2 svar med betyg)"),
                        containsString("Medelvärde 3,0 av 5 (1 svar med betyg)"),
                        containsString("Bra utbildningsdag."), containsString("Fler träffar på plats."),
                        containsString("Svar per medlem"), containsString("Anders Demoson"),
                        containsString("Erik Testberg"))));
        assertThat(jdbc.sql("select count(*) from network_evaluation_answer where year_id = :y and account_id is not null")
                .param("y", yearId(year)).query(Integer.class).single()).isEqualTo(2);
        // the results are the county's: members and municipal coordinators do not get them
        mvc.perform(get(results(year)).cookie(falun)).andExpect(status().isForbidden());
        mvc.perform(get(results(year)).cookie(DemoLogins.login(mvc, DemoLogins.ADMIN))).andExpect(status().isOk());
    }

    @Test
    void anAnonymousEvaluationLinksNoAnswerToAnAccountInThePagesOrInTheRows() throws Exception {
        int year = 2032;
        priorities(year, "Kompetensutveckling", "Gemensamma nämnare");
        open(year, true);
        answer(falun, year, Map.of(0, "5", 1, "2"), Map.of(1, "Anonym kommentar från en kommun."), "");
        answer(police, year, Map.of(0, "3", 1, "4"), Map.of(), "Anonym övrig synpunkt.");
        long yearId = yearId(year);
        Set<String> accountIds = Set.of(String.valueOf(accountId(DemoLogins.FALUN_COORDINATOR)),
                String.valueOf(accountId(DemoLogins.FALUN_POLICE)));
        // while open: no account in the answers, only tokens that are not the accounts; who answered is kept apart
        var open = answerRows(yearId);
        assertThat(open).hasSize(2).allSatisfy(row -> {
            assertThat(row.get("account_id")).isNull();
            assertThat(row.get("respondent_token")).isNotNull().matches(t -> !accountIds.contains(t.toString()));
        });
        assertThat(jdbc.sql("select count(*) from network_evaluation_respondent where year_id = :y")
                .param("y", yearId).query(Integer.class).single()).isEqualTo(2);
        Set<Object> idsWhileOpen = new HashSet<>(open.stream().map(row -> row.get("id")).toList());

        close(year);
        var closed = answerRows(yearId);
        assertThat(closed).hasSize(2).allSatisfy(row -> {
            assertThat(row.get("account_id")).isNull();
            assertThat(row.get("respondent_token")).isNull();
            assertThat(idsWhileOpen).doesNotContain(row.get("id"));
        });
        assertThat(jdbc.sql("select evaluation_pepper from network_year where id = :y").param("y", yearId)
                .query(String.class).optional()).isEmpty();
        mvc.perform(get(results(year)).cookie(county)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Medelvärde 4,0 av 5 (2 svar med betyg)"),
                        containsString("Anonym kommentar från en kommun."), containsString("Anonym övrig synpunkt."),
                        not(containsString("Svar per medlem")), not(containsString("Anders Demoson")),
                        not(containsString("Erik Testberg")), not(containsString("falun.samordnare")),
                        not(containsString("falun.polis")), not(containsString("Samordnare Falun")),
                        not(containsString("Kommunpolis Falun")))));
    }

    @Test
    void answeringTwiceCorrectsTheAnswerInsteadOfAddingOne() throws Exception {
        for (boolean anonymous : List.of(true, false)) {
            int year = anonymous ? 2033 : 2034;
            priorities(year, "Kompetensutveckling");
            open(year, anonymous);
            answer(falun, year, Map.of(0, "2"), Map.of(0, "Första svaret."), "");
            // the page shows the own answer to correct
            mvc.perform(get("/network/20/priorities/{y}/evaluation", year).cookie(falun)).andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("Du har svarat"),
                            containsString("Första svaret."), containsString("Spara ändringen"))));
            answer(falun, year, Map.of(0, "5"), Map.of(0, "Rättat svar."), "Tillägg.");
            long yearId = yearId(year);
            assertThat(answerRows(yearId)).as("answers, anonymous " + anonymous).hasSize(1);
            assertThat(jdbc.sql("select count(*) from network_evaluation_respondent where year_id = :y")
                    .param("y", yearId).query(Integer.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("""
                            select r.rating, r.rating_comment, a.overall_comment from network_evaluation_rating r
                            join network_evaluation_answer a on a.id = r.answer_id where a.year_id = :y""")
                    .param("y", yearId).query((rs, row) -> rs.getInt(1) + "|" + rs.getString(2) + "|"
                            + rs.getString(3)).list()).containsExactly("5|Rättat svar.|Tillägg.");
        }
    }

    @Test
    void aClosedEvaluationRefusesAnswersAndAnAnswerNeedsARatingForEveryPriority() throws Exception {
        int year = 2035;
        priorities(year, "Kompetensutveckling", "Gemensamma nämnare");
        open(year, true);
        // a priority without a rating is refused at its question, with the comment kept
        answer(falun, year, Map.of(0, "4"), Map.of(0, "Halvt svar."), "").andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"ratings-1-error\""),
                        containsString("Halvt svar."))));
        // a personal identity number in a comment is refused at that comment
        answer(falun, year, Map.of(0, "4", 1, "4"), Map.of(1, "Gäller 850304-1231."), "")
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"comments-1-error\"")));
        assertThat(answerRows(yearId(year))).isEmpty();
        close(year);
        answer(falun, year, Map.of(0, "4", 1, "4"), Map.of(), "").andExpect(status().isConflict())
                .andExpect(content().string(containsString("Utvärderingen är stängd")));
        assertThat(answerRows(yearId(year))).isEmpty();
        // and it cannot be opened again
        mvc.perform(post("/network/20/priorities/{y}/evaluation/open", year)
                        .param("version", String.valueOf(yearVersion(year))).cookie(county).with(csrf()))
                .andExpect(status().isConflict());
    }

    @Test
    void theStartPageShowsTheComingMeetingAndAnOpenEvaluationUntilItIsAnswered() throws Exception {
        int year = 2036;
        priorities(year, "Kompetensutveckling");
        open(year, true);
        String invitation = "Svara på utvärderingen av länsnätverkets prioriteringar " + year;
        mvc.perform(get("/").cookie(police)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("LänsBrå Dalarna, digital träff"),
                        containsString(invitation))));
        answer(police, year, Map.of(0, "3"), Map.of(), "");
        mvc.perform(get("/").cookie(police)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(invitation))));
        // a county coordinator of another county sees nothing of Dalarna's network
        mvc.perform(get("/").cookie(DemoLogins.login(mvc, DemoLogins.VASTMANLAND_COUNTY))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("LänsBrå Dalarna"))));
    }

    @Test
    void membersAreNamedInFieldsLinkedToAccountsOfTheCountyAndRemovedWithTheirVersion() throws Exception {
        String family = "Testsson" + letters(System.nanoTime());
        mvc.perform(post("/network/20/members").param("givenName", "Anna 070").param("familyName", family)
                        .param("kind", "PARTNER").cookie(county).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(allOf(
                        containsString("id=\"givenName-error\""), containsString("Ett namn består av bokstäver"),
                        containsString("id=\"partnerOrganisation-error\""))));
        long vasteras = accountId(DemoLogins.VASTERAS_COORDINATOR);
        mvc.perform(post("/network/20/members").param("givenName", "Anna").param("familyName", family)
                        .param("kind", "MUNICIPALITY").param("municipalityCode", "1980")
                        .param("accountId", String.valueOf(vasteras)).cookie(county).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(allOf(
                        containsString("Välj en av länets kommuner"), containsString("Välj ett av kontona i länet"))));
        mvc.perform(post("/network/20/members").param("givenName", "Anna").param("familyName", family)
                        .param("kind", "PARTNER").param("partnerOrganisation", "Brottsofferjouren Dalarna")
                        .param("roleTitle", "Volontär").cookie(county).with(csrf()))
                .andExpect(redirectedUrl("/network/20#members"));
        long id = memberId("Anna", family);
        mvc.perform(get("/network/20").cookie(falun)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Anna " + family),
                        containsString("Brottsofferjouren Dalarna"), not(containsString("/members/new")))));
        mvc.perform(post("/network/20/members/{id}", id).param("givenName", "Annika").param("familyName", family)
                        .param("kind", "PARTNER").param("partnerOrganisation", "Brottsofferjouren Dalarna")
                        .param("version", "5").cookie(county).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(allOf(
                        containsString("Någon annan sparade under tiden"), containsString("value=\"Annika\""))));
        mvc.perform(post("/network/20/members/{id}/delete", id).param("version", "5").cookie(county).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(memberId("Anna", family)).isEqualTo(id);
        mvc.perform(post("/network/20/members/{id}/delete", id).param("version", "0").cookie(county).with(csrf()))
                .andExpect(redirectedUrl("/network/20#members"));
        assertThat(jdbc.sql("select count(*) from network_member where id = :id").param("id", id)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void onlyTheCountyAndItsMembersReachTheNetworkAndEveryoneElseGets404() throws Exception {
        long meeting = jdbc.sql("select id from network_meeting where title like 'LänsBrå Dalarna, nätverksträff%'")
                .query(Long.class).single();
        int lastYear = LocalDate.now(SwedishCalendar.ZONE).getYear() - 1;
        Cookie vastmanland = DemoLogins.login(mvc, DemoLogins.VASTMANLAND_COUNTY);
        for (MockHttpServletRequestBuilder request : List.of(get("/network/20"),
                get("/network/20/meetings/" + meeting), get("/network/20/priorities/" + lastYear),
                get("/network/20/priorities/" + lastYear + "/evaluation"), get(results(lastYear)),
                get("/network/20/members/new"), post("/network/20/members").param("givenName", "Intrång"),
                get("/network/20/meetings/" + meeting + "/edit"))) {
            mvc.perform(request.cookie(vastmanland).with(csrf())).andExpect(status().isNotFound());
        }
        mvc.perform(get("/network").cookie(vastmanland)).andExpect(redirectedUrl("/network/19"));
        Cookie national = DemoLogins.login(mvc, DemoLogins.NATIONAL_READER);
        mvc.perform(get("/network").cookie(national)).andExpect(status().isNotFound());
        mvc.perform(get("/network/20").cookie(national)).andExpect(status().isNotFound());
        mvc.perform(get("/network/20/meetings/" + meeting).cookie(national)).andExpect(status().isNotFound());
        // a contributor of the county who is not a member is outside it too; a member contributor reads it
        mvc.perform(get("/network/20").cookie(DemoLogins.login(mvc, DemoLogins.FALUN_SCHOOL)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/network").cookie(police)).andExpect(redirectedUrl("/network/20"));
        mvc.perform(get("/network/20/meetings/" + meeting).cookie(police)).andExpect(status().isOk());
        // the county's municipal coordinators read it, but only the county's coordinators change it
        mvc.perform(get("/network/20").cookie(DemoLogins.login(mvc, DemoLogins.BORLANGE_COORDINATOR)))
                .andExpect(status().isOk());
        mvc.perform(get("/network/20/meetings/" + meeting + "/edit").cookie(falun)).andExpect(status().isForbidden());
        // a meeting is only found under its own county
        mvc.perform(get("/network/19/meetings/" + meeting).cookie(DemoLogins.login(mvc, DemoLogins.ADMIN)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theDemoNetworkHasMembersMeetingsPrioritiesAndAClosedAnonymousEvaluation() throws Exception {
        int thisYear = LocalDate.now(SwedishCalendar.ZONE).getYear();
        mvc.perform(get("/network/20").cookie(county)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Maria Exempelsson"),
                        containsString("RF-SISU Dalarna"), containsString("Brottsofferjouren Dalarna"),
                        containsString("Polisen, Falun"), containsString("LänsBrå Dalarna, digital träff"),
                        containsString("LänsBrå Dalarna, nätverksträff"), containsString("Prioriteringar " + thisYear),
                        containsString("Unga och kriminella nätverk"), containsString("demodata"))));
        mvc.perform(get(results(thisYear - 1)).cookie(county)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Medelvärde 4,0 av 5 (4 svar med betyg)"),
                        containsString("Medelvärde 3,7 av 5 (3 svar med betyg)"),
                        containsString("Resecentrum blev en bra gemensam fråga."),
                        containsString("Svaren är anonyma"), not(containsString("Svar per medlem")))));
        long demoYear = yearId(thisYear - 1);
        assertThat(answerRows(demoYear)).hasSize(4).allSatisfy(row -> {
            assertThat(row.get("account_id")).isNull();
            assertThat(row.get("respondent_token")).isNull();
        });
        assertThat(jdbc.sql("select evaluation_status from network_year where id = :y").param("y", demoYear)
                .query(String.class).single()).isEqualTo("CLOSED");
    }

    private MockHttpServletRequestBuilder meetingSave(long id, String title, int version) {
        return post("/network/20/meetings/{id}", id).param("title", title).param("date", "2026-09-15")
                .param("time", "09:30").param("version", String.valueOf(version)).cookie(county).with(csrf());
    }

    private void priorities(int year, String... titles) throws Exception {
        var request = post("/network/20/priorities/{y}", year).cookie(county).with(csrf());
        for (int i = 0; i < titles.length; i++) {
            request.param("titles[" + i + "]", titles[i]).param("descriptions[" + i + "]", "Om " + titles[i] + ".");
        }
        mvc.perform(request).andExpect(redirectedUrl("/network/20/priorities/" + year));
    }

    private void open(int year, boolean anonymous) throws Exception {
        var request = post("/network/20/priorities/{y}/evaluation/open", year)
                .param("version", String.valueOf(yearVersion(year))).cookie(county).with(csrf());
        if (anonymous) {
            request.param("anonymous", "true");
        }
        mvc.perform(request).andExpect(redirectedUrl("/network/20/priorities/" + year + "/evaluation"));
    }

    private void close(int year) throws Exception {
        mvc.perform(post("/network/20/priorities/{y}/evaluation/close", year)
                        .param("version", String.valueOf(yearVersion(year))).cookie(county).with(csrf()))
                .andExpect(redirectedUrl(results(year)));
    }

    private org.springframework.test.web.servlet.ResultActions answer(Cookie who, int year,
                                                                       Map<Integer, String> ratings,
                                                                       Map<Integer, String> comments,
                                                                       String overall) throws Exception {
        var request = post("/network/20/priorities/{y}/evaluation", year).param("overallComment", overall)
                .cookie(who).with(csrf());
        ratings.forEach((index, rating) -> request.param("ratings[" + index + "]", rating));
        comments.forEach((index, comment) -> request.param("comments[" + index + "]", comment));
        return mvc.perform(request);
    }

    private static String results(int year) {
        return "/network/20/priorities/" + year + "/evaluation/results";
    }

    private List<Map<String, Object>> answerRows(long yearId) {
        return jdbc.sql("select id, account_id, respondent_token from network_evaluation_answer where year_id = :y")
                .param("y", yearId).query().listOfRows();
    }

    private Long yearId(int year) {
        return jdbc.sql("""
                        select y.id from network_year y join network n on n.id = y.network_id
                        join organisation o on o.id = n.county_id where o.code = '20' and y.priority_year = :year""")
                .param("year", year).query(Long.class).optional().orElse(null);
    }

    private int yearVersion(int year) {
        return jdbc.sql("select version from network_year where id = :id").param("id", yearId(year))
                .query(Integer.class).single();
    }

    private long memberId(String given, String family) {
        return jdbc.sql("select id from network_member where given_name = :g and family_name = :f")
                .param("g", given).param("f", family).query(Long.class).single();
    }

    private long accountId(String username) {
        return jdbc.sql("select id from account where username = :u").param("u", username).query(Long.class)
                .single();
    }

    private String minutes(long meeting) {
        return jdbc.sql("select minutes from network_meeting where id = :id").param("id", meeting)
                .query(String.class).single();
    }

    /** A number written in letters, so that a test name is unique and still a name. */
    private static String letters(long number) {
        var text = new StringBuilder();
        for (char digit : Long.toString(number).toCharArray()) {
            text.append((char) ('a' + (digit - '0')));
        }
        return text.toString();
    }
}
