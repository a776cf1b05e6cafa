package se.lagesbild.audit;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.lagesbild.shared.Scope;
import se.lagesbild.shared.Timestamps;

/**
 * Writes and reads audit entries with plain SQL. There is deliberately no update or delete here; on PostgreSQL a
 * trigger refuses them as well.
 */
@Repository
public class AuditTrail {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(AuditKind kind, String actor, Long organisationId, String target, String detail, String address) {
        jdbc.sql("""
                        insert into audit_event (occurred_at, kind, actor, organisation_id, target, detail, remote_address)
                        values (:at, :kind, :actor, :organisation, :target, :detail, :address)""")
                .param("at", Timestamps.now(clock))
                .param("kind", kind.name())
                .param("actor", truncate(actor, 100))
                .param("organisation", organisationId)
                .param("target", truncate(target, 200))
                .param("detail", truncate(detail, 500))
                .param("address", truncate(address, 64))
                .update();
    }

    /**
     * Entries inside the reader's scope, newest first, one page plus one row (to tell whether a next page exists).
     * A county reader sees entries of the county and its municipalities; entries without an organisation (such as
     * failed logins for unknown names) only reach national readers.
     */
    public List<AuditEntry> find(Scope scope, AuditQuery query) {
        var where = new ArrayList<String>();
        Map<String, Object> params = new HashMap<>();
        switch (scope.level()) {
            case NATIONAL -> { }
            case COUNTY -> {
                where.add("e.organisation_id in (select id from organisation where id = :county or parent_id = :county)");
                params.put("county", scope.countyId());
            }
            case MUNICIPALITY, UNIT -> {
                where.add("e.organisation_id = :municipality");
                params.put("municipality", scope.municipalityId());
            }
        }
        if (query.from() != null) {
            where.add("e.occurred_at >= :from");
            params.put("from", query.from().atStartOfDay(SWEDEN).toOffsetDateTime());
        }
        if (query.to() != null) {
            where.add("e.occurred_at < :to");
            params.put("to", query.to().plusDays(1).atStartOfDay(SWEDEN).toOffsetDateTime());
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            where.add("e.actor = :actor");
            params.put("actor", query.actor().trim().toLowerCase());
        }
        if (query.kind() != null) {
            where.add("e.kind = :kind");
            params.put("kind", query.kind().name());
        }
        String sql = "select e.* from audit_event e"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by e.occurred_at desc, e.id desc limit :limit offset :offset";
        params.put("limit", AuditQuery.PAGE_SIZE + 1);
        params.put("offset", Math.max(0, query.page()) * AuditQuery.PAGE_SIZE);
        return jdbc.sql(sql).params(params)
                .query((rs, row) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        AuditKind.valueOf(rs.getString("kind")), rs.getString("actor"),
                        (Long) rs.getObject("organisation_id", Long.class), rs.getString("target"),
                        rs.getString("detail"), rs.getString("remote_address")))
                .list();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
