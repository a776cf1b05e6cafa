package se.lagesbild.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The application under test, started from this build as production starts it: its own JVM, the {@code prod}
 * profile, the datasource and the first administrator from environment variables. The benchmark's own classes
 * (target/test-classes) are left off its class path; the reminder job is off.
 */
final class BenchApp implements AutoCloseable {

    static final String ADMIN = "administrator";
    static final String ADMIN_PASSWORD = "Bench-administrator-2026";

    private final Process process;
    private final int port;

    private BenchApp(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static BenchApp start(BenchDatabase database, int port, String heap, String cachedGrids, Path log)
            throws IOException, InterruptedException {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.replace('\\', '/').endsWith("target/test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap, "-cp", classPath,
                "se.lagesbild.LagesbildApplication"));
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        var env = builder.environment();
        env.put("SPRING_PROFILES_ACTIVE", "prod");
        env.put("SPRING_DATASOURCE_URL", database.jdbcUrl());
        env.put("SPRING_DATASOURCE_USERNAME", "postgres");
        env.put("SPRING_DATASOURCE_PASSWORD", "postgres");
        env.put("LAGESBILD_FIRST_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("LAGESBILD_REMINDERS_CRON", "-");
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("SERVER_ADDRESS", "127.0.0.1");
        // 0 turns off the analysis' kept grids, so that every request reads the database (the cold path)
        env.put("LAGESBILD_ANALYSIS_CACHED_GRIDS", cachedGrids);
        var app = new BenchApp(builder.start(), port);
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop));
        app.awaitHealthy(Duration.ofMinutes(3), log);
        return app;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitHealthy(Duration timeout, Path log) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application stopped; see " + log);
            }
            try {
                var response = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the application did not become healthy within " + timeout + "; see " + log);
    }

    private void stop() {
        if (process.isAlive()) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        stop();
    }
}
