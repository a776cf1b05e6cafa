package se.lagesbild.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.lagesbild.reporting.ReportKind;
import se.lagesbild.shared.Timestamps;
import se.lagesbild.shared.period.Period;
import se.lagesbild.shared.period.PeriodKind;

/**
 * Who should be told about which report, for all of Sweden in one query per period: the expected reports follow the
 * reporting schedules (and their defaults, as {@code reporting.Schedules} applies them: weekly contributions from
 * every active unit, monthly pictures from every municipality), and a report counts as handed in once it has been
 * submitted. Read-only over the reporting, organisation and account tables; a national run is a handful of queries,
 * never one per unit.
 */
@Repository
class ExpectedReports {

    /** The schedule kind that applies where the owner has decided nothing. */
    static final PeriodKind DEFAULT_CONTRIBUTIONS = PeriodKind.WEEK;
    static final PeriodKind DEFAULT_PICTURES = PeriodKind.MONTH;

    private final JdbcClient jdbc;

    ExpectedReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The period kinds that some schedule of this kind uses, the default always among them. */
    Set<PeriodKind> periodKinds(ReportKind kind) {
        Set<PeriodKind> kinds = EnumSet.of(kind == ReportKind.CONTRIBUTION ? DEFAULT_CONTRIBUTIONS : DEFAULT_PICTURES);
        jdbc.sql("select distinct period_kind from reporting_schedule where kind = :kind")
                .param("kind", kind.name())
                .query(String.class).list()
                .forEach(name -> kinds.add(PeriodKind.valueOf(name)));
        return kinds;
    }

    /**
     * Contributors of every unit that is expected to contribute for the period and has not submitted, and that have
     * not had this notice yet. A unit registered after the due moment was not expected.
     */
    List<Notice> contributions(NoticeKind kind, Period period, ZonedDateTime due) {
        return jdbc.sql("""
                        select a.id as account_id, a.email, u.id as unit_id, u.name as unit_name,
                               m.name as municipality_name, r.id as report_id
                        from unit u
                        join organisation m on m.id = u.municipality_id
                        left join reporting_schedule s on s.owner_id = u.municipality_id and s.kind = 'CONTRIBUTION'
                        join account a on a.unit_id = u.id and a.role = 'CONTRIBUTOR' and a.enabled = true
                        left join report r on r.kind = 'CONTRIBUTION' and r.unit_id = u.id
                                          and r.period_code = :period
                        where u.active = true
                          and u.created_at < :due
                          and coalesce(s.period_kind, :defaultKind) = :periodKind
                          and (s.id is null or exists (select 1 from reporting_schedule_unit su
                                                       where su.schedule_id = s.id and su.unit_id = u.id))
                          and (r.id is null or r.submitted_at is null)
                          and not exists (select 1 from notification n where n.account_id = a.id
                                and n.event_key = cast(:keyStart as varchar(60)) || cast(u.id as varchar(20))
                                                  || cast(:keyEnd as varchar(20)))""")
                .param("period", period.code())
                .param("due", Timestamps.of(due.toInstant()))
                .param("defaultKind", DEFAULT_CONTRIBUTIONS.name())
                .param("periodKind", period.kind().name())
                .param("keyStart", kind.name() + ":unit:")
                .param("keyEnd", ":" + period.code())
                .query((rs, row) -> {
                    String subject = "unit:" + rs.getLong("unit_id");
                    return new Notice(kind, rs.getLong("account_id"), rs.getString("email") != null,
                            ReportKind.CONTRIBUTION, subject, period.code(), reportId(rs),
                            Notice.eventKey(kind, subject, period.code()), rs.getString("unit_name"),
                            rs.getString("municipality_name"), due);
                })
                .list();
    }

    /** Municipal coordinators of every municipality whose picture for the period is not submitted. */
    List<Notice> pictures(NoticeKind kind, Period period, ZonedDateTime due) {
        return jdbc.sql("""
                        select a.id as account_id, a.email, m.id as municipality_id, m.name as municipality_name,
                               r.id as report_id
                        from organisation m
                        left join reporting_schedule s on s.owner_id = m.parent_id and s.kind = 'PICTURE'
                        join account a on a.organisation_id = m.id and a.role = 'MUNICIPAL_COORDINATOR'
                                      and a.enabled = true
                        left join report r on r.kind = 'PICTURE' and r.municipality_id = m.id
                                          and r.period_code = :period
                        where m.kind = 'MUNICIPALITY'
                          and coalesce(s.period_kind, :defaultKind) = :periodKind
                          and (r.id is null or r.submitted_at is null)
                          and not exists (select 1 from notification n where n.account_id = a.id
                                and n.event_key = cast(:keyStart as varchar(60)) || cast(m.id as varchar(20))
                                                  || cast(:keyEnd as varchar(20)))""")
                .param("period", period.code())
                .param("defaultKind", DEFAULT_PICTURES.name())
                .param("periodKind", period.kind().name())
                .param("keyStart", kind.name() + ":municipality:")
                .param("keyEnd", ":" + period.code())
                .query((rs, row) -> {
                    String subject = "municipality:" + rs.getLong("municipality_id");
                    return new Notice(kind, rs.getLong("account_id"), rs.getString("email") != null,
                            ReportKind.PICTURE, subject, period.code(), reportId(rs),
                            Notice.eventKey(kind, subject, period.code()), null, rs.getString("municipality_name"),
                            due);
                })
                .list();
    }

    /**
     * The reporters of reports returned (or reopened) within the window and still returned. Each return is its own
     * event, keyed by its moment, so a report returned twice gives two notices; those already given are skipped
     * when they are stored.
     */
    List<Notice> returned(Instant after, Instant until) {
        return jdbc.sql("""
                        select a.id as account_id, a.email, r.id as report_id, r.kind, r.subject, r.period_code,
                               r.reviewed_at, m.name as municipality_name, u.name as unit_name
                        from report r
                        join organisation m on m.id = r.municipality_id
                        left join unit u on u.id = r.unit_id
                        join account a on a.enabled = true
                             and (r.kind = 'CONTRIBUTION' and a.role = 'CONTRIBUTOR' and a.unit_id = r.unit_id
                               or r.kind = 'PICTURE' and a.role = 'MUNICIPAL_COORDINATOR'
                                  and a.organisation_id = r.municipality_id)
                        where r.status = 'RETURNED' and r.reviewed_at > :after and r.reviewed_at <= :until""")
                .param("after", Timestamps.of(after))
                .param("until", Timestamps.of(until))
                .query((rs, row) -> {
                    String subject = rs.getString("subject");
                    String period = rs.getString("period_code");
                    long reviewedAt = rs.getTimestamp("reviewed_at").toInstant().toEpochMilli();
                    return new Notice(NoticeKind.RETURNED, rs.getLong("account_id"), rs.getString("email") != null,
                            ReportKind.valueOf(rs.getString("kind")), subject, period, reportId(rs),
                            Notice.eventKey(NoticeKind.RETURNED, subject, period) + ":" + reviewedAt,
                            rs.getString("unit_name"), rs.getString("municipality_name"), null);
                })
                .list();
    }

    private static Long reportId(ResultSet rs) throws SQLException {
        return rs.getObject("report_id", Long.class);
    }
}
