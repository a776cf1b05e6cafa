package se.lagesbild.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.lagesbild.form.Forms;
import se.lagesbild.form.QuestionType;
import se.lagesbild.form.VersionStatus;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.OutOfScopeException;
import se.lagesbild.shared.Role;
import se.lagesbild.shared.Scope;
import se.lagesbild.support.DemoLogins;
import se.lagesbild.support.PostgresTest;

/**
 * Dialogue forums over HTTP, as the browser posts them: Västmanland's county coordinator creates a forum whose
 * questions become a published county form; Västerås registers (refused after the deadline, with the deadline in
 * words) and answers (personal data refused, a draft, then submitted); the county sees who registered and answered,
 * the compiled answers and the PDF; Falun, Dalarna and municipalities that are not invited are kept out.
 */
@PostgresTest
class ForumTest {

    private static final List<String> QUESTIONS = QuestionSet.HUMAN_RIGHTS_AND_DEMOCRACY;
    private static final String ANSWER = "Vi har ett råd för mänskliga rättigheter och demokrati där alla "
            + "förvaltningar är med; återkoppling sker årligen i kommunfullmäktige.";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Forms forms;
    @Autowired
    ForumParticipation participation;
    @Autowired
    ForumCompilation compilation;

    Cookie vastmanland;
    Cookie vasteras;
    LocalDate today;

    @BeforeEach
    void signIn() throws Exception {
        vastmanland = DemoLogins.login(mvc, DemoLogins.VASTMANLAND_COUNTY);
        vasteras = DemoLogins.login(mvc, DemoLogins.VASTERAS_COORDINATOR);
        today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
    }

    @Test
    void theCountyCreatesAForumWhoseQuestionsBecomeAPublishedCountyForm() throws Exception {
        String title = "Dialogforum om mänskliga rättigheter " + System.nanoTime();
        mvc.perform(get("/forums/new").param("questions", "manskliga-rattigheter").cookie(vastmanland))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(QUESTIONS.get(0)), containsString(QUESTIONS.get(4)),
                        containsString("Alla kommuner i Västmanlands län (10 st.)"))));

        long id = create(title, null);

        var forum = jdbc.sql("select county_id, kind, max_participants, form_version_id, own_form from forum "
                + "where id = :id").param("id", id).query().singleRow();
        assertThat(forum.get("county_id")).isEqualTo(organisation("19"));
        assertThat(forum.get("kind")).isEqualTo("DIALOGUE_FORUM");
        assertThat(forum.get("own_form")).isEqualTo(true);
        assertThat(count("select count(*) from forum_invitation where forum_id = " + id)).isEqualTo(10);
        assertThat(count("select count(*) from forum_programme_item where forum_id = " + id)).isEqualTo(2);
        // the question set is a published version of a form the county owns, with five free-text questions
        var version = forms.version(((Number) forum.get("form_version_id")).longValue());
        assertThat(version.status()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(jdbc.sql("select owner_id from form where id = :f").param("f", version.formId())
                .query(Long.class).single()).isEqualTo(organisation("19"));
        assertThat(version.definition().questions().map(q -> q.label().sv()).toList()).isEqualTo(QUESTIONS);
        assertThat(version.definition().questions().map(q -> q.type()).distinct().toList())
                .containsExactly(QuestionType.TEXT);

        mvc.perform(get("/forums/{id}", id).cookie(vastmanland)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(title), containsString("Välkommen och inledning"),
                        containsString("Länsstyrelsen i Västmanlands län"), containsString(QUESTIONS.get(1)),
                        containsString("Anmälningar och svar"), containsString("0 av 10 kommuner"))));
        // the municipality reads the programme and the questions, not who else registered
        mvc.perform(get("/forums/{id}", id).cookie(vasteras)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(title), containsString("Välkommen och inledning"),
                        containsString(QUESTIONS.get(2)), containsString("Anmäl deltagare"),
                        not(containsString("Anmälningar och svar")))));
        mvc.perform(get("/forums").cookie(vasteras)).andExpect(content().string(containsString(title)));
    }

    @Test
    void aForumWithProblemsIsRefusedAtItsFieldsAndNothingIsStored() throws Exception {
        int forumsBefore = count("select count(*) from forum");
        int formsBefore = count("select count(*) from form");
        mvc.perform(post("/forums").param("kind", "MAPPING_ROUND").param("title", "")
                        .param("heldOn", today.plusDays(10).toString()).param("startsAt", "09:00")
                        .param("registrationDeadline", today.plusDays(20).toString()).param("place", "")
                        .param("questionSource", "OWN").param("questions[0]", "Ring 070-123 45 67 om frågan")
                        .param("programme[1].title", "Paus utan tid").cookie(vastmanland).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Ange en rubrik."),
                        containsString("Sista anmälningsdag kan inte ligga efter dagen för forumet."),
                        containsString("Ange en plats eller en videolänk."),
                        containsString("ett telefonnummer"), containsString("Ange när programpunkten börjar."),
                        containsString("href=\"#programme-1-startsAt\""), containsString("Paus utan tid"))));
        assertThat(count("select count(*) from forum")).isEqualTo(forumsBefore);
        assertThat(count("select count(*) from form")).isEqualTo(formsBefore);
    }

    @Test
    void registrationIsRefusedAfterTheDeadlineWithTheDeadlineInWords() throws Exception {
        long id = create("Anmälan stänger " + System.nanoTime(), null);
        mvc.perform(registration(id, null, "Ann Exempel", "Folkhälsostrateg", "Per Prov", "Säkerhetssamordnare"))
                .andExpect(status().is3xxRedirection());
        assertThat(participants(id)).containsExactly("Ann Exempel", "Per Prov");
        int version = jdbc.sql("select version from forum_registration where forum_id = :id").param("id", id)
                .query(Integer.class).single();

        // more than the forum allows, or contact details, are refused and nothing changes
        mvc.perform(registration(id, version, "A", "a", "B", "b", "C", "c", "D", "d"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Varje kommun kan anmäla högst 3 deltagare.")));
        mvc.perform(registration(id, version, "Ann Exempel", "ann@example.se"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("en e-postadress"),
                        containsString("href=\"#participants-0-role\""))));
        assertThat(participants(id)).containsExactly("Ann Exempel", "Per Prov");

        jdbc.sql("update forum set registration_deadline = '2025-03-03' where id = :id").param("id", id).update();
        mvc.perform(registration(id, version, "Ny Person", "Strateg"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString(
                        "Anmälan är stängd. Sista anmälningsdag var måndag 3 mars 2025.")));
        assertThat(participants(id)).containsExactly("Ann Exempel", "Per Prov");
        mvc.perform(get("/forums/{id}/registration", id).cookie(vasteras)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Sista anmälningsdag var måndag 3 mars 2025."),
                        not(containsString("Spara anmälan")))));
        mvc.perform(get("/forums/{id}/registration", id).cookie(vasteras).header("Accept-Language", "en")
                        .param("lang", "en"))
                .andExpect(content().string(containsString("The last day to register was Monday 3 March 2025.")));
    }

    @Test
    void answersWithPersonalDataAreRefusedAndOnlySubmittedAnswersReachTheCounty() throws Exception {
        long id = create("Svar på frågorna " + System.nanoTime(), null);
        mvc.perform(answers(id, null, "save", "q1", "Ring samordnaren på 070-123 45 67 för mer."))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("ett telefonnummer"),
                        containsString("href=\"#q-q1\""), containsString("Ring samordnaren på 070-123 45 67"))));
        assertThat(count("select count(*) from forum_response where forum_id = " + id)).isZero();

        String draft = "Utkast om organisationen " + System.nanoTime();
        mvc.perform(answers(id, null, "save", "q1", draft)).andExpect(status().is3xxRedirection());
        assertThat(responseStatus(id)).isEqualTo("DRAFT");
        // a draft is the municipality's own
        mvc.perform(get("/forums/{id}/compiled", id).cookie(vastmanland)).andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString(draft)),
                        containsString("Inga inskickade svar ännu."))));
        mvc.perform(get("/forums/{id}", id).cookie(vastmanland))
                .andExpect(content().string(containsString("Påbörjade, inte inskickade")));

        int version = responseVersion(id);
        // submitting needs every question answered
        mvc.perform(answers(id, version, "submit", "q1", draft))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Besvara frågan innan ni skickar in svaren.")));
        // a page opened before another save is not saved over it, and keeps what was typed
        mvc.perform(answers(id, version + 7, "save", "q1", "Min text från en gammal sida"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Någon annan sparade under tiden."),
                        containsString("Min text från en gammal sida"))));
        assertThat(responseStatus(id)).isEqualTo("DRAFT");

        mvc.perform(answers(id, version, "submit", "q1", ANSWER, "q2", "Unga i utanförskap och äldre.",
                        "q3", "Uppföljningen är ojämn.", "q4", "Hat i sociala medier mot förtroendevalda.",
                        "q5", "Utbildning för chefer."))
                .andExpect(status().is3xxRedirection());
        assertThat(responseStatus(id)).isEqualTo("SUBMITTED");
        mvc.perform(answers(id, responseVersion(id), "save", "q1", "Ändrat i efterhand"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Svaren är redan inskickade och kan inte ändras.")));

        // completeness and the compiled answers, per question with the municipalities side by side
        mvc.perform(get("/forums/{id}", id).cookie(vastmanland)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("1 av 10 kommuner"), containsString("Inskickade "),
                        containsString("Har inte skickat in svar: Arboga, Fagersta, Hallstahammar"),
                        containsString("Har inte svarat"))));
        mvc.perform(get("/forums/{id}/compiled", id).cookie(vastmanland)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("1. " + QUESTIONS.get(0)),
                        containsString(ANSWER), containsString("Västerås"),
                        containsString("/action/county/19"), not(containsString("Ändrat i efterhand")))));
        mvc.perform(get("/forums/{id}/answers", id).cookie(vasteras)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(ANSWER),
                        containsString("kan inte längre ändras"), not(containsString("Skicka in svaren")))));
    }

    @Test
    void theCountyChangesItsForumAndTheQuestionsAreFixedOnceAnsweringStarts() throws Exception {
        String title = "Forum som ändras " + System.nanoTime();
        long id = create(title, null);
        long firstVersion = formVersionOf(id);
        mvc.perform(get("/forums/{id}/edit", id).cookie(vastmanland)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"" + title + "\""),
                        containsString(QUESTIONS.get(3)), containsString("Välkommen och inledning"))));

        // changed questions before anyone answers: a new version of the forum's own form, the earlier one retired
        var changed = new java.util.ArrayList<>(QUESTIONS);
        changed.set(0, "Hur är arbetet med mänskliga rättigheter organiserat hos er?");
        mvc.perform(forum(post("/forums/{id}", id), title + " (ändrat)", null, changed).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        long secondVersion = formVersionOf(id);
        assertThat(secondVersion).isNotEqualTo(firstVersion);
        assertThat(forms.version(secondVersion).formId()).isEqualTo(forms.version(firstVersion).formId());
        assertThat(forms.version(secondVersion).number()).isEqualTo(2);
        assertThat(forms.version(firstVersion).status()).isEqualTo(VersionStatus.RETIRED);
        assertThat(forms.version(secondVersion).definition().questions().findFirst().orElseThrow().label().sv())
                .isEqualTo(changed.get(0));
        // a page opened before that save does not overwrite it, and keeps what was typed
        mvc.perform(forum(post("/forums/{id}", id), "Från en gammal sida", null, QUESTIONS).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Någon annan sparade under tiden."),
                        containsString("value=\"Från en gammal sida\""))));
        assertThat(jdbc.sql("select title from forum where id = :id").param("id", id).query(String.class).single())
                .isEqualTo(title + " (ändrat)");

        // once Västerås has started answering, the questions stay and Västerås cannot be taken off the list
        mvc.perform(answers(id, null, "save", "q1", "Ett första utkast.")).andExpect(status().is3xxRedirection());
        int version = jdbc.sql("select version from forum where id = :id").param("id", id).query(Integer.class)
                .single();
        mvc.perform(forum(post("/forums/{id}", id), title, null, List.of("En helt ny fråga?"))
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        assertThat(formVersionOf(id)).isEqualTo(secondVersion);
        mvc.perform(get("/forums/{id}/edit", id).cookie(vastmanland))
                .andExpect(content().string(containsString("Kommuner har redan börjat svara")));
        mvc.perform(forum(post("/forums/{id}", id), title, List.of("1983"), QUESTIONS)
                        .param("version", String.valueOf(version + 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Dessa kommuner har redan anmält sig eller börjat svara och kan inte tas bort: Västerås.")));
        assertThat(count("select count(*) from forum_invitation where forum_id = " + id)).isEqualTo(10);
    }

    @Test
    void onlyTheCountyAndInvitedMunicipalitiesReachAForum() throws Exception {
        long id = create("Bara för Västmanland " + System.nanoTime(), null);
        Cookie falun = DemoLogins.login(mvc, DemoLogins.FALUN_COORDINATOR);
        Cookie dalarna = DemoLogins.login(mvc, DemoLogins.DALARNA_COUNTY);
        Cookie national = DemoLogins.login(mvc, DemoLogins.NATIONAL_READER);
        Cookie admin = DemoLogins.login(mvc, DemoLogins.ADMIN);
        for (String path : List.of("", "/registration", "/answers")) {
            mvc.perform(get("/forums/" + id + path).cookie(falun)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/forums/{id}/compiled", id).cookie(falun)).andExpect(status().isForbidden());
        for (String path : List.of("", "/edit", "/compiled", "/pdf")) {
            mvc.perform(get("/forums/" + id + path).cookie(dalarna)).andExpect(status().isNotFound());
        }
        mvc.perform(post("/forums/{id}", id).param("title", "Kapat").cookie(dalarna).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/forums/{id}/compiled", id).cookie(vasteras)).andExpect(status().isForbidden());
        mvc.perform(get("/forums/{id}", id).cookie(national)).andExpect(status().isForbidden());
        mvc.perform(get("/forums/{id}/compiled", id).cookie(admin)).andExpect(status().isOk());
        mvc.perform(get("/forums").cookie(falun)).andExpect(content().string(not(containsString(
                "Bara för Västmanland"))));

        // a municipality that is not invited does not reach the forum either
        long onlyKoping = create("Bara för Köping " + System.nanoTime(), List.of("1983"));
        mvc.perform(get("/forums/{id}", onlyKoping).cookie(vasteras)).andExpect(status().isNotFound());
        mvc.perform(get("/forums/{id}/answers", onlyKoping).cookie(vasteras)).andExpect(status().isNotFound());

        // one municipality's answers are read by it and the county board only
        mvc.perform(answers(id, null, "submit", "q1", ANSWER, "q2", "Svar 2", "q3", "Svar 3", "q4", "Svar 4",
                "q5", "Svar 5")).andExpect(status().is3xxRedirection());
        CurrentUser koping = municipalCoordinator("1983");
        assertThat(participation.answers(koping, id).response()).isNull();
        assertThatThrownBy(() -> compilation.compiled(koping, id, java.util.Locale.forLanguageTag("sv")))
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void theCompiledAnswersDownloadAsAPdfWithSwedishLetters() throws Exception {
        String title = "Kartläggning av mänskliga rättigheter, PDF " + System.nanoTime();
        long id = create(title, null);
        mvc.perform(answers(id, null, "submit", "q1", ANSWER, "q2", "Äldre och unga i Råby", "q3", "Svar 3",
                "q4", "Svar 4", "q5", "Stöd från Länsstyrelsen")).andExpect(status().is3xxRedirection());

        MockHttpServletResponse response = mvc.perform(get("/forums/{id}/pdf", id).cookie(vastmanland))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment", ".pdf");
        try (var pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Sammanställda svar", title, "Länsstyrelsen i Västmanlands län",
                    "1. Hur bedrivs och organiseras arbetet med mänskliga rättigheter och demokrati i er kommun?",
                    "Västerås", "Vi har ett råd för mänskliga rättigheter och demokrati", "Äldre och unga i Råby",
                    "Har inte skickat in svar", "Köping");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("sv");
            assertThat(pdf.getDocumentInformation().getTitle()).contains(title);
        }
    }

    @Test
    void theDemoHasAPastDalarnaMappingRoundWithAnswersAndAnUpcomingVastmanlandForum() throws Exception {
        long dalarnaRound = jdbc.sql("select id from forum where title like 'Kartläggning av mänskliga rättigheter "
                + "och demokrati i Dalarna%'").query(Long.class).single();
        Cookie dalarna = DemoLogins.login(mvc, DemoLogins.DALARNA_COUNTY);
        mvc.perform(get("/forums/{id}/compiled", dalarnaRound).cookie(dalarna)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Falun"), containsString("Borlänge"),
                        containsString(QUESTIONS.get(4)), containsString("(demo)"))));
        assertThat(jdbc.sql("select held_on from forum where id = :id").param("id", dalarnaRound)
                .query(LocalDate.class).single()).isBefore(today);
        // Västerås is asked to answer the upcoming Västmanland forum on its start page, with the deadline
        mvc.perform(get("/").cookie(vasteras)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Frågor att besvara"),
                        containsString("Dialogforum om hot mot det demokratiska samtalet i Västmanland (demo)"),
                        containsString("sista anmälningsdag "))));
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    /** A dialogue forum of Västmanland in a month, with two programme items and the five questions. */
    private long create(String title, List<String> invitees) throws Exception {
        String location = mvc.perform(forum(post("/forums"), title, invitees, QUESTIONS))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/forums/\\d+");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** The forum's form as the county coordinator posts it. */
    private MockHttpServletRequestBuilder forum(MockHttpServletRequestBuilder request, String title,
                                                List<String> invitees, List<String> questions) {
        request.param("kind", "DIALOGUE_FORUM")
                .param("title", title).param("purpose", "Att dela erfarenheter mellan kommunerna.")
                .param("heldOn", today.plusDays(30).toString()).param("startsAt", "09:00").param("endsAt", "12:00")
                .param("place", "Länsstyrelsen, Västerås").param("videoLink", "https://mote.example.se/forum")
                .param("registrationDeadline", today.plusDays(20).toString()).param("maxParticipants", "3")
                .param("allMunicipalities", String.valueOf(invitees == null)).param("questionSource", "OWN")
                .param("programme[0].startsAt", "09:00").param("programme[0].endsAt", "09:10")
                .param("programme[0].title", "Välkommen och inledning")
                .param("programme[0].speaker", "Länsstyrelsen Västmanland")
                .param("programme[2].startsAt", "09:10").param("programme[2].title", "Kommunerna berättar")
                .cookie(vastmanland).with(csrf());
        for (int i = 0; i < questions.size(); i++) {
            request.param("questions[" + i + "]", questions.get(i));
        }
        if (invitees != null) {
            request.param("invitees", invitees.toArray(String[]::new));
        }
        return request;
    }

    private MockHttpServletRequestBuilder registration(long id, Integer version, String... namesAndRoles) {
        var request = post("/forums/{id}/registration", id).cookie(vasteras).with(csrf());
        if (version != null) {
            request.param("version", version.toString());
        }
        for (int i = 0; i < namesAndRoles.length / 2; i++) {
            request.param("participants[" + i + "].name", namesAndRoles[2 * i])
                    .param("participants[" + i + "].role", namesAndRoles[2 * i + 1]);
        }
        return request;
    }

    private MockHttpServletRequestBuilder answers(long id, Integer version, String action, String... keysAndTexts) {
        var request = post("/forums/{id}/answers", id).param("action", action).cookie(vasteras).with(csrf());
        if (version != null) {
            request.param("version", version.toString());
        }
        for (int i = 0; i < keysAndTexts.length / 2; i++) {
            request.param("q." + keysAndTexts[2 * i], keysAndTexts[2 * i + 1]);
        }
        return request;
    }

    private List<String> participants(long forumId) {
        return jdbc.sql("""
                        select p.name from forum_participant p join forum_registration r on r.id = p.registration_id
                        where r.forum_id = :id order by p.item_index""")
                .param("id", forumId).query(String.class).list();
    }

    private String responseStatus(long forumId) {
        return jdbc.sql("select status from forum_response where forum_id = :id").param("id", forumId)
                .query(String.class).single();
    }

    private int responseVersion(long forumId) {
        return jdbc.sql("select version from forum_response where forum_id = :id").param("id", forumId)
                .query(Integer.class).single();
    }

    private long formVersionOf(long forumId) {
        return jdbc.sql("select form_version_id from forum where id = :id").param("id", forumId)
                .query(Long.class).single();
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    private long organisation(String code) {
        return jdbc.sql("select id from organisation where code = :c").param("c", code).query(Long.class).single();
    }

    private CurrentUser municipalCoordinator(String code) {
        long municipality = organisation(code);
        long county = jdbc.sql("select parent_id from organisation where id = :id").param("id", municipality)
                .query(Long.class).single();
        return new CurrentUser(0, "test." + code, "Test " + code, Role.MUNICIPAL_COORDINATOR,
                Scope.municipality(county, municipality), code, true, null);
    }
}
