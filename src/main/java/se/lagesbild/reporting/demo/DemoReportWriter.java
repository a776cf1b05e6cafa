package se.lagesbild.reporting.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lagesbild.shared.Timestamps;

/**
 * Writes generated reports and their answers with multi-row inserts, 500 rows per statement: far fewer round trips
 * and statement executions than one insert per row, on H2 and on PostgreSQL alike.
 */
final class DemoReportWriter {

    private static final String REPORT_COLUMNS = "kind, subject, municipality_id, unit_id, period_code, "
            + "form_version_id, status, review_comment, created_at, created_by, submitted_at, submitted_by, "
            + "reviewed_at, reviewed_by, version";
    private static final int[] REPORT_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.BIGINT,
            Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR,
            Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR,
            Types.INTEGER};
    private static final String ANSWER_COLUMNS = "report_id, question_key, answer_value, updated_at, updated_by";
    private static final int[] ANSWER_TYPES = {Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
            Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR};
    private static final String MEETING_COLUMNS = "report_id, meeting_date, participants, minutes, updated_at, "
            + "updated_by, version";
    private static final int[] MEETING_TYPES = {Types.BIGINT, Types.DATE, Types.VARCHAR, Types.VARCHAR,
            Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.INTEGER};
    private static final int ROWS_PER_STATEMENT = 500;

    private final JdbcTemplate template;
    private final JdbcClient jdbc;

    DemoReportWriter(JdbcTemplate template, JdbcClient jdbc) {
        this.template = template;
        this.jdbc = jdbc;
    }

    /** Inserts one municipality's reports, their answers and meetings; returns the number of answers written. */
    int write(List<DemoReport> reports, long formVersionId, long municipalityId) {
        var reportRows = new ArrayList<Object[]>(reports.size());
        for (DemoReport r : reports) {
            reportRows.add(new Object[] {r.kind().name(), r.subject(), r.municipalityId(), r.unitId(), r.periodCode(),
                    formVersionId, r.status().name(), r.reviewComment(), time(r.createdAt()), r.createdBy(),
                    time(r.submittedAt()), r.submittedBy(), time(r.reviewedAt()), r.reviewedBy(), 0});
        }
        insert("report", REPORT_COLUMNS, REPORT_TYPES, reportRows);

        Map<String, Long> ids = idsBySubjectAndPeriod(municipalityId);
        var answerRows = new ArrayList<Object[]>(reports.size() * 30);
        for (DemoReport r : reports) {
            Long id = ids.get(r.subject() + "|" + r.periodCode());
            Object at = time(r.answeredAt());
            // in key order, so that the primary-key index only ever appends
            new TreeMap<>(r.answers()).forEach((key, value) ->
                    answerRows.add(new Object[] {id, key, value, at, r.answeredBy()}));
        }
        insert("report_answer", ANSWER_COLUMNS, ANSWER_TYPES, answerRows);

        var meetingRows = new ArrayList<Object[]>();
        for (DemoReport r : reports) {
            if (r.meeting() != null) {
                meetingRows.add(new Object[] {ids.get(r.subject() + "|" + r.periodCode()), r.meeting().date(),
                        r.meeting().participants(), r.meeting().minutes(), time(r.createdAt().plusSeconds(600)),
                        r.createdBy(), 0});
            }
        }
        insert("picture_meeting", MEETING_COLUMNS, MEETING_TYPES, meetingRows);
        return answerRows.size();
    }

    /** "subject|period" of the reports already stored for these municipalities. */
    static Set<String> keysOf(JdbcClient jdbc, Collection<Long> municipalityIds) {
        if (municipalityIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select subject, period_code from report where municipality_id in (:ids)")
                .param("ids", municipalityIds)
                .query((rs, row) -> rs.getString("subject") + "|" + rs.getString("period_code")).list());
    }

    private Map<String, Long> idsBySubjectAndPeriod(long municipalityId) {
        var ids = new HashMap<String, Long>();
        jdbc.sql("select id, subject, period_code from report where municipality_id = :id")
                .param("id", municipalityId)
                .query(rs -> {
                    ids.put(rs.getString("subject") + "|" + rs.getString("period_code"), rs.getLong("id"));
                });
        return ids;
    }

    private void insert(String table, String columns, int[] types, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        template.execute((ConnectionCallback<Void>) connection -> {
            PreparedStatement full = null;
            try {
                for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
                    List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
                    if (chunk.size() == ROWS_PER_STATEMENT) {
                        if (full == null) {
                            full = prepare(connection, table, columns, types.length, ROWS_PER_STATEMENT);
                        }
                        run(full, chunk, types);
                    } else {
                        try (PreparedStatement last = prepare(connection, table, columns, types.length,
                                chunk.size())) {
                            run(last, chunk, types);
                        }
                    }
                }
            } finally {
                if (full != null) {
                    full.close();
                }
            }
            return null;
        });
    }

    private static PreparedStatement prepare(Connection connection, String table, String columns, int width,
                                             int rows) throws SQLException {
        String row = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
        String sql = "insert into " + table + " (" + columns + ") values "
                + String.join(", ", Collections.nCopies(rows, row));
        return connection.prepareStatement(sql);
    }

    private static void run(PreparedStatement statement, List<Object[]> rows, int[] types) throws SQLException {
        int index = 1;
        for (Object[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                if (row[c] == null) {
                    statement.setNull(index++, types[c]);
                } else {
                    statement.setObject(index++, row[c], types[c]);
                }
            }
        }
        statement.executeUpdate();
    }

    private static Object time(Instant instant) {
        return instant == null ? null : Timestamps.of(instant);
    }
}
