package se.lagesbild.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.postgresql.core.BaseConnection;

import se.lagesbild.bench.MunicipalityHistory.Calendar;
import se.lagesbild.bench.MunicipalityHistory.Municipality;
import se.lagesbild.bench.MunicipalityHistory.Unit;
import se.lagesbild.form.DefaultForm;
import se.lagesbild.organisation.Sector;
import se.lagesbild.shared.period.IsoWeek;
import se.lagesbild.shared.period.Month;

/**
 * Fills a migrated database (the application has started on it once, so the default form exists) with five years of
 * reporting for all 290 municipalities: one unit per sector in each (2,320 units), their weekly contributions and
 * the monthly pictures, answered on the default form's published version. Rows are streamed in time order with two
 * concurrent COPYs (reports and answers) in one pass; report ids are assigned here, so answers need no look-up.
 */
final class SyntheticData {

    /** Unit names per sector, as a municipality would call them. */
    private static final Map<Sector, String> UNITS = Map.of(
            Sector.POLICE, "Lokalpolisområdet", Sector.SOCIAL_SERVICES, "Socialtjänsten",
            Sector.SCHOOL, "Grundskolan och gymnasiet", Sector.LEISURE, "Fritidsgårdarna",
            Sector.HOUSING, "Allmännyttiga bostadsbolaget", Sector.RESCUE_SERVICES, "Räddningstjänsten",
            Sector.CIVIL_SOCIETY, "Föreningsrådet", Sector.OTHER, "Kommunledningen, trygghetssamordning");

    private static final String REPORT_COLUMNS = "id, kind, subject, municipality_id, unit_id, period_code, "
            + "form_version_id, status, review_comment, created_at, created_by, submitted_at, submitted_by, "
            + "reviewed_at, reviewed_by, version";
    private static final String ANSWER_COLUMNS = "report_id, question_key, answer_value, updated_at, updated_by";

    record Result(long reports, long answers, long millis) {
    }

    private SyntheticData() {
    }

    /** The calendar of {@code years} of months ending with {@code last}, and the weeks whose Thursday lies in them. */
    static Calendar calendar(Month last, int years) {
        var months = new ArrayList<Month>();
        Month month = last;
        for (int i = 0; i < years * 12; i++) {
            months.add(0, month);
            month = month.previous();
        }
        var weeks = new ArrayList<IsoWeek>();
        IsoWeek week = IsoWeek.containing(months.get(0).firstDay());
        while (!week.firstDay().plusDays(3).isAfter(last.lastDay())) {
            if (!week.firstDay().plusDays(3).isBefore(months.get(0).firstDay())) {
                weeks.add(week);
            }
            week = week.next();
        }
        return new Calendar(weeks, months, Instant.now());
    }

    static boolean present(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             var rs = s.executeQuery("select count(*) from report where created_by like 'bench.%'")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    static Result generate(BenchDatabase database, Calendar calendar) throws SQLException {
        long started = System.nanoTime();
        List<Municipality> municipalities;
        long formVersionId;
        long firstId;
        try (Connection c = database.connect()) {
            formVersionId = formVersion(c);
            municipalities = units(c);
            try (Statement s = c.createStatement(); var rs = s.executeQuery("select coalesce(max(id), 0) from report")) {
                rs.next();
                firstId = rs.getLong(1) + 1;
            }
        }
        int[] monthStarts = calendar.monthStarts();
        try (Connection reportConnection = loading(database); Connection answerConnection = loading(database)) {
            var reports = new CopyWriter(reportConnection.unwrap(BaseConnection.class), "report", REPORT_COLUMNS);
            var answers = new CopyWriter(answerConnection.unwrap(BaseConnection.class), "report_answer",
                    ANSWER_COLUMNS);
            var sink = new Sink(reports, answers, formVersionId, firstId);
            var histories = new ArrayList<MunicipalityHistory>();
            var waves = new HashMap<String, double[][]>();
            for (Municipality municipality : municipalities) {
                double[][] wave = waves.computeIfAbsent(municipality.countyCode(), county ->
                        Situation.countyWave(calendar.weeks().size(), new Random(county.hashCode() * 31L + 5)));
                histories.add(new MunicipalityHistory(municipality, calendar, monthStarts, wave));
            }
            // in time order, as the rows of a real database lie: a week of all units, a month's pictures after it
            for (int m = 0; m < calendar.months().size(); m++) {
                for (int w = monthStarts[m]; w < monthStarts[m + 1]; w++) {
                    for (MunicipalityHistory history : histories) {
                        history.week(w, sink);
                    }
                }
                for (MunicipalityHistory history : histories) {
                    history.month(m, sink);
                }
            }
            reports.close();
            answers.close();
            reportConnection.commit();
            answerConnection.commit();
            try (Statement s = reportConnection.createStatement()) {
                s.execute("select setval(pg_get_serial_sequence('report', 'id'), (select max(id) from report))");
                // written around the application's events: tell every node that all counties' reports changed
                s.execute("update analysis_generation set generation = generation + 1");
                reportConnection.commit();
            }
            return new Result(reports.rows(), answers.rows(), (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** VACUUM ANALYZE, so that plans see the new volumes and index-only scans the visibility map. */
    static long vacuum(BenchDatabase database) throws SQLException {
        long started = System.nanoTime();
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute("vacuum (analyze) report");
            s.execute("vacuum (analyze) report_answer");
            s.execute("vacuum (analyze) unit");
            s.execute("checkpoint");
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    /**
     * A connection for bulk loading: no synchronous commit, and (as superuser) no foreign-key triggers, since the
     * generator writes reports and their answers in two concurrent transactions and keeps the references itself.
     */
    private static Connection loading(BenchDatabase database) throws SQLException {
        Connection c = database.connect();
        try (Statement s = c.createStatement()) {
            s.execute("set synchronous_commit = off");
            try {
                s.execute("set session_replication_role = replica");
            } catch (SQLException notSuperuser) {
                throw new SQLException("the generator needs a superuser connection (session_replication_role)",
                        notSuperuser);
            }
        }
        c.setAutoCommit(false);
        return c;
    }

    private static long formVersion(Connection c) throws SQLException {
        try (var ps = c.prepareStatement("select v.id from form_version v join form f on f.id = v.form_id "
                + "where f.form_key = ? and v.status = 'PUBLISHED'")) {
            ps.setString(1, DefaultForm.KEY);
            try (var rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no published default form: start the application once first");
                }
                return rs.getLong(1);
            }
        }
    }

    /** Creates one unit per sector in every municipality (unless there) and reads them back, county by county. */
    private static List<Municipality> units(Connection c) throws SQLException {
        var values = new StringBuilder();
        UNITS.forEach((sector, name) -> values.append(values.length() == 0 ? "" : ", ")
                .append("('").append(sector.name()).append("', '").append(name).append("')"));
        try (Statement s = c.createStatement()) {
            s.execute("insert into unit (municipality_id, name, sector, active, version, created_at) "
                    + "select o.id, u.name, u.sector, true, 0, timestamp with time zone '2021-01-04 08:00:00+01' "
                    + "from organisation o cross join (values " + values + ") as u(sector, name) "
                    + "where o.kind = 'MUNICIPALITY' on conflict (municipality_id, name) do nothing");
        }
        var byId = new LinkedHashMap<Long, Municipality>();
        try (Statement s = c.createStatement(); var rs = s.executeQuery(
                "select m.id, m.code, c.code as county, u.id as unit_id, u.sector from organisation m "
                        + "join organisation c on c.id = m.parent_id join unit u on u.municipality_id = m.id "
                        + "where m.kind = 'MUNICIPALITY' and u.active order by c.code, m.code, u.sector, u.id")) {
            while (rs.next()) {
                byId.computeIfAbsent(rs.getLong("id"), id -> {
                    try {
                        return new Municipality(id, rs.getString("code"), rs.getString("county"), new ArrayList<>());
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }).units().add(new Unit(rs.getLong("unit_id"), Sector.valueOf(rs.getString("sector"))));
            }
        }
        return List.copyOf(byId.values());
    }

    /** Writes report rows with ids assigned in order, and their answers in key order (the primary key's order). */
    private static final class Sink implements MunicipalityHistory.Sink {
        private final CopyWriter reports;
        private final CopyWriter answers;
        private final long formVersionId;
        private long nextId;

        Sink(CopyWriter reports, CopyWriter answers, long formVersionId, long firstId) {
            this.reports = reports;
            this.answers = answers;
            this.formVersionId = formVersionId;
            this.nextId = firstId;
        }

        @Override
        public long report(String kind, Municipality municipality, Long unitId, String periodCode, String status,
                           String comment, Instant created, String createdBy, Instant submitted, String submittedBy,
                           Instant reviewed, String reviewedBy) throws SQLException {
            long id = nextId++;
            String subject = unitId != null ? "unit:" + unitId : "municipality:" + municipality.id();
            reports.add(id).add(kind).add(subject).add(municipality.id()).add(unitId).add(periodCode)
                    .add(formVersionId).add(status).add(comment).add(created).add(createdBy).add(submitted)
                    .add(submittedBy).add(reviewed).add(reviewedBy).add(0).endRow();
            return id;
        }

        @Override
        public void answers(long reportId, Map<String, String> values, Instant at, String by) throws SQLException {
            for (var answer : values.entrySet()) {
                answers.add(reportId).add(answer.getKey()).add(answer.getValue()).add(at).add(by).endRow();
            }
        }
    }

    static LocalDate today() {
        return LocalDate.now(MunicipalityHistory.STOCKHOLM);
    }
}
