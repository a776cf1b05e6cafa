package se.lagesbild.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lagesbild.notification.NotificationMother.Account;
import se.lagesbild.shared.Role;

/**
 * The zero-setup default runs the job on H2 (PostgreSQL mode): the lock with the database's clock, the queries and
 * the duplicate-free inserts must work there too. The same configuration as {@code H2DefaultConfigurationSmokeTest},
 * so both share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "spring.datasource.url=jdbc:h2:file:./target/h2-smoke/lagesbild-${random.uuid};MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class RemindersOnH2Test {

    @Autowired
    Reminders reminders;
    @Autowired
    LockProvider locks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Notifications notifications;

    @Test
    void theLockIsHeldByOneAtATime() {
        var configuration = new LockConfiguration(Instant.now(), "h2-check", Duration.ofMinutes(1), Duration.ZERO);
        Optional<SimpleLock> lock = locks.lock(configuration);
        assertThat(lock).isPresent();
        assertThat(locks.lock(configuration)).as("while held").isEmpty();
        lock.get().unlock();
        Optional<SimpleLock> again = locks.lock(configuration);
        assertThat(again).as("after release").isPresent();
        again.get().unlock();
    }

    @Test
    void remindersAreStoredOnceAndMailedToTheOutbox() {
        var mother = new NotificationMother(jdbc);
        long gotland = mother.organisation("0980");
        long unit = mother.unit(gotland, NotificationMother.unique("Hamnen"), Instant.parse("2026-01-01T00:00:00Z"));
        Account reporter = mother.account("hamnen", Role.CONTRIBUTOR, gotland, unit, "hamnen@gotland.example", null);

        reminders.run(Instant.parse("2026-02-15T12:00:00Z"));
        reminders.run(Instant.parse("2026-02-15T12:15:00Z"));

        assertThat(jdbc.sql("select event_key from notification where account_id = :a order by id")
                .param("a", reporter.id()).query(String.class).list())
                .containsExactlyInAnyOrder("LATE:unit:" + unit + ":2026-W05", "LATE:unit:" + unit + ":2026-W06",
                        "REMINDER:unit:" + unit + ":2026-W07");
        assertThat(jdbc.sql("select count(*) from outbox_mail where account_id = :a and sent_at is null")
                .param("a", reporter.id()).query(Integer.class).single()).isEqualTo(3);
    }

    /**
     * A {@link NoticeSource}'s notices, stored as the run stores them (this context has no source of its own, and
     * importing one would start a second H2 application): once, with their link, a mail pending only where the
     * account has an address, and the run then mails them.
     */
    @Test
    void otherNoticesAreStoredOnceAndMailedOnlyToAnAddress() {
        var mother = new NotificationMother(jdbc);
        long gotland = mother.organisation("09");
        Account mailed = mother.account("lan-gotland", Role.COUNTY_COORDINATOR, gotland, null,
                "lansstyrelsen@gotland.example", null);
        Account unmailed = mother.account("lan-gotland-utan", Role.COUNTY_COORDINATOR, gotland, null, null, null);
        List<OtherNotice> notices = List.of(NotificationMother.followUp(NoticeKind.FOLLOW_UP_DUE, mailed, 3, 5),
                NotificationMother.followUp(NoticeKind.FOLLOW_UP_DUE, unmailed, 3, 5));
        Instant now = Instant.parse("2026-03-10T08:00:00Z");

        assertThat(notifications.storeOther(notices, now)).isEqualTo(2);
        assertThat(notifications.storeOther(notices, now.plusSeconds(900))).isZero();
        assertThat(jdbc.sql("""
                        select account_id, kind, link, mail_pending, report_subject, period_code from notification
                        where account_id in (:a, :b) order by account_id""")
                .param("a", mailed.id()).param("b", unmailed.id())
                .query((rs, row) -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                        + rs.getBoolean(4) + " " + rs.getString(5) + " " + rs.getString(6))
                .list()).containsExactly(mailed.id() + " FOLLOW_UP_DUE /action/plans/5 true null null",
                unmailed.id() + " FOLLOW_UP_DUE /action/plans/5 false null null");

        reminders.run(now.plusSeconds(1800));
        assertThat(jdbc.sql("select to_address from outbox_mail where account_id in (:a, :b)")
                .param("a", mailed.id()).param("b", unmailed.id()).query(String.class).list())
                .containsExactly("lansstyrelsen@gotland.example");
    }
}
