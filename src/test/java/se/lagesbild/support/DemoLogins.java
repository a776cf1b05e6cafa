package se.lagesbild.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Signs in as the demo accounts through the real login form and returns the session cookie (sessions live in
 * Spring Session JDBC, as in production), so tests exercise the real scope loading.
 */
public final class DemoLogins {

    public static final String PASSWORD = "Lagesbild-demo-2026";
    public static final String SESSION_COOKIE = "LAGESBILD_SESSION";
    public static final String ADMIN = "admin";
    public static final String NATIONAL_READER = "nationell";
    public static final String DALARNA_COUNTY = "lansstyrelsen.dalarna";
    public static final String VASTMANLAND_COUNTY = "lansstyrelsen.vastmanland";
    public static final String FALUN_COORDINATOR = "falun.samordnare";
    public static final String BORLANGE_COORDINATOR = "borlange.samordnare";
    public static final String VASTERAS_COORDINATOR = "vasteras.samordnare";
    public static final String FALUN_POLICE = "falun.polis";
    public static final String FALUN_SCHOOL = "falun.skola";
    public static final String BORLANGE_SOCIAL_SERVICES = "borlange.socialtjanst";

    private DemoLogins() {
    }

    public static Cookie login(MockMvc mvc, String username) throws Exception {
        return login(mvc, username, PASSWORD);
    }

    public static Cookie login(MockMvc mvc, String username, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", password)
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn();
        Cookie session = result.getResponse().getCookie(SESSION_COOKIE);
        if (result.getResponse().getStatus() != 302 || !"/".equals(result.getResponse().getRedirectedUrl())
                || session == null) {
            throw new AssertionError("login as " + username + " failed: " + result.getResponse().getRedirectedUrl());
        }
        return session;
    }
}
