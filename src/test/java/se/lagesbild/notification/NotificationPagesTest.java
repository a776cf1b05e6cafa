package se.lagesbild.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Types;
import java.time.Instant;

import jakarta.servlet.http.Cookie;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import se.lagesbild.notification.NotificationMother.Account;
import se.lagesbild.shared.Role;
import se.lagesbild.shared.Timestamps;
import se.lagesbild.support.DemoLogins;
import se.lagesbild.support.PostgresTest;

/** The notification page, marking read, the unread count in the menu and the outbox within scope, over HTTP. */
@PostgresTest
class NotificationPagesTest {

    private static final String PASSWORD = "Aviseringar-test-2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void everyoneSeesAndMarksOnlyTheirOwnNotifications() throws Exception {
        var mother = new NotificationMother(jdbc);
        long krokom = mother.organisation("2309");
        long unit = mother.unit(krokom, NotificationMother.unique("Fritid"), Instant.parse("2025-01-01T00:00:00Z"));
        String hash = passwordEncoder.encode(PASSWORD);
        Account reporter = mother.account("fritid", Role.CONTRIBUTOR, krokom, unit, null, hash);
        Account other = mother.account("annan", Role.CONTRIBUTOR, krokom, unit, null, hash);
        long older = notification(reporter, "Äldre besked", Instant.parse("2026-02-01T10:00:00Z"), true);
        long newer = notification(reporter, "Nyare besked", Instant.parse("2026-02-08T10:00:00Z"), false);
        long foreign = notification(other, "Någon annans besked", Instant.parse("2026-02-08T10:00:00Z"), false);

        Cookie session = DemoLogins.login(mvc, reporter.username(), PASSWORD);
        String page = mvc.perform(get("/notifications").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Aviseringar (1)")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Nyare besked", "Äldre besked", "Oläst").doesNotContain("Någon annans besked");
        assertThat(page.indexOf("Nyare besked")).as("newest first").isLessThan(page.indexOf("Äldre besked"));

        mvc.perform(post("/notifications/" + foreign + "/read").cookie(session).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(isRead(foreign)).isFalse();

        mvc.perform(post("/notifications/" + newer + "/read").cookie(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(isRead(newer)).isTrue();
        assertThat(isRead(older)).isTrue();
        mvc.perform(get("/notifications").cookie(session))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Aviseringar ("))))
                .andExpect(content().string(Matchers.not(Matchers.containsString(">Oläst<"))));
    }

    @Test
    void theOutboxShowsMailsWithinTheCoordinatorsScope() throws Exception {
        var mother = new NotificationMother(jdbc);
        long krokom = mother.organisation("2309");
        long unit = mother.unit(krokom, NotificationMother.unique("Skolan"), Instant.parse("2025-01-01T00:00:00Z"));
        String hash = passwordEncoder.encode(PASSWORD);
        Account reporter = mother.account("skolan", Role.CONTRIBUTOR, krokom, unit, "rektor@krokom.example", hash);
        Account coordinator = mother.account("krokom", Role.MUNICIPAL_COORDINATOR, krokom, null, null, hash);
        long notification = notification(reporter, "Utkorgsprov", Instant.parse("2026-02-08T10:00:00Z"), false);
        jdbc.sql("""
                        insert into outbox_mail (notification_id, account_id, to_address, subject, body, created_at)
                        values (:n, :a, 'rektor@krokom.example', 'Utkorgsprov – Lägesbild', :body, :at)""")
                .param("n", notification).param("a", reporter.id())
                .param("body", "Första stycket.\n\nAndra stycket.")
                .param("at", Timestamps.of(Instant.parse("2026-02-08T10:00:00Z"))).update();

        for (String who : new String[] {DemoLogins.ADMIN, coordinator.username()}) {
            Cookie session = who.equals(DemoLogins.ADMIN) ? DemoLogins.login(mvc, who)
                    : DemoLogins.login(mvc, who, PASSWORD);
            mvc.perform(get("/outbox").cookie(session))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("rektor@krokom.example")))
                    .andExpect(content().string(Matchers.containsString("<p lang=\"sv\">Andra stycket.</p>")))
                    .andExpect(content().string(Matchers.containsString("Inte skickat")));
        }
        for (String who : new String[] {DemoLogins.DALARNA_COUNTY, DemoLogins.FALUN_COORDINATOR}) {
            mvc.perform(get("/outbox").cookie(DemoLogins.login(mvc, who)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("rektor@krokom.example"))));
        }
        mvc.perform(get("/outbox").cookie(DemoLogins.login(mvc, reporter.username(), PASSWORD)))
                .andExpect(status().isForbidden());
    }

    private long notification(Account account, String subject, Instant at, boolean read) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into notification (account_id, kind, report_subject, period_code, event_key,
                                                  created_at, read_at, subject_sv, body_sv)
                        values (:account, 'REMINDER', 'unit:0', '2026-W06', :key, :at, :read, :subject, 'Brödtext')""")
                .param("account", account.id()).param("key", "REMINDER:test:" + subject)
                .param("at", Timestamps.of(at)).param("read", read ? Timestamps.of(at) : null,
                        Types.TIMESTAMP_WITH_TIMEZONE)
                .param("subject", subject)
                .update(key, "id");
        return key.getKey().longValue();
    }

    private boolean isRead(long id) {
        return jdbc.sql("select read_at is not null from notification where id = :id").param("id", id)
                .query(Boolean.class).single();
    }
}
