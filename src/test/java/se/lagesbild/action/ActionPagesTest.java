package se.lagesbild.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.lagesbild.reporting.demo.DemoHistoryWritten;
import se.lagesbild.support.DemoLogins;
import se.lagesbild.support.PostgresTest;

/**
 * The action pages over HTTP, as a browser posts them: the method's rule (a plan needs a problem from an approved
 * picture, a measure needs a problem or cause of its plan) refused with an explanation and nothing stored, what was
 * typed kept, and other municipalities kept out.
 */
@PostgresTest
class ActionPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    Cookie falun;
    String approvedPeriod;

    @BeforeEach
    void signIn() throws Exception {
        DemoHistoryWritten.await(context);
        falun = DemoLogins.login(mvc, DemoLogins.FALUN_COORDINATOR);
        approvedPeriod = jdbc.sql("""
                        select min(r.period_code) from report r join organisation o on o.id = r.municipality_id
                        where o.code = '2080' and r.kind = 'PICTURE' and r.status = 'APPROVED'""")
                .query(String.class).single();
    }

    @Test
    void aPlanWithoutAProblemIsRefusedWithTheMethodExplainedAndNothingIsStored() throws Exception {
        int before = count("action_plan");
        mvc.perform(post("/action/plans").param("owner", "2080").param("kind", "ACTION_PLAN")
                        .param("title", "Plan utan problem").param("startsOn", "2026-01-01")
                        .param("endsOn", "2026-06-30").cookie(falun).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("En plan måste utgå från minst ett problem i en godkänd lägesbild"),
                        containsString("value=\"Plan utan problem\""))));
        assertThat(count("action_plan")).isEqualTo(before);
    }

    @Test
    void aMeasureWithoutATraceableProblemIsRefusedOverHttpAndNothingIsStored() throws Exception {
        long plan = planWithProblem();
        int before = count("measure");
        mvc.perform(post("/action/plans/{id}/measures", plan).param("title", "Nattvandring utan spår")
                        .param("approach", "SOCIAL").param("horizon", "SHORT").param("owner", "Fritid")
                        .param("startsOn", "2026-02-01").param("dueOn", "2026-03-01").cookie(falun).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("En åtgärd måste svara mot minst ett av planens problem"),
                        containsString("value=\"Nattvandring utan spår\""))));
        // a problem that is not the plan's (made up, or another plan's) is refused the same way
        mvc.perform(post("/action/plans/{id}/measures", plan).param("title", "Lånad åtgärd")
                        .param("approach", "SOCIAL").param("horizon", "SHORT").param("owner", "Fritid")
                        .param("startsOn", "2026-02-01").param("dueOn", "2026-03-01").param("basis", "p:999999")
                        .cookie(falun).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("kan bara svara mot planens egna problem")));
        assertThat(count("measure")).isEqualTo(before);
    }

    @Test
    void aProblemCannotBeWrittenDownFromAPictureThatIsNotApproved() throws Exception {
        mvc.perform(get("/action/problems/new").param("municipality", "2080").param("theme", "racism")
                        .param("period", LocalDate.now().minusYears(6).toString().substring(0, 7)).cookie(falun))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("bara skrivas ned ur en godkänd lägesbild")));
    }

    @Test
    void personalDataIsRefusedAtItsFieldAndTheTextIsKept() throws Exception {
        mvc.perform(post("/action/problems").param("municipality", "2080").param("theme", "racism")
                        .param("period", approvedPeriod).param("title", "Hot mot tjänsteperson")
                        .param("description", "Anmält av anna.andersson@example.se").cookie(falun).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"description-error\""),
                        containsString("e-postadress"), containsString("Anmält av anna.andersson@example.se"))));
    }

    @Test
    void anotherMunicipalityNeitherReadsNorWritesFalunsPlan() throws Exception {
        long plan = planWithProblem();
        Cookie borlange = DemoLogins.login(mvc, DemoLogins.BORLANGE_COORDINATOR);
        mvc.perform(get("/action/plans/{id}", plan).cookie(borlange)).andExpect(status().isNotFound());
        mvc.perform(get("/action/plans/{id}/effect", plan).cookie(borlange)).andExpect(status().isNotFound());
        mvc.perform(get("/action/municipality/2080").cookie(borlange)).andExpect(status().isNotFound());
        mvc.perform(post("/action/plans/{id}/measures", plan).param("title", "Intrång").param("basis", "p:1")
                .cookie(borlange).with(csrf())).andExpect(status().isNotFound());
        // the county reads it, but the plan is Falun's to write
        Cookie county = DemoLogins.login(mvc, DemoLogins.DALARNA_COUNTY);
        mvc.perform(get("/action/plans/{id}", plan).cookie(county))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/measures/new"))));
        mvc.perform(post("/action/plans/{id}/measures", plan).param("title", "Länets åtgärd").cookie(county)
                .with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void aPlanBuildsOnGoodExamplesOfTheKnowledgeBankTheCoordinatorReads() throws Exception {
        long plan = planWithProblem();
        long method = jdbc.sql("""
                        select min(id) from knowledge_item
                        where kind in ('METHOD', 'GOOD_EXAMPLE') and visibility = 'ALL'""")
                .query(Long.class).single();
        String title = jdbc.sql("select title from knowledge_item where id = :id").param("id", method)
                .query(String.class).single();
        String edit = mvc.perform(get("/action/plans/{id}/edit", plan).cookie(falun))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(edit).contains("name=\"knowledgeItemIds\" id=\"knowledge-" + method + "\"");
        String version = jdbc.sql("select version from action_plan where id = :id").param("id", plan)
                .query(String.class).single();
        // an item that is not there (or not readable, or not a method or good example) is refused
        mvc.perform(post("/action/plans/{id}", plan).param("title", "Med kunskap").param("startsOn", "2026-01-01")
                        .param("endsOn", "2026-06-30").param("version", version).param("knowledgeItemIds", "999999")
                        .cookie(falun).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("kan bara bygga på goda exempel och metoder")));
        mvc.perform(post("/action/plans/{id}", plan).param("title", "Med kunskap").param("startsOn", "2026-01-01")
                        .param("endsOn", "2026-06-30").param("version", version)
                        .param("knowledgeItemIds", String.valueOf(method)).cookie(falun).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/action/plans/{id}", plan).cookie(falun))
                .andExpect(content().string(allOf(containsString("Bygger på (kunskapsbanken)"),
                        containsString("href=\"/knowledge/" + method + "\""), containsString(title))));
    }

    /** A Falun problem from an approved cell and a plan on it, both through the pages. */
    private long planWithProblem() throws Exception {
        String problem = mvc.perform(post("/action/problems").param("municipality", "2080")
                        .param("theme", "racism").param("period", approvedPeriod)
                        .param("title", "Klotter " + System.nanoTime()).cookie(falun).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long problemId = Long.parseLong(problem.substring(problem.lastIndexOf('/') + 1));
        String plan = mvc.perform(post("/action/plans").param("owner", "2080").param("kind", "ACTION_PLAN")
                        .param("title", "Plan " + System.nanoTime()).param("startsOn", "2026-01-01")
                        .param("endsOn", "2026-06-30").param("problemIds", String.valueOf(problemId))
                        .param("targetLevel[" + problemId + "]", "1")
                        .param("targetPeriod[" + problemId + "]", approvedPeriod).cookie(falun).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(plan.substring(plan.lastIndexOf('/') + 1));
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }
}
