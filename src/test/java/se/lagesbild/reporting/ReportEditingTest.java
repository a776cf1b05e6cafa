package se.lagesbild.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.lagesbild.support.DemoLogins;
import se.lagesbild.support.PostgresTest;

/**
 * Two people on one report never overwrite each other unseen, bad answers are refused at the question with the
 * rest kept, and personal data is refused on every path an answer can take (page save and autosave).
 */
@PostgresTest
class ReportEditingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportRepository reports;

    Cookie police;
    Cookie coordinator;
    long id;

    @BeforeEach
    void openAReport() throws Exception {
        police = DemoLogins.login(mvc, DemoLogins.FALUN_POLICE);
        coordinator = DemoLogins.login(mvc, DemoLogins.FALUN_COORDINATOR);
        long unit = jdbc.sql("select u.id from unit u join organisation o on o.id = u.municipality_id "
                + "where o.code = '2080' and u.name = 'Lokalpolisområdet'").query(Long.class).single();
        int week = 10 + (int) (System.nanoTime() % 40);
        String location = mvc.perform(post("/reports/contributions").param("unitId", String.valueOf(unit))
                        .param("period", "2024-W" + week).cookie(police).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void aPageSavedAfterSomeoneElsesSaveIsRefusedAndBothAnswersAreShown() throws Exception {
        mvc.perform(post("/reports/" + id).param("previous.threats_observed", "")
                        .param("q.threats_observed", "Hot mot handläggare i receptionen.").cookie(coordinator).with(csrf()))
                .andExpect(status().is3xxRedirection());
        // the police page was opened before: it showed an empty answer, and saves two answers
        mvc.perform(post("/reports/" + id).param("previous.threats_observed", "").param("previous.threats_level", "")
                        .param("q.threats_observed", "Inga nya hot denna vecka.").param("q.threats_level", "1")
                        .cookie(police).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Någon annan har ändrat några av svaren")))
                .andExpect(content().string(Matchers.containsString("Inga nya hot denna vecka.")))
                .andExpect(content().string(Matchers.containsString("Hot mot handläggare i receptionen.")));
        assertThat(reports.findById(id).orElseThrow().valueOf("threats_observed"))
                .isEqualTo("Hot mot handläggare i receptionen.");
        assertThat(reports.findById(id).orElseThrow().valueOf("threats_level")).as("the other answer is saved")
                .isEqualTo("1");
    }

    @Test
    void anAutosaveOverSomeoneElsesChangeIsRefusedWithTheirValue() throws Exception {
        mvc.perform(post("/reports/" + id + "/answers/school_level").param("q.school_level", "2")
                        .param("previous.school_level", "").header("HX-Request", "true").cookie(coordinator).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Sparat")));
        mvc.perform(post("/reports/" + id + "/answers/school_level").param("q.school_level", "4")
                        .param("previous.school_level", "").header("HX-Request", "true").cookie(police).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("någon annan har ändrat svaret till 2")));
        assertThat(reports.findById(id).orElseThrow().valueOf("school_level")).isEqualTo("2");
        mvc.perform(post("/reports/" + id + "/answers/school_level").param("q.school_level", "4")
                        .param("previous.school_level", "2").header("HX-Request", "true").cookie(police).with(csrf()))
                .andExpect(content().string(Matchers.containsString("Sparat")));
        assertThat(reports.findById(id).orElseThrow().valueOf("school_level")).isEqualTo("4");
        assertThat(jdbc.sql("select count(*) from report_answer_change where report_id = :r and question_key = 'school_level'")
                .param("r", id).query(Integer.class).single()).isEqualTo(2);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/reports/" + id)
                        .cookie(coordinator))
                .andExpect(content().string(Matchers.containsString("falun.samordnare ändrade school_level")))
                .andExpect(content().string(Matchers.containsString("falun.polis ändrade school_level")));
    }

    @Test
    void aPageSaveRightAfterTheUsersOwnAutosaveIsNoConflict() throws Exception {
        // typing in a text box and pressing "Skicka in" sends the autosave and the page at the same moment
        mvc.perform(post("/reports/" + id + "/answers/summary_joint").param("q.summary_joint", "Lugnt.")
                .param("previous.summary_joint", "").header("HX-Request", "true").cookie(police).with(csrf()));
        mvc.perform(post("/reports/" + id).param("previous.summary_joint", "").param("q.summary_joint", "Lugnt.")
                        .cookie(police).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(reports.findById(id).orElseThrow().valueOf("summary_joint")).isEqualTo("Lugnt.");
    }

    @Test
    void badAnswersAreRefusedAtTheQuestionAndTheRestIsSaved() throws Exception {
        mvc.perform(post("/reports/" + id).param("version", String.valueOf(version()))
                        .param("q.racism_reports", "tolv").param("q.racism_level", "7")
                        .param("q.racism_observed", "Klotter på skolan.").cookie(police).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Skriv ett heltal")))
                .andExpect(content().string(Matchers.containsString("Välj ett av svarsalternativen")))
                .andExpect(content().string(Matchers.containsString("value=\"tolv\"")));
        Report report = reports.findById(id).orElseThrow();
        assertThat(report.valueOf("racism_observed")).isEqualTo("Klotter på skolan.");
        assertThat(report.valueOf("racism_reports")).isEmpty();
        assertThat(report.valueOf("racism_level")).isEmpty();
    }

    @Test
    void personalDataIsRefusedOnThePageAndInAutosave() throws Exception {
        mvc.perform(post("/reports/" + id).param("version", String.valueOf(version()))
                        .param("q.networks_observed", "Ring Kalle på 070-123 45 67 om gänget.")
                        .param("q.networks_level", "3").cookie(police).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("070-123 45 67")))
                .andExpect(content().string(Matchers.containsString("Ta bort det")));
        assertThat(reports.findById(id).orElseThrow().valueOf("networks_observed")).isEmpty();
        assertThat(reports.findById(id).orElseThrow().valueOf("networks_level")).isEqualTo("3");

        mvc.perform(post("/reports/" + id + "/answers/networks_observed")
                        .param("q.networks_observed", "Pojken 201203152382 rekryteras.").param("previous.networks_observed", "")
                        .header("HX-Request", "true").cookie(police).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("201203152382")));
        mvc.perform(post("/reports/" + id + "/answers/networks_observed")
                        .param("q.networks_observed", "Skriv till info@exempel.se").param("previous.networks_observed", "")
                        .header("HX-Request", "true").cookie(police).with(csrf()))
                .andExpect(content().string(Matchers.containsString("info@exempel.se")));
        assertThat(reports.findById(id).orElseThrow().valueOf("networks_observed")).isEmpty();
    }

    private int version() {
        return reports.findById(id).orElseThrow().version();
    }
}
