package se.lagesbild.notification;

import java.sql.Types;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import se.lagesbild.form.DefaultForm;
import se.lagesbild.shared.Role;
import se.lagesbild.shared.Timestamps;

/**
 * Units, accounts and reports for notification tests, written straight to the tables so that a test can place
 * them at any moment in the past. Names are unique per JVM, because all tests share one database.
 */
final class NotificationMother {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

    private final JdbcClient jdbc;

    NotificationMother(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String unique(String name) {
        return name + " " + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    long organisation(String code) {
        return jdbc.sql("select id from organisation where code = :code").param("code", code)
                .query(Long.class).single();
    }

    long unit(long municipalityId, String name, Instant createdAt) {
        return insert("""
                        insert into unit (municipality_id, name, sector, active, version, created_at)
                        values (:municipality, :name, 'OTHER', true, 0, :created)""",
                spec -> spec
                        .param("municipality", municipalityId).param("name", name)
                        .param("created", Timestamps.of(createdAt)));
    }

    /** An account with a unique username starting with {@code prefix}; {@code email} may be null. */
    Account account(String prefix, Role role, long organisationId, Long unitId, String email, String passwordHash) {
        String username = (prefix + "." + RUN + "." + SEQUENCE.incrementAndGet()).toLowerCase();
        long id = insert("""
                        insert into account (username, display_name, password_hash, role, organisation_id, unit_id,
                                             enabled, version, created_at, email)
                        values (:username, :name, :hash, :role, :organisation, :unit, true, 0, :created, :email)""",
                spec -> spec.param("username", username).param("name", "Test " + prefix)
                        .param("hash", passwordHash == null ? "{noop}-" : passwordHash).param("role", role.name())
                        .param("organisation", organisationId).param("unit", unitId, Types.BIGINT)
                        .param("created", Timestamps.of(Instant.parse("2025-01-01T00:00:00Z")))
                        .param("email", email, Types.VARCHAR));
        return new Account(id, username);
    }

    record Account(long id, String username) {
    }

    void disable(Account account) {
        jdbc.sql("update account set enabled = false, version = version + 1 where id = :id")
                .param("id", account.id()).update();
    }

    /** A notice of the kind a follow-up source gives, about one follow-up, leading to a plan. */
    static OtherNotice followUp(NoticeKind kind, Account account, long followUpId, long planId) {
        return new OtherNotice(kind, account.id(), kind + ":follow-up:" + followUpId,
                "Uppföljning av åtgärd " + followUpId, "Uppföljningen av åtgärd " + followUpId + " i plan " + planId
                        + " ska vara gjord senast fredag 13 mars.", "/action/plans/" + planId);
    }

    /** A contribution submitted at the given moment, with one free-text answer. */
    long submittedContribution(long municipalityId, long unitId, String period, Instant submittedAt, String answer) {
        long id = insert("""
                        insert into report (kind, subject, municipality_id, unit_id, period_code, form_version_id,
                                            status, created_at, created_by, submitted_at, submitted_by, version)
                        values ('CONTRIBUTION', :subject, :municipality, :unit, :period, :form, 'SUBMITTED',
                                :created, 'test', :submitted, 'test', 1)""",
                spec -> spec.param("subject", "unit:" + unitId).param("municipality", municipalityId)
                        .param("unit", unitId).param("period", period).param("form", defaultFormVersion())
                        .param("created", Timestamps.of(submittedAt.minusSeconds(3600)))
                        .param("submitted", Timestamps.of(submittedAt)));
        jdbc.sql("""
                        insert into report_answer (report_id, question_key, answer_value, updated_at, updated_by)
                        values (:report, 'racism_observed', :answer, :at, 'test')""")
                .param("report", id).param("answer", answer).param("at", Timestamps.of(submittedAt)).update();
        return id;
    }

    void returnReport(long reportId, Instant at, String comment) {
        jdbc.sql("""
                        update report set status = 'RETURNED', reviewed_at = :at, reviewed_by = 'granskare',
                                          review_comment = :comment, version = version + 1
                        where id = :id""")
                .param("at", Timestamps.of(at)).param("comment", comment).param("id", reportId).update();
    }

    void resubmit(long reportId, Instant at) {
        jdbc.sql("update report set status = 'SUBMITTED', submitted_at = :at, version = version + 1 where id = :id")
                .param("at", Timestamps.of(at)).param("id", reportId).update();
    }

    long defaultFormVersion() {
        return jdbc.sql("""
                        select v.id from form_version v join form f on f.id = v.form_id
                        where f.form_key = :key and v.number = 1""")
                .param("key", DefaultForm.KEY).query(Long.class).single();
    }

    private long insert(String sql, UnaryOperator<JdbcClient.StatementSpec> params) {
        var key = new GeneratedKeyHolder();
        params.apply(jdbc.sql(sql)).update(key, "id");
        return key.getKey().longValue();
    }
}
