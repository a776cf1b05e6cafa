package se.lagesbild.organisation.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.lagesbild.support.DemoLogins;
import se.lagesbild.support.PostgresTest;

/** A municipal coordinator in Falun can neither see nor change anything of Borlänge, nor reach above Falun. */
@PostgresTest
class ScopeIsolationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    Cookie falun;

    @BeforeEach
    void signIn() throws Exception {
        falun = DemoLogins.login(mvc, DemoLogins.FALUN_COORDINATOR);
    }

    @Test
    void falunCoordinatorCannotSeeBorlangeOrItsUnitsOrAccounts() throws Exception {
        long borlangeUnit = unitId("2081", "Socialtjänsten");
        long borlangeAccount = accountId(DemoLogins.BORLANGE_SOCIAL_SERVICES);
        mvc.perform(get("/organisations/2081").cookie(falun))
                .andExpect(status().isNotFound())
                // the error page keeps the signed-in layout: menu, sign-out and a language switch for this page
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Logga ut")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/organisations/2081?lang=en")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Borlänge"))));
        mvc.perform(get("/units/" + borlangeUnit).cookie(falun)).andExpect(status().isNotFound());
        mvc.perform(get("/units/" + borlangeUnit + "/edit").cookie(falun)).andExpect(status().isNotFound());
        mvc.perform(get("/accounts/" + borlangeAccount).cookie(falun)).andExpect(status().isNotFound());
        mvc.perform(get("/accounts").cookie(falun))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString(DemoLogins.BORLANGE_COORDINATOR))));
        mvc.perform(get("/organisations/20").cookie(falun)).andExpect(status().isNotFound());
    }

    @Test
    void falunCoordinatorCannotChangeBorlange() throws Exception {
        long borlangeUnit = unitId("2081", "Socialtjänsten");
        mvc.perform(post("/units/" + borlangeUnit).cookie(falun).with(csrf())
                        .param("name", "Övertaget").param("sector", "OTHER").param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/organisations/2081/units").cookie(falun).with(csrf())
                        .param("name", "Smuggelenhet").param("sector", "OTHER"))
                .andExpect(status().isNotFound());
        long borlangeAccount = accountId(DemoLogins.BORLANGE_SOCIAL_SERVICES);
        mvc.perform(post("/accounts/" + borlangeAccount + "/password").cookie(falun).with(csrf())
                        .param("newPassword", "ett-helt-nytt-losenord"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select name from unit where id = :id").param("id", borlangeUnit).query(String.class)
                .single()).isEqualTo("Socialtjänsten");
        assertThat(jdbc.sql("select count(*) from unit where name = 'Smuggelenhet'").query(Integer.class).single())
                .isZero();
    }

    @Test
    void falunCoordinatorCannotCreateAnAccountWithCountyScopeOrInBorlange() throws Exception {
        long dalarna = organisationId("20");
        long borlange = organisationId("2081");
        mvc.perform(post("/accounts").cookie(falun).with(csrf())
                        .param("username", "falun.uppat").param("displayName", "Försök uppåt")
                        .param("password", "ett-langt-losenord").param("role", "COUNTY_COORDINATOR")
                        .param("organisationId", String.valueOf(dalarna)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/accounts").cookie(falun).with(csrf())
                        .param("username", "falun.lan").param("displayName", "Försök länet")
                        .param("password", "ett-langt-losenord").param("role", "MUNICIPAL_COORDINATOR")
                        .param("organisationId", String.valueOf(dalarna)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("utanför ditt ansvarsområde")));
        mvc.perform(post("/accounts").cookie(falun).with(csrf())
                        .param("username", "falun.granne").param("displayName", "Försök grannen")
                        .param("password", "ett-langt-losenord").param("role", "MUNICIPAL_COORDINATOR")
                        .param("organisationId", String.valueOf(borlange)))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from account where username in ('falun.uppat', 'falun.lan', 'falun.granne')")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void falunCoordinatorCreatesAContributorInFalunAndCannotRaiseTheirOwnRole() throws Exception {
        long falunId = organisationId("2080");
        long falunSchool = unitId("2080", "Grundskolan och gymnasiet");
        mvc.perform(post("/accounts").cookie(falun).with(csrf())
                        .param("username", "falun.ny.rapportor").param("displayName", "Ny rapportör")
                        .param("password", "ett-langt-losenord").param("role", "CONTRIBUTOR")
                        .param("organisationId", String.valueOf(falunId)).param("unitId", String.valueOf(falunSchool)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select role from account where username = 'falun.ny.rapportor'").query(String.class)
                .single()).isEqualTo("CONTRIBUTOR");

        long self = accountId(DemoLogins.FALUN_COORDINATOR);
        mvc.perform(post("/accounts/" + self).cookie(falun).with(csrf())
                        .param("displayName", "Samordnare Falun").param("role", "COUNTY_COORDINATOR")
                        .param("organisationId", String.valueOf(organisationId("20"))).param("enabled", "true")
                        .param("version", "0"))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select role from account where id = :id").param("id", self).query(String.class).single())
                .isEqualTo("MUNICIPAL_COORDINATOR");
    }

    @Test
    void aStaleEditIsRefusedAndBothValuesAreShown() throws Exception {
        long unit = unitId("2080", "Fritidsgårdarna");
        int version = jdbc.sql("select version from unit where id = :id").param("id", unit).query(Integer.class).single();
        mvc.perform(post("/units/" + unit).cookie(falun).with(csrf())
                        .param("name", "Fritidsgårdarna").param("sector", "LEISURE").param("active", "true")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/units/" + unit).cookie(falun).with(csrf())
                        .param("name", "Fritid Falun").param("sector", "LEISURE").param("active", "true")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Någon annan har sparat enheten")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Fritid Falun\"")));
        assertThat(jdbc.sql("select name from unit where id = :id").param("id", unit).query(String.class).single())
                .isEqualTo("Fritidsgårdarna");
    }

    private long unitId(String municipalityCode, String name) {
        return jdbc.sql("select u.id from unit u join organisation o on o.id = u.municipality_id "
                        + "where o.code = :code and u.name = :name")
                .param("code", municipalityCode).param("name", name).query(Long.class).single();
    }

    private long accountId(String username) {
        return jdbc.sql("select id from account where username = :u").param("u", username).query(Long.class).single();
    }

    private long organisationId(String code) {
        return jdbc.sql("select id from organisation where code = :c").param("c", code).query(Long.class).single();
    }
}
