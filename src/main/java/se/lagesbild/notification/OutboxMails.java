package se.lagesbild.notification;

import java.sql.Types;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Repository;

import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.Role;
import se.lagesbild.shared.Timestamps;

/**
 * The mails handed to delivery (table {@code outbox_mail}). Administrators see them all, county and municipal
 * coordinators those to accounts placed in their county or municipality.
 */
@Repository
public class OutboxMails {

    static final int PAGE = 200;

    private final JdbcClient jdbc;

    OutboxMails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One mail; {@code sentAt} is null when it was only recorded (mail is not enabled). */
    public record Entry(long id, String to, String username, String subject, String body, Instant createdAt,
                        Instant sentAt) {

        /** The body's non-empty lines, one paragraph each on the page. */
        public List<String> paragraphs() {
            return body.lines().filter(line -> !line.isBlank()).toList();
        }
    }

    void record(OutgoingMail mail, Instant createdAt, Instant sentAt) {
        jdbc.sql("""
                        insert into outbox_mail (notification_id, account_id, to_address, subject, body, created_at,
                                                 sent_at)
                        values (:notification, :account, :to, :subject, :body, :created, :sent)""")
                .param("notification", mail.notificationId()).param("account", mail.accountId())
                .param("to", mail.to()).param("subject", mail.subject()).param("body", mail.body())
                .param("created", Timestamps.of(createdAt))
                .param("sent", sentAt == null ? null : Timestamps.of(sentAt), Types.TIMESTAMP_WITH_TIMEZONE)
                .update();
    }

    /** The newest mails to accounts within the user's scope. */
    public List<Entry> visibleTo(CurrentUser user) {
        String where = switch (user.role()) {
            case ADMIN -> "true";
            case COUNTY_COORDINATOR -> "(o.id = :area or o.parent_id = :area)";
            case MUNICIPAL_COORDINATOR -> "o.id = :area";
            case NATIONAL_READER, CONTRIBUTOR -> throw new AccessDeniedException("the outbox is for coordinators");
        };
        var query = jdbc.sql("""
                select m.id, m.to_address, a.username, m.subject, m.body, m.created_at, m.sent_at
                from outbox_mail m join account a on a.id = m.account_id
                join organisation o on o.id = a.organisation_id
                where %s order by m.created_at desc, m.id desc limit %d""".formatted(where, PAGE));
        if (user.role() != Role.ADMIN) {
            query = query.param("area", user.scope().organisationId());
        }
        return query.query((rs, row) -> new Entry(rs.getLong("id"), rs.getString("to_address"),
                        rs.getString("username"), rs.getString("subject"), rs.getString("body"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant()))
                .list();
    }
}
