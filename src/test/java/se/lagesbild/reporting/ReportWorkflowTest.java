package se.lagesbild.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.lagesbild.support.DemoLogins;
import se.lagesbild.support.PostgresTest;

/** A contribution and a picture through their whole workflow, over HTTP, with approved reports locked. */
@PostgresTest
class ReportWorkflowTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportRepository reports;

    @Test
    void aContributionIsFilledInSubmittedApprovedAndThenLocked() throws Exception {
        Cookie police = DemoLogins.login(mvc, DemoLogins.FALUN_POLICE);
        long unit = unitId("2080", "Lokalpolisområdet");
        long id = start(police, "/reports/contributions", "unitId", unit, "2026-W07");
        assertThat(start(police, "/reports/contributions", "unitId", unit, "2026-W07")).as("opened again").isEqualTo(id);

        mvc.perform(save(police, id, "save").param("q.racism_level", "3").param("q.racism_change", "increasing")
                        .param("q.racism_observed", "Nytt klotter vid resecentrum, anmält 2026-02-10."))
                .andExpect(status().is3xxRedirection());
        Report saved = reports.findById(id).orElseThrow();
        assertThat(saved.valueOf("racism_level")).isEqualTo("3");
        assertThat(saved.valueOf("racism_observed")).contains("resecentrum");

        // required questions must be answered before submitting
        mvc.perform(save(police, id, "submit"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("måste besvaras")));
        assertThat(reports.findById(id).orElseThrow().status()).isEqualTo(ReportStatus.DRAFT);

        var all = save(police, id, "submit");
        requiredAnswers(id).forEach(key -> all.param("q." + key, answerFor(key)));
        mvc.perform(all).andExpect(status().is3xxRedirection());
        assertThat(reports.findById(id).orElseThrow().status()).isEqualTo(ReportStatus.SUBMITTED);

        Cookie coordinator = DemoLogins.login(mvc, DemoLogins.FALUN_COORDINATOR);
        mvc.perform(post("/reports/" + id + "/approve").cookie(police).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/reports/" + id + "/approve").cookie(coordinator).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(reports.findById(id).orElseThrow().status()).isEqualTo(ReportStatus.APPROVED);

        // an approved report is read-only through every write endpoint
        int version = reports.findById(id).orElseThrow().version();
        List<MockHttpServletRequestBuilder> writes = List.of(
                post("/reports/" + id).param("action", "save").param("q.racism_level", "1"),
                post("/reports/" + id).param("action", "submit"),
                post("/reports/" + id + "/answers/racism_level").param("q.racism_level", "1").param("previous.racism_level", "2"),
                post("/reports/" + id + "/approve"),
                post("/reports/" + id + "/return").param("comment", "Ändra"),
                post("/reports/" + id + "/prefill"),
                post("/reports/" + id + "/meeting").param("meetingDate", "2026-02-20").param("participants", "POLICE")
                        .param("minutes", "Genomgång"));
        for (MockHttpServletRequestBuilder write : writes) {
            for (Cookie who : List.of(police, coordinator)) {
                int code = mvc.perform(write.param("version", String.valueOf(version)).cookie(who).with(csrf()))
                        .andReturn().getResponse().getStatus();
                assertThat(code).as("write to an approved report").isIn(403, 404, 409);
            }
        }
        assertThat(reports.findById(id).orElseThrow().valueOf("racism_level")).isEqualTo("2");
        assertThat(reports.findById(id).orElseThrow().status()).isEqualTo(ReportStatus.APPROVED);

        // the reviewer may reopen it, but only with a reason
        mvc.perform(post("/reports/" + id + "/reopen").cookie(coordinator).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(reports.findById(id).orElseThrow().status()).isEqualTo(ReportStatus.APPROVED);
        mvc.perform(post("/reports/" + id + "/reopen").param("reason", "Fel vecka angiven").cookie(coordinator)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(reports.findById(id).orElseThrow().status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(auditKinds(id)).containsExactly("REPORT_SUBMITTED", "REPORT_APPROVED", "REPORT_REOPENED");
    }

    @Test
    void aPictureIsReturnedWithACommentResubmittedAndApprovedByTheCounty() throws Exception {
        Cookie falun = DemoLogins.login(mvc, DemoLogins.FALUN_COORDINATOR);
        long falunId = organisationId("2080");
        long id = start(falun, "/reports/pictures", "municipalityId", falunId, "2026-02");
        var all = save(falun, id, "submit");
        requiredAnswers(id).forEach(key -> all.param("q." + key, answerFor(key)));
        mvc.perform(all).andExpect(status().is3xxRedirection());

        Cookie county = DemoLogins.login(mvc, DemoLogins.DALARNA_COUNTY);
        Cookie borlange = DemoLogins.login(mvc, DemoLogins.BORLANGE_COORDINATOR);
        mvc.perform(get("/reports/" + id).cookie(borlange)).andExpect(status().isNotFound());
        mvc.perform(post("/reports/" + id + "/approve").cookie(falun).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/reports/" + id + "/return").param("comment", " ").cookie(county).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(reports.findById(id).orElseThrow().status()).as("no return without a comment")
                .isEqualTo(ReportStatus.SUBMITTED);
        mvc.perform(post("/reports/" + id + "/return").param("comment", "Ring rektorn på 023-123 45 67.")
                        .cookie(county).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(reports.findById(id).orElseThrow().status()).as("a comment with personal data is refused")
                .isEqualTo(ReportStatus.SUBMITTED);
        mvc.perform(post("/reports/" + id + "/return").param("comment", "Beskriv läget i skolan närmare.")
                        .cookie(county).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(reports.findById(id).orElseThrow().status()).isEqualTo(ReportStatus.RETURNED);
        mvc.perform(get("/reports/" + id).cookie(falun))
                .andExpect(content().string(Matchers.containsString("Beskriv läget i skolan närmare.")));

        var again = save(falun, id, "submit");
        requiredAnswers(id).forEach(key -> again.param("q." + key, answerFor(key)));
        mvc.perform(again.param("q.school_observed", "Fler konflikter på rasterna än förra månaden."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/reports/" + id + "/approve").cookie(county).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(reports.findById(id).orElseThrow().status()).isEqualTo(ReportStatus.APPROVED);

        // the approved picture is locked for its coordinator: answers, prefill and the meeting alike
        for (var write : List.of(save(falun, id, "save").param("q.school_level", "4"),
                post("/reports/" + id + "/prefill").cookie(falun).with(csrf()),
                post("/reports/" + id + "/meeting").param("meetingDate", "2026-02-20").param("participants", "POLICE")
                        .param("minutes", "Genomgång").cookie(falun).with(csrf()))) {
            assertThat(mvc.perform(write).andReturn().getResponse().getStatus()).isEqualTo(409);
        }
        assertThat(reports.findById(id).orElseThrow().valueOf("school_level")).isEqualTo("2");
    }

    private long start(Cookie who, String path, String subjectParam, long subject, String period) throws Exception {
        String location = mvc.perform(post(path).param(subjectParam, String.valueOf(subject)).param("period", period)
                        .cookie(who).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private MockHttpServletRequestBuilder save(Cookie who, long id, String action) {
        return post("/reports/" + id).param("action", action)
                .param("version", String.valueOf(reports.findById(id).orElseThrow().version()))
                .cookie(who).with(csrf());
    }

    /** The required questions of the default form: a level and a change per theme, and the joint summary. */
    private List<String> requiredAnswers(long id) {
        return List.of("extremism", "racism", "networks", "school", "leisure", "public_space", "threats", "democracy",
                        "root_causes", "protective").stream()
                .flatMap(theme -> java.util.stream.Stream.of(theme + "_level", theme + "_change"))
                .collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), keys -> {
                    keys.add("summary_joint");
                    return keys;
                }));
    }

    private static String answerFor(String key) {
        if (key.endsWith("_level")) {
            return "2";
        }
        if (key.endsWith("_change")) {
            return "unchanged";
        }
        return "Läget är i stort sett oförändrat.";
    }

    private List<String> auditKinds(long reportId) {
        return jdbc.sql("select kind from audit_event where target = :t order by id").param("t", "report:" + reportId)
                .query(String.class).list();
    }

    private long unitId(String municipalityCode, String name) {
        return jdbc.sql("select u.id from unit u join organisation o on o.id = u.municipality_id "
                        + "where o.code = :code and u.name = :name")
                .param("code", municipalityCode).param("name", name).query(Long.class).single();
    }

    private long organisationId(String code) {
        return jdbc.sql("select id from organisation where code = :c").param("c", code).query(Long.class).single();
    }
}
