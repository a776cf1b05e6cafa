package se.lagesbild.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The bare SQL of each page, timed without the application: the statements of {@code bench/sql/<page>.sql} run one
 * after the other on one connection, every row read, as the page's queries are. The statements are the
 * application's own SQL constants where it has them ({@link PageSql}); the files say which, with which parameters.
 * Also writes {@code EXPLAIN (ANALYZE, BUFFERS)} of every statement.
 */
final class SqlBench {

    /**
     * One statement: its SQL and how its named parameters map to {@link QueryParameters} ({@code periods} →
     * {@code periodCodes12}); a parameter that is not mapped is looked up by its own name.
     */
    record Statement(String source, String sql, Map<String, String> aliases) {

        MapSqlParameterSource parameters(Map<String, Object> params) {
            var source = new MapSqlParameterSource(params);
            aliases.forEach((name, param) -> {
                if (!params.containsKey(param)) {
                    throw new IllegalArgumentException("no parameter " + param + " (see QueryParameters)");
                }
                source.addValue(name, params.get(param));
            });
            return source;
        }
    }

    /**
     * One page's statements from {@code bench/sql/<page>.sql}. A line {@code -- @from pkg.Class.FIELD name=param ...}
     * takes the statement from the application's own constant (read by reflection, so the benchmark always runs
     * the SQL the page runs); other statements are written out in the file, ended by {@code ;} at a line's end.
     */
    record PageSql(String page, List<Statement> statements) {

        static PageSql load(String page) throws IOException {
            try (InputStream in = SqlBench.class.getResourceAsStream("/bench/sql/" + page + ".sql")) {
                if (in == null) {
                    throw new IllegalArgumentException("no bench/sql/" + page + ".sql");
                }
                var statements = new ArrayList<Statement>();
                var text = new StringBuilder();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String stripped = line.strip();
                    if (stripped.startsWith("-- @from ")) {
                        statements.add(fromConstant(stripped.substring("-- @from ".length()).strip()));
                    } else if (!stripped.startsWith("--")) {
                        text.append(line).append('\n');
                        if (stripped.endsWith(";")) {
                            String sql = text.toString().strip();
                            statements.add(new Statement(page + ".sql", sql.substring(0, sql.length() - 1),
                                    Map.of()));
                            text.setLength(0);
                        }
                    }
                }
                if (!text.toString().isBlank()) {
                    statements.add(new Statement(page + ".sql", text.toString().strip(), Map.of()));
                }
                return new PageSql(page, List.copyOf(statements));
            }
        }

        private static Statement fromConstant(String directive) {
            String[] parts = directive.split("\\s+");
            String reference = parts[0];
            int dot = reference.lastIndexOf('.');
            try {
                Field field = Class.forName(reference.substring(0, dot)).getDeclaredField(reference.substring(dot + 1));
                field.setAccessible(true);
                var aliases = new LinkedHashMap<String, String>();
                for (int i = 1; i < parts.length; i++) {
                    aliases.put(parts[i].substring(0, parts[i].indexOf('=')),
                            parts[i].substring(parts[i].indexOf('=') + 1));
                }
                return new Statement(reference, (String) field.get(null), Map.copyOf(aliases));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the SQL constant " + reference + " is gone: update bench/sql", e);
            }
        }
    }

    private SqlBench() {
    }

    /** Milliseconds per execution of all the page's statements on one connection, after {@code warmUp} runs. */
    static double[] time(Connection connection, PageSql sql, Map<String, Object> params, int warmUp, int runs) {
        var jdbc = new NamedParameterJdbcTemplate(new SingleConnectionDataSource(connection, true));
        var sources = sql.statements().stream().map(statement -> statement.parameters(params)).toList();
        RowCallbackHandler consume = rs -> {
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                rs.getObject(i);
            }
        };
        double[] millis = new double[runs];
        for (int i = -warmUp; i < runs; i++) {
            long started = System.nanoTime();
            for (int s = 0; s < sources.size(); s++) {
                jdbc.query(sql.statements().get(s).sql(), sources.get(s), consume);
            }
            if (i >= 0) {
                millis[i] = (System.nanoTime() - started) / 1e6;
            }
        }
        return millis;
    }

    /** The same with {@code clients} connections at once, each running {@code runs} times; all samples together. */
    static double[] timeConcurrently(BenchDatabase database, PageSql sql, Map<String, Object> params, int clients,
                                     int runs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            var futures = new ArrayList<Future<double[]>>();
            for (int c = 0; c < clients; c++) {
                Callable<double[]> client = () -> {
                    try (Connection connection = database.connect()) {
                        return time(connection, sql, params, 2, runs);
                    }
                };
                futures.add(pool.submit(client));
            }
            var all = new ArrayList<Double>();
            for (Future<double[]> future : futures) {
                for (double value : future.get()) {
                    all.add(value);
                }
            }
            return all.stream().mapToDouble(Double::doubleValue).toArray();
        } finally {
            pool.shutdown();
        }
    }

    /** Row counts and plans of every statement, for docs/performance.md and index decisions. */
    static List<Integer> explain(Connection connection, PageSql sql, Map<String, Object> params, Path directory)
            throws IOException {
        Files.createDirectories(directory);
        var named = new NamedParameterJdbcTemplate(new SingleConnectionDataSource(connection, true));
        var rows = new ArrayList<Integer>();
        var out = new StringBuilder();
        for (Statement statement : sql.statements()) {
            var source = statement.parameters(params);
            rows.add(named.queryForList(statement.sql(), source).size());
            out.append("-- ").append(statement.source()).append(' ').append(statement.aliases()).append('\n');
            out.append("-- ").append(statement.sql().replace("\n", "\n-- ")).append("\n");
            named.query("explain (analyze, buffers) " + statement.sql(), source, (RowCallbackHandler) rs -> {
                out.append(rs.getString(1)).append('\n');
            });
            out.append('\n');
        }
        Files.writeString(directory.resolve(sql.page() + ".txt"), out);
        return rows;
    }
}
