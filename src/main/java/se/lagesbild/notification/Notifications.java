package se.lagesbild.notification;

import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.NotFoundException;
import se.lagesbild.shared.Timestamps;

/** In-app notifications: each account sees and marks only its own. */
@Service
@Transactional(readOnly = true)
public class Notifications {

    /** The page shows the newest ones; older notices have long served their purpose. */
    static final int PAGE = 100;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final NotificationTexts texts;
    private final Clock clock;

    Notifications(JdbcClient jdbc, NamedParameterJdbcTemplate named, NotificationTexts texts, Clock clock) {
        this.jdbc = jdbc;
        this.named = named;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * One notification as the page shows it. {@code reportId} is null when the report was not started or the notice
     * is not about a report; {@code link} is the page a {@link NoticeSource}'s notice leads to, null for the
     * reminders' own, which lead to their report.
     */
    public record Item(long id, NoticeKind kind, String subject, String body, Instant createdAt, boolean read,
                       Long reportId, String link) {
    }

    /** The user's own notifications, newest first. */
    public List<Item> of(CurrentUser user) {
        return jdbc.sql("""
                        select id, kind, subject_sv, body_sv, created_at, read_at, report_id, link
                        from notification where account_id = :account order by created_at desc, id desc limit %d""".formatted(PAGE))
                .param("account", user.accountId())
                .query((rs, row) -> new Item(rs.getLong("id"), NoticeKind.valueOf(rs.getString("kind")),
                        rs.getString("subject_sv"), rs.getString("body_sv"),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null,
                        rs.getObject("report_id", Long.class), rs.getString("link")))
                .list();
    }

    public int unread(CurrentUser user) {
        return jdbc.sql("select count(*) from notification where account_id = :account and read_at is null")
                .param("account", user.accountId())
                .query(Integer.class).single();
    }

    /** Marks one of the user's own notifications read; anyone else's is not found, as if it did not exist. */
    @Transactional
    public void markRead(CurrentUser user, long id) {
        int own = jdbc.sql("""
                        update notification set read_at = coalesce(read_at, :now)
                        where id = :id and account_id = :account""")
                .param("now", Timestamps.now(clock)).param("id", id).param("account", user.accountId())
                .update();
        if (own == 0) {
            throw new NotFoundException("notification " + id);
        }
    }

    /**
     * Stores the notices with their texts; one whose event the account has already been told about is skipped, so
     * a run repeated (or overlapping) never tells anyone twice. Answers how many were new.
     */
    @Transactional
    int store(List<Notice> notices, Instant now) {
        if (notices.isEmpty()) {
            return 0;
        }
        MapSqlParameterSource[] rows = notices.stream().map(notice -> {
            NotificationTexts.Texts text = texts.of(notice);
            return new MapSqlParameterSource()
                    .addValue("account", notice.accountId())
                    .addValue("kind", notice.kind().name())
                    .addValue("subject", notice.reportSubject())
                    .addValue("period", notice.periodCode())
                    .addValue("report", notice.reportId(), Types.BIGINT)
                    .addValue("key", notice.eventKey())
                    .addValue("now", Timestamps.of(now))
                    .addValue("subjectSv", text.subject())
                    .addValue("bodySv", text.body())
                    .addValue("mail", notice.mail());
        }).toArray(MapSqlParameterSource[]::new);
        // insert ... select ... where not exists: the same on PostgreSQL and H2 (no ON CONFLICT / MERGE dialects);
        // the unique constraint on (account_id, event_key) stays the last word
        int[] inserted = named.batchUpdate("""
                insert into notification (account_id, kind, report_subject, period_code, report_id, event_key,
                                          created_at, subject_sv, body_sv, mail_pending)
                select cast(:account as bigint), cast(:kind as varchar(20)), cast(:subject as varchar(40)),
                       cast(:period as varchar(10)), cast(:report as bigint), cast(:key as varchar(120)),
                       cast(:now as timestamp with time zone), cast(:subjectSv as varchar(300)),
                       cast(:bodySv as varchar(2000)), cast(:mail as boolean)
                where not exists (select 1 from notification n
                                  where n.account_id = cast(:account as bigint)
                                    and n.event_key = cast(:key as varchar(120)))""", rows);
        return (int) Arrays.stream(inserted).filter(count -> count > 0).count();
    }

    /**
     * Stores other modules' notices ({@link NoticeSource}) as {@link #store} stores the reminders: one whose event the
     * account has already been told about is skipped, which is what lets a source answer the same notices on every
     * tick. They name no report or period, only their link. Whether a mail follows is decided here from the account
     * (a non-blank address), so that a source need not read accounts; a disabled or unknown account is not told.
     * Answers how many were new.
     */
    @Transactional
    int storeOther(List<OtherNotice> notices, Instant now) {
        if (notices.isEmpty()) {
            return 0;
        }
        MapSqlParameterSource[] rows = notices.stream().map(notice -> new MapSqlParameterSource()
                .addValue("account", notice.accountId())
                .addValue("kind", notice.kind().name())
                .addValue("key", notice.eventKey())
                .addValue("now", Timestamps.of(now))
                .addValue("subjectSv", notice.subjectSv())
                .addValue("bodySv", notice.bodySv())
                .addValue("link", notice.link())).toArray(MapSqlParameterSource[]::new);
        // as in store: insert ... select ... where not exists, the same on PostgreSQL and H2; report_subject,
        // period_code and report_id are left null
        int[] inserted = named.batchUpdate("""
                insert into notification (account_id, kind, event_key, created_at, subject_sv, body_sv,
                                          mail_pending, link)
                select a.id, cast(:kind as varchar(20)), cast(:key as varchar(120)),
                       cast(:now as timestamp with time zone), cast(:subjectSv as varchar(300)),
                       cast(:bodySv as varchar(2000)),
                       case when a.email is not null and trim(a.email) <> '' then true else false end,
                       cast(:link as varchar(200))
                from account a
                where a.id = cast(:account as bigint) and a.enabled = true
                  and not exists (select 1 from notification n
                                  where n.account_id = cast(:account as bigint)
                                    and n.event_key = cast(:key as varchar(120)))""", rows);
        return (int) Arrays.stream(inserted).filter(count -> count > 0).count();
    }
}
