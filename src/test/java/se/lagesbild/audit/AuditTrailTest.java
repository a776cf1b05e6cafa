package se.lagesbild.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.lagesbild.support.DemoLogins;
import se.lagesbild.support.PostgresTest;

/** The audit trail records logins, denied access and account changes, and cannot be rewritten. */
@PostgresTest
class AuditTrailTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void recordsSuccessfulAndFailedLogins() throws Exception {
        DemoLogins.login(mvc, DemoLogins.BORLANGE_COORDINATOR);
        mvc.perform(post("/login").param("username", DemoLogins.BORLANGE_COORDINATOR).param("password", "fel")
                .with(csrf()));
        assertThat(count("LOGIN_SUCCEEDED", DemoLogins.BORLANGE_COORDINATOR)).isPositive();
        assertThat(count("LOGIN_FAILED", DemoLogins.BORLANGE_COORDINATOR)).isPositive();
        assertThat(jdbc.sql("select organisation_id from audit_event where kind = 'LOGIN_SUCCEEDED' and actor = :a "
                        + "order by id desc limit 1").param("a", DemoLogins.BORLANGE_COORDINATOR)
                .query(Long.class).single())
                .isEqualTo(organisationId("2081"));
    }

    @Test
    void recordsDeniedAccessBothForForbiddenPagesAndOutOfScopeObjects() throws Exception {
        Cookie police = DemoLogins.login(mvc, DemoLogins.FALUN_POLICE);
        mvc.perform(get("/audit").cookie(police)).andExpect(status().isForbidden());
        mvc.perform(get("/organisations/2081").cookie(police)).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select target from audit_event where kind = 'ACCESS_DENIED' and actor = :a")
                .param("a", DemoLogins.FALUN_POLICE).query(String.class).list())
                .contains("GET /audit", "GET /organisations/2081");
    }

    @Test
    void recordsAccountCreationAndRoleChangesWithTheOrganisation() throws Exception {
        Cookie county = DemoLogins.login(mvc, DemoLogins.DALARNA_COUNTY);
        long borlange = organisationId("2081");
        mvc.perform(post("/accounts").cookie(county).with(csrf())
                        .param("username", "borlange.revisor").param("displayName", "Ny samordnare")
                        .param("password", "ett-langt-losenord").param("role", "MUNICIPAL_COORDINATOR")
                        .param("organisationId", String.valueOf(borlange)))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from account where username = 'borlange.revisor'").query(Long.class).single();
        long unit = jdbc.sql("select u.id from unit u where u.municipality_id = :m and u.name = 'Socialtjänsten'")
                .param("m", borlange).query(Long.class).single();
        mvc.perform(post("/accounts/" + id).cookie(county).with(csrf())
                        .param("displayName", "Ny samordnare").param("role", "CONTRIBUTOR")
                        .param("organisationId", String.valueOf(borlange)).param("unitId", String.valueOf(unit))
                        .param("enabled", "true").param("version", "0"))
                .andExpect(status().is3xxRedirection());

        var entries = jdbc.sql("""
                        select kind, actor, organisation_id, detail from audit_event
                        where target = 'account:borlange.revisor' order by id""")
                .query((rs, row) -> rs.getString("kind") + "|" + rs.getString("actor") + "|"
                        + rs.getLong("organisation_id") + "|" + rs.getString("detail"))
                .list();
        assertThat(entries).containsExactly(
                "ACCOUNT_CREATED|lansstyrelsen.dalarna|" + borlange + "|role=MUNICIPAL_COORDINATOR",
                "ACCOUNT_CHANGED|lansstyrelsen.dalarna|" + borlange + "|placement role=CONTRIBUTOR");
    }

    @Test
    void countyCoordinatorReadsOnlyTheirCountysEntries() throws Exception {
        DemoLogins.login(mvc, DemoLogins.VASTERAS_COORDINATOR);
        DemoLogins.login(mvc, DemoLogins.FALUN_COORDINATOR);
        Cookie county = DemoLogins.login(mvc, DemoLogins.DALARNA_COUNTY);
        mvc.perform(get("/audit").param("kind", "LOGIN_SUCCEEDED").cookie(county))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(DemoLogins.FALUN_COORDINATOR)))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString(DemoLogins.VASTERAS_COORDINATOR))));
        mvc.perform(get("/audit").param("actor", DemoLogins.FALUN_COORDINATOR).header("HX-Request", "true")
                        .cookie(county))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.startsWith("<section id=\"audit-results\"")));
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditEntries() {
        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor = 'someone-else'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update())
                .hasMessageContaining("append-only");
    }

    private int count(String kind, String actor) {
        return jdbc.sql("select count(*) from audit_event where kind = :k and actor = :a")
                .param("k", kind).param("a", actor).query(Integer.class).single();
    }

    private long organisationId(String code) {
        return jdbc.sql("select id from organisation where code = :c").param("c", code).query(Long.class).single();
    }
}
