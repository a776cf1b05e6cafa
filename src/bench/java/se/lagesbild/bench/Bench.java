package se.lagesbild.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.shared.period.Month;

/**
 * The scale benchmark (docs/performance.md). Run through {@code ./mvnw -Pbench test -Dbench.args="<task> k=v ..."};
 * tasks:
 * <ul>
 *   <li>{@code all} (default): generate unless present, then {@code sql} and {@code pages};</li>
 *   <li>{@code generate}: start PostgreSQL and the application once (migrations, default form, administrator) and
 *       fill the database, unless it already holds the synthetic data;</li>
 *   <li>{@code sql}: the bare SQL of every page, single and concurrent, plus plans under target/bench/explain;</li>
 *   <li>{@code pages}: the pages over HTTP, single user and {@code users} at once;</li>
 *   <li>{@code serve}: PostgreSQL and the application, until stopped (sign in as administrator /
 *       Bench-administrator-2026 at http://127.0.0.1:8089).</li>
 * </ul>
 * Options: {@code county=20} (the measured county), {@code big=14} (the largest), {@code period=YYYY-MM} (default:
 * the newest generated month), {@code users=20}, {@code runs=100}, {@code think=1000} (ms, the paced concurrent
 * run), {@code end=YYYY-MM} and {@code years=5} (for
 * generate; default end: last month), {@code dir=target/bench}, {@code pgPort=54329}, {@code appPort=8089},
 * {@code heap=1g} (the application's), {@code cachedGrids=200} (0 measures every request without the kept grids),
 * {@code quietLoad=0.5} and {@code quietWait=600} (see {@link #awaitQuiet}).
 */
public final class Bench {

    private final Map<String, String> options;
    private final Path dir;
    private final Report report = new Report();

    private Bench(Map<String, String> options) {
        this.options = options;
        this.dir = Path.of(option("dir", "target/bench")).toAbsolutePath();
    }

    public static void main(String[] args) throws Exception {
        String task = args.length > 0 && !args[0].contains("=") ? args[0] : "all";
        var options = new HashMap<String, String>();
        for (String arg : args) {
            if (arg.contains("=")) {
                options.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        new Bench(options).run(task);
        System.exit(0);
    }

    private void run(String task) throws Exception {
        Files.createDirectories(dir);
        try (BenchDatabase database = BenchDatabase.start(dir.resolve("pgdata"), intOption("pgPort", 54329))) {
            report.line("# Lägesbild benchmark " + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS));
            report.line("");
            report.line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java "
                    + System.getProperty("java.version") + "; PostgreSQL " + serverVersion(database));
            boolean app = !task.equals("sql");
            try (BenchApp application = app ? startApp(database) : null) {
                if (task.equals("all") || task.equals("generate")) {
                    generate(database);
                }
                volume(database);
                Month period = period(database);
                if (task.equals("all") || task.equals("sql")) {
                    awaitQuiet();
                    sql(database, period);
                }
                if (task.equals("all") || task.equals("pages")) {
                    awaitQuiet();
                    pages(application, period);
                }
                if (task.equals("serve")) {
                    System.out.println("Serving " + application.baseUrl() + " (" + BenchApp.ADMIN + " / "
                            + BenchApp.ADMIN_PASSWORD + "), PostgreSQL " + database.jdbcUrl()
                            + " (postgres/postgres). Ctrl-C stops.");
                    Thread.currentThread().join();
                }
            }
        }
        Path results = dir.resolve("results-" + task + ".md");
        Files.writeString(results, report.text());
        System.out.println("\nWritten to " + results);
    }

    private BenchApp startApp(BenchDatabase database) throws Exception {
        long started = System.nanoTime();
        String cachedGrids = option("cachedGrids", "200");
        BenchApp app = BenchApp.start(database, intOption("appPort", 8089), option("heap", "1g"), cachedGrids,
                dir.resolve("app.log"));
        report.line("Analysis grids kept in memory (lagesbild.analysis.cached-grids): " + cachedGrids
                + ("0".equals(cachedGrids) ? " (off: every request reads the database)" : ""));
        System.out.printf(Locale.ROOT, "application up in %.1f s%n", (System.nanoTime() - started) / 1e9);
        return app;
    }

    private void generate(BenchDatabase database) throws SQLException {
        try (Connection c = database.connect()) {
            if (SyntheticData.present(c)) {
                report.line("Synthetic data already present; delete " + dir + " to generate it again.");
                return;
            }
        }
        Month end = options.containsKey("end") ? Month.parse(options.get("end"))
                : Month.containing(SyntheticData.today()).previous();
        var calendar = SyntheticData.calendar(end, intOption("years", 5));
        System.out.println("generating " + calendar.months().get(0).code() + " .. " + end.code() + " ("
                + calendar.weeks().size() + " weeks) ...");
        SyntheticData.Result result = SyntheticData.generate(database, calendar);
        long vacuum = SyntheticData.vacuum(database);
        report.line(String.format(Locale.ROOT, "Generated %,d reports and %,d answers in %.1f s (COPY), "
                        + "then VACUUM ANALYZE and CHECKPOINT in %.1f s.", result.reports(), result.answers(),
                result.millis() / 1000.0, vacuum / 1000.0));
    }

    private void volume(BenchDatabase database) throws SQLException {
        try (Connection c = database.connect(); var s = c.createStatement()) {
            report.line("");
            report.line("## Data volume");
            report.line("");
            report.line("| kind | status | reports |");
            report.line("|---|---|---:|");
            try (var rs = s.executeQuery("select kind, status, count(*) from report group by 1, 2 order by 1, 2")) {
                while (rs.next()) {
                    report.line(String.format(Locale.ROOT, "| %s | %s | %,d |", rs.getString(1), rs.getString(2),
                            rs.getLong(3)));
                }
            }
            report.line("");
            report.line("| table | rows | total size (with indexes) |");
            report.line("|---|---:|---:|");
            for (String table : List.of("report", "report_answer", "unit", "organisation")) {
                try (var rs = s.executeQuery("select count(*), pg_size_pretty(pg_total_relation_size('" + table
                        + "')) from " + table)) {
                    rs.next();
                    report.line(String.format(Locale.ROOT, "| %s | %,d | %s |", table, rs.getLong(1),
                            rs.getString(2)));
                }
            }
            try (var rs = s.executeQuery("select pg_size_pretty(pg_database_size(current_database()))")) {
                rs.next();
                report.line("");
                report.line("Database size: " + rs.getString(1) + ".");
            }
        }
    }

    private Month period(BenchDatabase database) throws SQLException {
        if (options.containsKey("period")) {
            return Month.parse(options.get("period"));
        }
        try (Connection c = database.connect(); var rs = c.createStatement().executeQuery(
                "select max(period_code) from report where kind = 'PICTURE' and created_by like 'bench.%'")) {
            rs.next();
            return rs.getString(1) == null ? Month.containing(SyntheticData.today()).previous()
                    : Month.parse(rs.getString(1));
        }
    }

    private void sql(BenchDatabase database, Month period) throws Exception {
        int runs = intOption("runs", 100) / 2;
        int users = intOption("users", 20);
        report.line("");
        report.line("## Bare SQL (period " + period.code() + ")");
        report.line("");
        report.line("| page SQL | statements | rows | 1 client median | 1 client p95 | " + users
                + " clients median | " + users + " clients p95 |");
        report.line("|---|---:|---|---:|---:|---:|---:|");
        for (PageCase page : cases(period)) {
            if (page.sqlFile() == null) {
                continue;
            }
            SqlBench.PageSql sql = SqlBench.PageSql.load(page.sqlFile());
            Map<String, Object> params;
            List<Integer> rows;
            double[] single;
            try (Connection c = database.connect()) {
                params = QueryParameters.of(c, page.county(), period, MeasuredTheme.RACISM);
                rows = SqlBench.explain(c, sql, params, dir.resolve("explain-" + page.county()));
                single = SqlBench.time(c, sql, params, 10, runs);
            }
            Stats one = Stats.of(single);
            Stats many = page.concurrent()
                    ? Stats.of(SqlBench.timeConcurrently(database, sql, params, users, Math.max(5, runs / 5)))
                    : null;
            report.line(String.format(Locale.ROOT, "| %s | %d | %s | %.1f | %.1f | %s | %s |", page.label(),
                    sql.statements().size(), rows, one.median(), one.p95(),
                    many == null ? "" : String.format(Locale.ROOT, "%.1f", many.median()),
                    many == null ? "" : String.format(Locale.ROOT, "%.1f", many.p95())));
        }
        report.line(String.format(Locale.ROOT, "%n(1-minute load average at the end: %.2f)", load()));
    }

    private void pages(BenchApp app, Month period) throws Exception {
        int runs = intOption("runs", 100);
        int users = intOption("users", 20);
        report.line("");
        report.line("## Pages over HTTP (period " + period.code() + ", ms from request to last byte)");
        report.line("");
        long think = intOption("think", 1000);
        report.line("| page | 1 user median | 1 user p95 | " + users + " users back to back median | p95 | " + users
                + " users, " + think + " ms think time, median | p95 |");
        report.line("|---|---:|---:|---:|---:|---:|---:|");
        PageBench.User one = PageBench.User.signIn(app.baseUrl(), BenchApp.ADMIN, BenchApp.ADMIN_PASSWORD);
        var many = new ArrayList<PageBench.User>();
        for (int u = 0; u < users; u++) {
            many.add(PageBench.User.signIn(app.baseUrl(), BenchApp.ADMIN, BenchApp.ADMIN_PASSWORD));
        }
        for (PageCase page : cases(period)) {
            try {
                int n = page.national() ? runs / 2 : runs;
                Stats single = Stats.of(PageBench.sequential(one, page.paths(), 20, n));
                String concurrent = "| | | | |";
                if (page.concurrent()) {
                    // the same page as the bare SQL's concurrent run, so that the two compare
                    Stats busy = Stats.of(PageBench.concurrent(many, page.paths(), Math.max(5, n / 5), 0));
                    Stats thinking = Stats.of(PageBench.concurrent(many, page.paths(), Math.max(5, n / 10), think));
                    concurrent = String.format(Locale.ROOT, "%.1f | %.1f | %.1f | %.1f |", busy.median(), busy.p95(),
                            thinking.median(), thinking.p95());
                }
                report.line(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %s", page.label(), single.median(),
                        single.p95(), concurrent));
            } catch (PageBench.PageUnavailable e) {
                report.line("| " + page.label() + " | not available: " + e.getMessage() + " | | | | | |");
            }
        }
        report.line(String.format(Locale.ROOT, "%n(1-minute load average at the end: %.2f)", load()));
    }

    /** The measured pages, each with the bare-SQL file it runs. */
    private record PageCase(String label, String sqlFile, String county, boolean national, boolean concurrent,
                            List<String> paths) {
    }

    private List<PageCase> cases(Month period) {
        String county = option("county", "20");
        String big = option("big", "14");
        String p = period.code();
        String trend = "/trends?theme=racism&periods=" + QueryParameters.TREND_PERIODS + "&period=" + p;
        return List.of(
                new PageCase("start page (baseline: session, layout)", null, county, false, true, List.of("/")),
                new PageCase("county matrix " + county, "county", county, false, true,
                        List.of("/analysis/county/" + county + "?period=" + p)),
                new PageCase("county matrix " + big + " (largest)", "county", big, false, false,
                        List.of("/analysis/county/" + big + "?period=" + p)),
                new PageCase("36-period trend " + county, "trend", county, false, true,
                        List.of("/analysis/county/" + county + trend)),
                new PageCase("national", "national", county, true, true,
                        List.of("/analysis/national?period=" + p)));
    }

    /**
     * Other work on the machine (a build, tests) distorts every figure on two cores, so measuring waits up to
     * {@code quietWait} seconds (default 600) for the 1-minute load average to fall below {@code quietLoad} (0.5),
     * and the report states the load before and after.
     */
    private void awaitQuiet() throws Exception {
        double limit = Double.parseDouble(option("quietLoad", "0.5"));
        long deadline = System.nanoTime() + intOption("quietWait", 600) * 1_000_000_000L;
        double load = load();
        while (load >= limit && System.nanoTime() < deadline) {
            System.out.printf(Locale.ROOT, "load average %.2f, waiting for < %.2f ...%n", load, limit);
            Thread.sleep(15_000);
            load = load();
        }
        report.line("");
        report.line(String.format(Locale.ROOT, "(1-minute load average at the start: %.2f%s)", load,
                load >= limit ? ", NOT QUIET: other work was running, figures are pessimistic" : ""));
    }

    static double load() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (Exception unknown) {
            return 0;
        }
    }

    private String serverVersion(BenchDatabase database) throws SQLException {
        try (Connection c = database.connect(); var rs = c.createStatement().executeQuery("show server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    private int intOption(String name, int fallback) {
        return Integer.parseInt(option(name, Integer.toString(fallback)));
    }

    /** The results as Markdown, echoed to the console as they come. */
    private static final class Report {
        private final StringBuilder text = new StringBuilder();

        void line(String line) {
            System.out.println(line);
            text.append(line).append('\n');
        }

        String text() {
            return text.toString();
        }
    }
}
