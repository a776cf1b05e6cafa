package se.lagesbild.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.lagesbild.organisation.Sector;

/**
 * The counted contributions of a municipality for some periods, with the answers to a given set of questions, in one
 * set-based query however many units and periods there are (never a query per report).
 */
@Repository
class ContributionRows {

    /** Only what the reporter handed in counts: drafts and returned reports are still the reporter's own. */
    static final List<String> COUNTED = List.of(ReportStatus.SUBMITTED.name(), ReportStatus.APPROVED.name());

    private final JdbcClient jdbc;

    ContributionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One contribution and one of its answers; {@code questionKey} and {@code value} are null for no answer. */
    record Row(long reportId, long unitId, String unitName, Sector sector, String periodCode, ReportStatus status,
               String questionKey, String value) {
    }

    List<Row> counted(long municipalityId, Collection<String> periodCodes, Collection<String> questionKeys) {
        if (periodCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select r.id, r.unit_id, u.name as unit_name, u.sector, r.period_code, r.status,
                               a.question_key, a.answer_value
                        from report r
                        join unit u on u.id = r.unit_id
                        left join report_answer a on a.report_id = r.id and a.question_key in (:keys)
                        where r.kind = 'CONTRIBUTION' and r.municipality_id = :municipality
                          and r.period_code in (:periods) and r.status in (:counted)
                        order by r.period_code, r.id, a.question_key""")
                .param("keys", questionKeys.isEmpty() ? List.of("") : questionKeys)
                .param("municipality", municipalityId)
                .param("periods", periodCodes)
                .param("counted", COUNTED)
                .query(ContributionRows::row).list();
    }

    private static Row row(ResultSet rs, int index) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"),
                Sector.valueOf(rs.getString("sector")), rs.getString("period_code"),
                ReportStatus.valueOf(rs.getString("status")), rs.getString("question_key"),
                rs.getString("answer_value"));
    }
}
