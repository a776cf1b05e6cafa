package se.lagesbild.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import se.lagesbild.support.DemoLogins;
import se.lagesbild.support.PostgresTest;

/** The security baseline seen from outside: CSRF, headers, session id renewal, htmx and error pages. */
@PostgresTest
class SecurityBaselineTest {

    @Autowired
    MockMvc mvc;

    @Test
    void stateChangesWithoutCsrfTokenAreRefused() throws Exception {
        Cookie session = DemoLogins.login(mvc, DemoLogins.FALUN_COORDINATOR);
        mvc.perform(post("/profile/password").cookie(session).param("currentPassword", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "admin").param("password", DemoLogins.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void htmxRequestsMaySendTheTokenAsAHeader() throws Exception {
        Cookie session = DemoLogins.login(mvc, DemoLogins.FALUN_COORDINATOR);
        mvc.perform(post("/profile/password").cookie(session).header("HX-Request", "true")
                        .param("currentPassword", "fel").param("newPassword", "").param("repeatPassword", "")
                        .with(csrf().asHeader()))
                .andExpect(status().isOk());
    }

    @Test
    void authenticatedPagesCarryTheSecurityHeaders() throws Exception {
        Cookie session = DemoLogins.login(mvc, DemoLogins.FALUN_COORDINATOR);
        mvc.perform(get("/").cookie(session))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", Matchers.not(Matchers.containsString("unsafe"))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void pagesHaveNoInlineScriptsOrHandlers() throws Exception {
        Cookie session = DemoLogins.login(mvc, DemoLogins.ADMIN);
        for (String page : new String[] {"/", "/organisations/20", "/organisations/2080", "/accounts", "/accounts/new",
                "/audit", "/profile/password"}) {
            String html = mvc.perform(get(page).cookie(session)).andReturn().getResponse().getContentAsString();
            assertThat(html).as(page).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>")
                    .doesNotContainPattern("\\son[a-z]+=\"").doesNotContain("style=\"");
        }
    }

    @Test
    void loginIssuesANewSessionCookieHttpOnlyAndSameSite() throws Exception {
        MockHttpServletResponse before = mvc.perform(get("/login")).andReturn().getResponse();
        Cookie anonymous = before.getCookie(DemoLogins.SESSION_COOKIE);
        assertThat(anonymous).isNotNull();
        assertThat(anonymous.isHttpOnly()).isTrue();
        assertThat(before.getHeader("Set-Cookie")).contains("SameSite=Lax");
        MockHttpServletResponse after = mvc.perform(post("/login").cookie(anonymous).with(csrf())
                        .param("username", DemoLogins.NATIONAL_READER).param("password", DemoLogins.PASSWORD))
                .andReturn().getResponse();
        Cookie authenticated = after.getCookie(DemoLogins.SESSION_COOKIE);
        assertThat(authenticated).isNotNull();
        assertThat(authenticated.getValue()).isNotEqualTo(anonymous.getValue());
    }

    @Test
    void anonymousHtmxRequestsAreSentToTheLoginPageWhole() throws Exception {
        mvc.perform(get("/audit").header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/login"));
    }

    @Test
    void errorsShowAGenericSwedishPageThatLeaksNothing() throws Exception {
        Cookie session = DemoLogins.login(mvc, DemoLogins.FALUN_COORDINATOR);
        mvc.perform(get("/units/inte-ett-id").cookie(session))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/audit").param("from", "igår").cookie(DemoLogins.login(mvc, DemoLogins.ADMIN)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/finns/inte").cookie(session))
                .andExpect(status().isNotFound());
        mvc.perform(get("/error").cookie(session).requestAttr("jakarta.servlet.error.status_code", 500))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(Matchers.containsString("Ett oväntat fel inträffade")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Exception"))));
        mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 400))
                .andExpect(content().string(Matchers.containsString("Begäran kunde inte förstås")));
        mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 403))
                .andExpect(content().string(Matchers.containsString("Du har inte behörighet")));
        mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 404)
                        .header("Accept", "application/json"))
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(Matchers.containsString("Sidan eller uppgiften finns inte")));
    }

    @Test
    void englishIsOneSwitchAway() throws Exception {
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(Matchers.containsString("<html lang=\"en\"")))
                .andExpect(header().string("Set-Cookie", Matchers.containsString("lagesbild-lang=en")));
        mvc.perform(get("/login"))
                .andExpect(content().string(Matchers.containsString("<html lang=\"sv\"")))
                .andExpect(content().string(Matchers.containsString("Logga in")));
    }
}
