package se.lagesbild.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lagesbild.reporting.PictureMother.LEISURE;
import static se.lagesbild.reporting.PictureMother.POLICE;
import static se.lagesbild.reporting.PictureMother.SCHOOL;
import static se.lagesbild.reporting.PictureMother.SOCIAL_SERVICES;

import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.lagesbild.organisation.Sector;
import se.lagesbild.support.DemoLogins;
import se.lagesbild.support.PostgresTest;

/**
 * The picture's pages over HTTP: the basis with disagreement marked in words, prefilling only empty levels and
 * saying which, and the working group meeting with the personal-data guard and the picture's workflow.
 */
@PostgresTest
class PicturePagesTest {

    private static final String FALUN = "2080";

    @Autowired
    MockMvc mvc;
    @Autowired
    Reports reports;
    @Autowired
    ReportRepository reportRepository;
    @Autowired
    PictureMeetingRepository meetings;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    PictureMother mother;
    Cookie coordinator;

    @BeforeEach
    void setUp() throws Exception {
        mother = new PictureMother(reports, users, jdbc);
        coordinator = DemoLogins.login(mvc, DemoLogins.FALUN_COORDINATOR);
    }

    @Test
    void theBasisPageShowsTheContributionsSideBySideAndNamesTheDisagreementInWords() throws Exception {
        String by = DemoLogins.FALUN_COORDINATOR;
        mother.submitted(by, mother.unit(FALUN, POLICE), "2023-W31", Map.of("racism_level", "1",
                "racism_change", "decreasing", "racism_observed", "Färre klotter i centrum."));
        mother.submitted(by, mother.unit(FALUN, SCHOOL), "2023-W32", Map.of("racism_level", "3",
                "racism_change", "increasing"));
        mother.draft(by, mother.unit(FALUN, SOCIAL_SERVICES), "2023-W32", Map.of(
                "racism_observed", "Ett utkast syns inte."));

        mvc.perform(get("/reports/pictures/2080/2023-08/basis").cookie(coordinator))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Underlag för lägesbilden: Falun, augusti 2023"),
                        containsString("inskickade eller godkända"),
                        containsString("Oenighet:"), containsString("nivåerna skiljer 2 steg"),
                        containsString("Färre klotter i centrum."), containsString("Minskar"),
                        containsString("<caption>"), containsString("Nivå v. 31"),
                        not(containsString("Ett utkast syns inte.")))));
        mvc.perform(get("/reports/pictures/2080/2023-08/basis").param("lang", "en").cookie(coordinator))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Disagreement:"),
                        containsString("the levels are 2 steps apart"), containsString("Level wk 31"))));

        Cookie county = DemoLogins.login(mvc, DemoLogins.DALARNA_COUNTY);
        mvc.perform(get("/reports/pictures/2080/2023-08/basis").cookie(county)).andExpect(status().isOk());
        Cookie borlange = DemoLogins.login(mvc, DemoLogins.BORLANGE_COORDINATOR);
        mvc.perform(get("/reports/pictures/2080/2023-08/basis").cookie(borlange)).andExpect(status().isNotFound());
        Cookie police = DemoLogins.login(mvc, DemoLogins.FALUN_POLICE);
        mvc.perform(get("/reports/pictures/2080/2023-08/basis").cookie(police)).andExpect(status().isForbidden());
        mvc.perform(get("/reports/pictures/2080/2023-13/basis").cookie(coordinator)).andExpect(status().isNotFound());
        mvc.perform(get("/reports/pictures/2080/augusti/basis").cookie(coordinator)).andExpect(status().isNotFound());
        mvc.perform(get("/reports/pictures/20/2023-08/basis").cookie(coordinator)).andExpect(status().isNotFound());
    }

    @Test
    void prefillFillsOnlyTheEmptyLevelQuestionsAndSaysWhich() throws Exception {
        String by = DemoLogins.FALUN_COORDINATOR;
        mother.submitted(by, mother.unit(FALUN, POLICE), "2023-W36", Map.of("racism_level", "1",
                "networks_level", "2", "school_level", "0"));
        mother.submitted(by, mother.unit(FALUN, SCHOOL), "2023-W37", Map.of("racism_level", "3",
                "networks_level", "3", "school_level", "dont_know"));
        long picture = mother.picture(by, mother.organisation(FALUN), "2023-09", Map.of("racism_level", "4"));

        mvc.perform(post("/reports/" + picture + "/prefill").cookie(coordinator).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/reports/pictures/2080/2023-09/basis"))
                .andExpect(flash().attribute("prefilled", allOf(containsString("Kriminella nätverk"),
                        containsString("nivå 3 – Hög"), containsString("Klimatet i skolan"),
                        containsString("nivå 0 – Inte observerat"), not(containsString("Rasism")))));

        Report prefilled = reportRepository.findById(picture).orElseThrow();
        assertThat(prefilled.valueOf("racism_level")).as("an answer someone chose stays").isEqualTo("4");
        assertThat(prefilled.valueOf("networks_level")).as("median of 2 and 3, half up").isEqualTo("3");
        assertThat(prefilled.valueOf("school_level")).as("don't know left out of the median").isEqualTo("0");
        assertThat(prefilled.valueOf("extremism_level")).as("no levels in the contributions").isEmpty();
        assertThat(jdbc.sql("select question_key from report_answer_change where report_id = :r "
                        + "and changed_by = 'falun.samordnare' order by id").param("r", picture)
                .query(String.class).list()).containsExactly("racism_level", "networks_level", "school_level");

        mvc.perform(get("/reports/pictures/2080/2023-09/basis").cookie(coordinator))
                .andExpect(content().string(containsString("Förifyllt från bidragen: Kriminella nätverk och "
                        + "rekrytering av unga (nivå 3 – Hög); Klimatet i skolan (nivå 0 – Inte observerat).")));

        // a second prefill finds nothing empty with a suggestion, and says so
        mvc.perform(post("/reports/" + picture + "/prefill").cookie(coordinator).with(csrf()))
                .andExpect(flash().attribute("prefillNothing", true));
        mvc.perform(get("/reports/pictures/2080/2023-09/basis").cookie(coordinator))
                .andExpect(content().string(allOf(containsString("Inget förifylldes"),
                        containsString("Lägesbildens nivå nu: 4 – Mycket hög"))));

        Cookie county = DemoLogins.login(mvc, DemoLogins.DALARNA_COUNTY);
        mvc.perform(post("/reports/" + picture + "/prefill").cookie(county).with(csrf()))
                .andExpect(status().isForbidden());
        Cookie borlange = DemoLogins.login(mvc, DemoLogins.BORLANGE_COORDINATOR);
        mvc.perform(post("/reports/" + picture + "/prefill").cookie(borlange).with(csrf()))
                .andExpect(status().isNotFound());
        long contribution = reportRepository.findBySubjectAndPeriod("unit:" + mother.unit(FALUN, POLICE), "2023-W36")
                .orElseThrow().id();
        mvc.perform(post("/reports/" + contribution + "/prefill").cookie(coordinator).with(csrf()))
                .andExpect(status().isNotFound());

        mother.submitPicture(by, picture);
        mvc.perform(post("/reports/" + picture + "/prefill").cookie(coordinator).with(csrf()))
                .andExpect(status().isConflict());
    }

    @Test
    void theMeetingIsRecordedWithoutPersonalDataAndOnlyWhileThePictureIsEditable() throws Exception {
        String by = DemoLogins.FALUN_COORDINATOR;
        mother.submitted(by, mother.unit(FALUN, LEISURE), "2023-W41", Map.of("leisure_level", "2"));
        long picture = mother.picture(by, mother.organisation(FALUN), "2023-10", Map.of());

        mvc.perform(get("/reports/" + picture + "/meeting").cookie(coordinator))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Mötesdatum"), containsString("Socialtjänst"))));

        mvc.perform(meeting(picture, "").param("minutes", "Vi enades om läget. Ring 070-123 45 67 vid frågor."))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("ett telefonnummer"),
                        containsString("070-123 45 67"))));
        assertThat(meetings.findById(picture)).as("nothing saved").isEmpty();

        mvc.perform(meeting(picture, "", "2999-01-01", coordinator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("efter i dag")));
        mvc.perform(meeting(picture, "", "inte ett datum", coordinator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ÅÅÅÅ-MM-DD, till exempel")));
        assertThat(meetings.findById(picture)).isEmpty();

        mvc.perform(meeting(picture, "").param("minutes", "Vi enades om läget i skolan och på fritidsgårdarna."))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/reports/" + picture + "/meeting"));
        PictureMeeting saved = meetings.findById(picture).orElseThrow();
        assertThat(saved.meetingDate()).hasToString("2023-10-26");
        assertThat(saved.participants()).containsExactly(Sector.POLICE, Sector.SCHOOL, Sector.HOUSING);
        assertThat(saved.minutes()).startsWith("Vi enades om läget");
        assertThat(saved.updatedBy()).isEqualTo("falun.samordnare");
        assertThat(jdbc.sql("select participants from picture_meeting where report_id = :r").param("r", picture)
                .query(String.class).single()).isEqualTo("POLICE,SCHOOL,HOUSING");

        // a page opened before that save is refused, and the saved meeting is shown beside what was typed
        mvc.perform(meeting(picture, "").param("minutes", "En annan version."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Någon annan har sparat mötet")));
        assertThat(meetings.findById(picture).orElseThrow().minutes()).startsWith("Vi enades om läget");

        Cookie county = DemoLogins.login(mvc, DemoLogins.DALARNA_COUNTY);
        mvc.perform(get("/reports/" + picture + "/meeting").cookie(county))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vi enades om läget")));
        mvc.perform(meeting(picture, String.valueOf(saved.version()), "2023-10-26", county))
                .andExpect(status().isForbidden());

        mother.submitPicture(by, picture);
        mvc.perform(meeting(picture, String.valueOf(saved.version())).param("minutes", "Ändrat i efterhand."))
                .andExpect(status().isConflict());
        assertThat(meetings.findById(picture).orElseThrow().minutes()).startsWith("Vi enades om läget");
        mvc.perform(get("/reports/pictures/2080/2023-10/basis").cookie(coordinator))
                .andExpect(content().string(allOf(containsString("2023-10-26"), containsString("Polis, Skola, Bostadsbolag"))));
    }

    private MockHttpServletRequestBuilder meeting(long picture, String version) {
        return meeting(picture, version, "2023-10-26", coordinator);
    }

    private MockHttpServletRequestBuilder meeting(long picture, String version, String date, Cookie who) {
        return post("/reports/" + picture + "/meeting").param("version", version)
                .param("meetingDate", date)
                .param("participants", "SCHOOL", "POLICE", "HOUSING")
                .cookie(who).with(csrf());
    }
}
