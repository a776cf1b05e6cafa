package se.lagesbild.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The benchmark's PostgreSQL: zonky's embedded server (PostgreSQL 14, no installation) on a data directory under
 * {@code target/bench/pgdata} that survives runs, so the data is generated once. The settings are a modest
 * production-like configuration for a small machine, written down in docs/performance.md.
 */
final class BenchDatabase implements AutoCloseable {

    static final String DATABASE = "lagesbild";

    private final EmbeddedPostgres postgres;
    private final int port;

    private BenchDatabase(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    static BenchDatabase start(Path dataDirectory, int port) throws IOException, SQLException {
        Files.createDirectories(dataDirectory.getParent());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("shared_buffers", "1GB")
                .setServerConfig("effective_cache_size", "8GB")
                .setServerConfig("work_mem", "32MB")
                .setServerConfig("maintenance_work_mem", "512MB")
                .setServerConfig("max_wal_size", "8GB")
                .setServerConfig("checkpoint_timeout", "30min")
                .setServerConfig("random_page_cost", "1.1")
                .setServerConfig("max_connections", "100")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(
                        dataDirectory.resolveSibling("postgres.log").toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(
                        dataDirectory.resolveSibling("postgres.log").toFile()))
                .start();
        var database = new BenchDatabase(postgres, port);
        try (Connection c = database.connect("postgres");
             var rs = c.createStatement().executeQuery(
                     "select 1 from pg_database where datname = '" + DATABASE + "'")) {
            if (!rs.next()) {
                c.createStatement().execute("create database " + DATABASE + " encoding 'UTF8' template template0");
            }
        }
        return database;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    Connection connect() throws SQLException {
        return connect(DATABASE);
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, "postgres",
                "postgres");
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
