package se.lagesbild.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.lagesbild.notification.NoticeKind;
import se.lagesbild.notification.NoticeSource;
import se.lagesbild.notification.OtherNotice;
import se.lagesbild.shared.period.SwedishCalendar;

/**
 * Reminders about follow-ups, through the same notifications and mails as those about reports: the coordinators who
 * write a plan (the municipality's, or the county's for a joint plan) are told once when a follow-up falls due within
 * {@value #REMIND_DAYS} days and once when it is overdue. Follow-ups overdue for longer than
 * {@value #LATE_WINDOW_DAYS} days are left to the start page, so that old ones do not flood anyone at once. The texts
 * name the kind of plan, the owner and the date, never a title or comment someone wrote.
 */
@Component
class FollowUpNotices implements NoticeSource {

    static final int REMIND_DAYS = 7;
    static final int LATE_WINDOW_DAYS = 60;
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final JdbcClient jdbc;
    private final MessageSource messages;

    FollowUpNotices(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public List<OtherNotice> notices(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, SwedishCalendar.ZONE);
        return jdbc.sql("""
                        select f.id as follow_up_id, f.due_on, p.id as plan_id, p.kind, a.id as account_id,
                               o.name as owner_name
                        from follow_up f
                        join measure m on m.id = f.measure_id
                        join action_plan p on p.id = m.plan_id
                        join account a on a.enabled = true
                                      and a.organisation_id = coalesce(p.municipality_id, p.county_id)
                                      and a.role = case when p.municipality_id is null then 'COUNTY_COORDINATOR'
                                                        else 'MUNICIPAL_COORDINATOR' end
                        join organisation o on o.id = a.organisation_id
                        where f.recorded_at is null and f.due_on <= :until and f.due_on >= :oldest""")
                .param("until", today.plusDays(REMIND_DAYS)).param("oldest", today.minusDays(LATE_WINDOW_DAYS))
                .query((rs, row) -> {
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    NoticeKind kind = due.isBefore(today) ? NoticeKind.FOLLOW_UP_LATE : NoticeKind.FOLLOW_UP_DUE;
                    Object[] args = {msg("action.notice.plan." + rs.getString("kind")), rs.getString("owner_name"),
                            due.toString()};
                    String key = "action.notice." + kind.name();
                    return new OtherNotice(kind, rs.getLong("account_id"),
                            kind.name() + ":follow-up:" + rs.getLong("follow_up_id"),
                            messages.getMessage(key + ".subject", args, SWEDISH),
                            messages.getMessage(key + ".body", args, SWEDISH),
                            "/action/follow-ups/" + rs.getLong("follow_up_id"));
                })
                .list();
    }

    private String msg(String key) {
        return messages.getMessage(key, null, SWEDISH);
    }
}
