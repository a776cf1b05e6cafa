package se.lagesbild.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lagesbild.notification.NotificationMother.Account;
import se.lagesbild.shared.Role;
import se.lagesbild.shared.Timestamps;
import se.lagesbild.support.PostgresTest;

/**
 * The reminder run at fixed moments around week 7 of 2026 (due Monday 16 February 12:00, 11:00 UTC) and the
 * pictures of December 2025 and January 2026 (due 9 and 6 February), on units and accounts of Jämtlands län that no
 * other test uses. Assertions look only at this test's own accounts: a run covers the whole country.
 */
@PostgresTest
class ReminderTest {

    private static final Instant SUNDAY_BEFORE_DUE = Instant.parse("2026-02-15T12:00:00Z");
    private static final Instant MONDAY_AFTER_DUE = Instant.parse("2026-02-16T12:00:00Z");
    private static final String SECRET_ANSWER = "Grannen Kalle Svensson på Storgatan 3 hotades";
    private static final String SECRET_COMMENT = "Ta bort namnet Kalle Svensson";

    @Autowired
    Reminders reminders;
    @Autowired
    JdbcClient jdbc;

    record Row(String kind, String eventKey, String subject, String body, boolean mailPending) {
    }

    @Test
    void remindsBeforeTheDueMomentTellsOnceWhenLateAndOnceForEveryReturn() {
        var mother = new NotificationMother(jdbc);
        long berg = mother.organisation("2326");
        // registered after week 6 was due, so weeks 5 and 6 were never expected of them
        Instant registered = Instant.parse("2026-02-10T08:00:00Z");
        String policeName = NotificationMother.unique("Polisen");
        String schoolName = NotificationMother.unique("Skolan");
        long police = mother.unit(berg, policeName, registered);
        long school = mother.unit(berg, schoolName, registered);
        Account officer = mother.account("polis", Role.CONTRIBUTOR, berg, police, "polis@berg.example", null);
        Account teacher = mother.account("skola", Role.CONTRIBUTOR, berg, school, null, null);
        Account coordinator = mother.account("berg", Role.MUNICIPAL_COORDINATOR, berg, null,
                "samordnare@berg.example", null);

        // Sunday 13:00: week 7 is due within 24 hours; the pictures of December and January are late
        reminders.run(SUNDAY_BEFORE_DUE);
        assertThat(rows(officer)).containsExactly(new Row("REMINDER", "REMINDER:unit:" + police + ":2026-W07",
                "Påminnelse: bidraget för vecka 7 2026 från " + policeName,
                "Bidraget för vecka 7 2026 från " + policeName
                        + " i Berg ska vara inskickat senast måndag 16 februari kl. 12.", false));
        assertThat(rows(teacher)).extracting(Row::eventKey).containsExactly("REMINDER:unit:" + school + ":2026-W07");
        assertThat(rows(coordinator)).extracting(Row::eventKey).containsExactlyInAnyOrder(
                "LATE:municipality:" + berg + ":2025-12", "LATE:municipality:" + berg + ":2026-01");
        assertThat(rows(coordinator)).extracting(Row::body).contains("Den kommunala lägesbilden för Berg för "
                + "januari 2026 skulle ha varit inskickad senast fredag 6 februari och har inte kommit in. "
                + "Skicka in den så snart du kan.");

        // the next tick finds nothing new
        reminders.run(SUNDAY_BEFORE_DUE.plusSeconds(900));
        assertThat(rows(officer)).hasSize(1);
        assertThat(rows(teacher)).hasSize(1);
        assertThat(rows(coordinator)).hasSize(2);

        // the police submit in time, the school does not
        long report = mother.submittedContribution(berg, police, "2026-W07", Instant.parse("2026-02-16T10:00:00Z"),
                SECRET_ANSWER);
        reminders.run(MONDAY_AFTER_DUE);
        reminders.run(MONDAY_AFTER_DUE.plusSeconds(900));
        assertThat(rows(officer)).hasSize(1);
        assertThat(rows(teacher)).extracting(Row::eventKey).containsExactly(
                "REMINDER:unit:" + school + ":2026-W07", "LATE:unit:" + school + ":2026-W07");
        assertThat(rows(teacher).get(1).body()).isEqualTo("Bidraget för vecka 7 2026 från " + schoolName
                + " i Berg skulle ha varit inskickat senast måndag 16 februari kl. 12 och har inte kommit in. "
                + "Skicka in det så snart du kan.");

        // returned on Tuesday: one notice, however often the job runs
        mother.returnReport(report, Instant.parse("2026-02-17T09:00:00Z"), SECRET_COMMENT);
        reminders.run(Instant.parse("2026-02-17T09:15:00Z"));
        reminders.run(Instant.parse("2026-02-17T09:30:00Z"));
        assertThat(rows(officer)).extracting(Row::kind).containsExactly("REMINDER", "RETURNED");
        assertThat(rows(officer).get(1).body()).isEqualTo("Bidraget för vecka 7 2026 från " + policeName
                + " i Berg har returnerats till er. Läs granskarens kommentar i rapporten, komplettera och skicka in "
                + "det igen.");

        // resubmitted and returned again: a second notice for the second return
        mother.resubmit(report, Instant.parse("2026-02-17T14:00:00Z"));
        mother.returnReport(report, Instant.parse("2026-02-18T08:00:00Z"), SECRET_COMMENT);
        reminders.run(Instant.parse("2026-02-18T08:15:00Z"));
        reminders.run(Instant.parse("2026-02-18T08:30:00Z"));
        assertThat(rows(officer)).extracting(Row::kind).containsExactly("REMINDER", "RETURNED", "RETURNED");
        assertThat(rows(officer)).extracting(Row::eventKey).doesNotHaveDuplicates();

        // nothing a reporter or reviewer wrote reaches a notification or a mail
        for (Account account : List.of(officer, teacher, coordinator)) {
            for (Row row : rows(account)) {
                assertThat(row.subject() + row.body()).doesNotContain("Kalle", "Svensson", "Storgatan", "namnet");
            }
        }
        assertThat(mails(officer)).allSatisfy(mail -> assertThat(mail).doesNotContain("Kalle", "Svensson"));

        // mails for the accounts with an address, none for the teacher, and none waiting
        assertThat(mails(officer)).hasSize(3);
        assertThat(mails(officer).get(0)).isEqualTo("polis@berg.example | Påminnelse: bidraget för vecka 7 2026 från "
                + policeName + " – Lägesbild | Bidraget för vecka 7 2026 från " + policeName + " i Berg ska vara "
                + "inskickat senast måndag 16 februari kl. 12.\n\nDet här meddelandet kommer från Lägesbild och "
                + "skickades automatiskt. Det går inte att svara på det.");
        assertThat(mails(coordinator)).hasSize(2);
        assertThat(mails(teacher)).isEmpty();
        for (Account account : List.of(officer, teacher, coordinator)) {
            assertThat(rows(account)).noneMatch(Row::mailPending);
        }
    }

    @Test
    void aDecidedScheduleSaysWhichUnitsReportAndHowOften() {
        var mother = new NotificationMother(jdbc);
        long are = mother.organisation("2321");
        // registered after the September contributions were due (7 October), so only October is expected
        Instant registered = Instant.parse("2025-10-15T00:00:00Z");
        long listed = mother.unit(are, NotificationMother.unique("Listad"), registered);
        long unlisted = mother.unit(are, NotificationMother.unique("Olistad"), registered);
        Account listedReporter = mother.account("listad", Role.CONTRIBUTOR, are, listed, null, null);
        Account unlistedReporter = mother.account("olistad", Role.CONTRIBUTOR, are, unlisted, null, null);
        long schedule = jdbc.sql("""
                        insert into reporting_schedule (owner_id, kind, form_id, period_kind, updated_at, updated_by)
                        select :owner, 'CONTRIBUTION', v.form_id, 'MONTH', :now, 'test' from form_version v
                        where v.id = :version returning id""")
                .param("owner", are).param("now", Timestamps.of(registered))
                .param("version", mother.defaultFormVersion())
                .query(Long.class).single();
        jdbc.sql("insert into reporting_schedule_unit (schedule_id, unit_id) values (:s, :u)")
                .param("s", schedule).param("u", listed).update();

        // monthly contributions for October 2025 are due at the end of 7 November (the 5th working day)
        reminders.run(Instant.parse("2025-11-07T08:00:00Z"));

        assertThat(rows(listedReporter)).extracting(Row::eventKey)
                .containsExactly("REMINDER:unit:" + listed + ":2025-10");
        assertThat(rows(listedReporter).get(0).body()).isEqualTo("Bidraget för oktober 2025 från "
                + jdbc.sql("select name from unit where id = :id").param("id", listed).query(String.class).single()
                + " i Åre ska vara inskickat senast fredag 7 november.");
        assertThat(rows(unlistedReporter)).isEmpty();
    }

    private List<Row> rows(Account account) {
        return jdbc.sql("""
                        select kind, event_key, subject_sv, body_sv, mail_pending from notification
                        where account_id = :account order by created_at, id""")
                .param("account", account.id())
                .query((rs, row) -> new Row(rs.getString("kind"), rs.getString("event_key"),
                        rs.getString("subject_sv"), rs.getString("body_sv"), rs.getBoolean("mail_pending")))
                .list();
    }

    private List<String> mails(Account account) {
        return jdbc.sql("""
                        select to_address, subject, body, sent_at from outbox_mail where account_id = :account
                        order by id""")
                .param("account", account.id())
                .query((rs, row) -> rs.getString("to_address") + " | " + rs.getString("subject") + " | "
                        + rs.getString("body"))
                .list();
    }
}
