package se.lagesbild.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import se.lagesbild.support.DemoLogins;
import se.lagesbild.support.PostgresTest;

/** Ten failed logins for one account from one address block further attempts, even with the right password. */
@PostgresTest
class LoginThrottlingTest {

    @Autowired
    MockMvc mvc;

    @Test
    void tenFailuresBlockTheAccountFromThatAddressOnly() throws Exception {
        String account = DemoLogins.VASTERAS_COORDINATOR;
        for (int attempt = 1; attempt <= 9; attempt++) {
            attempt(account, "fel-losenord", "192.0.2.10").andExpect(redirectedUrl("/login?error"));
        }
        attempt(account, "fel-losenord", "192.0.2.10").andExpect(redirectedUrl("/login?throttled"));
        // the right password no longer helps from this address
        attempt(account, DemoLogins.PASSWORD, "192.0.2.10").andExpect(redirectedUrl("/login?throttled"));
        // another address is not punished for the attacker's attempts
        attempt(account, DemoLogins.PASSWORD, "192.0.2.99").andExpect(redirectedUrl("/"));
    }

    @Test
    void theBlockedUserGetsAClearSwedishMessage() throws Exception {
        mvc.perform(get("/login").param("throttled", ""))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "För många misslyckade inloggningsförsök")));
    }

    @Test
    void failuresOnOneAccountDoNotBlockAnother() throws Exception {
        for (int attempt = 1; attempt <= 10; attempt++) {
            attempt("nobody.at.all", "gissning-" + attempt, "192.0.2.20");
        }
        attempt(DemoLogins.BORLANGE_COORDINATOR, DemoLogins.PASSWORD, "192.0.2.20").andExpect(redirectedUrl("/"));
    }

    private ResultActions attempt(String username, String password, String address) throws Exception {
        ResultActions result = mvc.perform(post("/login").param("username", username).param("password", password)
                .with(csrf()).with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
        assertThat(result.andReturn().getResponse().getStatus()).isEqualTo(302);
        return result;
    }
}
