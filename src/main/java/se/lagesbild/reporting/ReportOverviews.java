package se.lagesbild.reporting;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Report states for many subjects and periods in one query each, for lists and overview tables. */
@Repository
class ReportOverviews {

    private final JdbcClient jdbc;

    ReportOverviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ReportSummary> contributionsOfUnits(Collection<Long> unitIds, Collection<String> periodCodes) {
        if (unitIds.isEmpty() || periodCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, kind, municipality_id, unit_id, period_code, status, submitted_at from report
                        where kind = 'CONTRIBUTION' and unit_id in (:units) and period_code in (:periods)""")
                .param("units", unitIds).param("periods", periodCodes)
                .query(ReportOverviews::summary).list();
    }

    List<ReportSummary> picturesOf(Collection<Long> municipalityIds, Collection<String> periodCodes) {
        if (municipalityIds.isEmpty() || periodCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, kind, municipality_id, unit_id, period_code, status, submitted_at from report
                        where kind = 'PICTURE' and municipality_id in (:municipalities) and period_code in (:periods)""")
                .param("municipalities", municipalityIds).param("periods", periodCodes)
                .query(ReportOverviews::summary).list();
    }

    private static ReportSummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ReportSummary(rs.getLong("id"), ReportKind.valueOf(rs.getString("kind")),
                rs.getLong("municipality_id"), (Long) rs.getObject("unit_id", Long.class), rs.getString("period_code"),
                ReportStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("submitted_at") == null ? null : rs.getTimestamp("submitted_at").toInstant());
    }
}
