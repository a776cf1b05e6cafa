package se.lagesbild.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Signs in as the demo accounts through the real login form, so tests exercise the real scope loading. */
public final class DemoLogins {

    public static final String PASSWORD = "Lagesbild-demo-2026";
    public static final String ADMIN = "admin";
    public static final String NATIONAL_READER = "nationell";
    public static final String DALARNA_COUNTY = "lansstyrelsen.dalarna";
    public static final String VASTMANLAND_COUNTY = "lansstyrelsen.vastmanland";
    public static final String FALUN_COORDINATOR = "falun.samordnare";
    public static final String BORLANGE_COORDINATOR = "borlange.samordnare";
    public static final String FALUN_POLICE = "falun.polis";

    private DemoLogins() {
    }

    public static MockHttpSession login(MockMvc mvc, String username) throws Exception {
        MvcResult result = mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", PASSWORD)
                        .with(SecurityMockMvcRequestPostProcessors.csrf())
                        .with(request -> {
                            request.setRemoteAddr("10.0.0.1");
                            return request;
                        }))
                .andReturn();
        if (result.getResponse().getStatus() != 302 || !"/".equals(result.getResponse().getRedirectedUrl())) {
            throw new AssertionError("login as " + username + " failed: " + result.getResponse().getRedirectedUrl());
        }
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
