package se.lagesbild.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import se.lagesbild.notification.NotificationMother.Account;
import se.lagesbild.shared.Role;
import se.lagesbild.support.DemoLogins;
import se.lagesbild.support.PostgresTest;

/**
 * Other modules' notices ({@link NoticeSource}) go through the reminder run: stored once however often the source
 * answers them, mailed only where the account has an address, shown with their link. Two sources whose answers the
 * test sets are imported into this class's context alone (a context of its own, on the shared PostgreSQL); the
 * accounts are county coordinators, whom no reminder about a report ever addresses.
 */
@PostgresTest
@Import(NoticeSourceTest.Sources.class)
class NoticeSourceTest {

    private static final Instant TUESDAY = Instant.parse("2026-03-10T08:00:00Z");
    private static final String PASSWORD = "Uppfoljning-test-2026";

    @TestConfiguration(proxyBeanMethods = false)
    static class Sources {

        @Bean
        Answering answering() {
            return new Answering();
        }

        @Bean
        Broken broken() {
            return new Broken();
        }
    }

    /** Answers what the test last told it to, on every tick, as a real source answers all that is due. */
    static final class Answering implements NoticeSource {

        private volatile List<OtherNotice> answer = List.of();

        @Override
        public List<OtherNotice> notices(Instant now) {
            return answer;
        }
    }

    /** Fails while the test says so. */
    static final class Broken implements NoticeSource {

        private volatile boolean broken;

        @Override
        public List<OtherNotice> notices(Instant now) {
            if (broken) {
                throw new IllegalStateException("the source is down");
            }
            return List.of();
        }
    }

    @Autowired
    Reminders reminders;
    @Autowired
    Notifications notifications;
    @Autowired
    Answering answering;
    @Autowired
    Broken broken;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;

    record Row(String kind, String eventKey, String reportSubject, String periodCode, Long reportId, String link,
               boolean mailPending) {
    }

    @AfterEach
    void quiet() {
        answering.answer = List.of();
        broken.broken = false;
    }

    @Test
    void aSourcesNoticesAreStoredOnceMailedOnlyToAnAddressAndLinkToTheirPage() throws Exception {
        var mother = new NotificationMother(jdbc);
        long jamtland = mother.organisation("23");
        Account mailed = mother.account("lan-epost", Role.COUNTY_COORDINATOR, jamtland, null,
                "lansstyrelsen@jamtland.example", passwordEncoder.encode(PASSWORD));
        Account unmailed = mother.account("lan-utan", Role.COUNTY_COORDINATOR, jamtland, null, null, null);
        Account blank = mother.account("lan-tom", Role.COUNTY_COORDINATOR, jamtland, null, "  ", null);
        Account disabled = mother.account("lan-av", Role.COUNTY_COORDINATOR, jamtland, null,
                "avstangd@jamtland.example", null);
        mother.disable(disabled);
        answering.answer = List.of(NotificationMother.followUp(NoticeKind.FOLLOW_UP_DUE, mailed, 7, 12),
                NotificationMother.followUp(NoticeKind.FOLLOW_UP_DUE, unmailed, 7, 12),
                NotificationMother.followUp(NoticeKind.FOLLOW_UP_DUE, blank, 7, 12),
                NotificationMother.followUp(NoticeKind.FOLLOW_UP_DUE, disabled, 7, 12));

        // the source answers the same notices on every tick: stored once, a disabled account not told
        assertThat(reminders.run(TUESDAY).others()).isEqualTo(3);
        assertThat(reminders.run(TUESDAY.plusSeconds(900)).others()).isZero();
        assertThat(rows(mailed)).containsExactly(new Row("FOLLOW_UP_DUE", "FOLLOW_UP_DUE:follow-up:7", null, null,
                null, "/action/plans/12", false));
        assertThat(rows(unmailed)).hasSize(1);
        assertThat(rows(blank)).hasSize(1);
        assertThat(rows(disabled)).isEmpty();
        assertThat(mails(mailed)).containsExactly("lansstyrelsen@jamtland.example | Uppföljning av åtgärd 7 – "
                + "Lägesbild | Uppföljningen av åtgärd 7 i plan 12 ska vara gjord senast fredag 13 mars.\n\nDet här "
                + "meddelandet kommer från Lägesbild och skickades automatiskt. Det går inte att svara på det.");
        assertThat(mails(unmailed)).isEmpty();
        assertThat(mails(blank)).isEmpty();

        // a mail waits only where the account has an address, until the next run hands it over
        List<OtherNotice> late = List.of(NotificationMother.followUp(NoticeKind.FOLLOW_UP_LATE, mailed, 7, 12),
                NotificationMother.followUp(NoticeKind.FOLLOW_UP_LATE, unmailed, 7, 12),
                NotificationMother.followUp(NoticeKind.FOLLOW_UP_LATE, blank, 7, 12));
        assertThat(notifications.storeOther(late, TUESDAY.plusSeconds(1800))).isEqualTo(3);
        assertThat(notifications.storeOther(late, TUESDAY.plusSeconds(1800))).as("given again").isZero();
        assertThat(rows(mailed).get(1).mailPending()).isTrue();
        assertThat(rows(unmailed).get(1).mailPending()).isFalse();
        assertThat(rows(blank).get(1).mailPending()).isFalse();
        answering.answer = late;
        assertThat(reminders.run(TUESDAY.plusSeconds(2700)).others()).isZero();
        assertThat(mails(mailed)).hasSize(2);
        assertThat(rows(mailed)).noneMatch(Row::mailPending);

        // the page leads to the plan, not to the reports
        String page = mvc.perform(get("/notifications").cookie(DemoLogins.login(mvc, mailed.username(), PASSWORD)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"/action/plans/12\"", ">Öppna<", "Uppföljning snart",
                "Uppföljning försenad", "Uppföljningen av åtgärd 7 i plan 12")
                .doesNotContain("Till rapporterna", "Öppna rapporten");
    }

    @Test
    void aFailingSourceLosesOnlyItsOwnNotices() {
        var mother = new NotificationMother(jdbc);
        Account coordinator = mother.account("lan-fel", Role.COUNTY_COORDINATOR, mother.organisation("23"), null,
                "fel@jamtland.example", null);
        broken.broken = true;
        answering.answer = List.of(NotificationMother.followUp(NoticeKind.FOLLOW_UP_LATE, coordinator, 8, 13));

        RemindersRan ran = reminders.run(TUESDAY.plusSeconds(3600));

        assertThat(ran.others()).isEqualTo(1);
        assertThat(rows(coordinator)).extracting(Row::eventKey).containsExactly("FOLLOW_UP_LATE:follow-up:8");
        assertThat(mails(coordinator)).hasSize(1);
    }

    private List<Row> rows(Account account) {
        return jdbc.sql("""
                        select kind, event_key, report_subject, period_code, report_id, link, mail_pending
                        from notification where account_id = :account order by created_at, id""")
                .param("account", account.id())
                .query((rs, row) -> new Row(rs.getString("kind"), rs.getString("event_key"),
                        rs.getString("report_subject"), rs.getString("period_code"),
                        rs.getObject("report_id", Long.class), rs.getString("link"), rs.getBoolean("mail_pending")))
                .list();
    }

    private List<String> mails(Account account) {
        return jdbc.sql("select to_address, subject, body from outbox_mail where account_id = :account order by id")
                .param("account", account.id())
                .query((rs, row) -> rs.getString("to_address") + " | " + rs.getString("subject") + " | "
                        + rs.getString("body"))
                .list();
    }
}
