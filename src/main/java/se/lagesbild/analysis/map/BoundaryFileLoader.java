package se.lagesbild.analysis.map;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Loads the boundary file configured in {@code lagesbild.map.boundaries} at start-up, but only while no boundaries
 * are stored: an administrator's later import is never overwritten by a restart. A missing or broken file is logged
 * and skipped, so the application starts anyway (the map pages then say how to add boundaries). Start-up itself only
 * checks that the file exists and that nothing is stored; reading, simplifying and storing the 290 municipalities
 * (about a second on H2) happens on a background thread, and a map asked for meanwhile says that boundaries are
 * missing. The import is one transaction, so a shutdown in the middle leaves nothing half-stored.
 */
@Component
class BoundaryFileLoader implements ApplicationRunner, DisposableBean {

    static final String SYSTEM = "system";
    /** The configured file is trusted more than an upload, but a file this large is surely the wrong one. */
    private static final long MAX_BYTES = 100L * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(BoundaryFileLoader.class);

    private final MapBoundaries boundaries;
    private final String configuredPath;
    private volatile CompletableFuture<Boolean> loading = CompletableFuture.completedFuture(false);

    BoundaryFileLoader(MapBoundaries boundaries, @Value("${lagesbild.map.boundaries:}") String configuredPath) {
        this.boundaries = boundaries;
        this.configuredPath = configuredPath;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (configuredPath == null || configuredPath.isBlank()) {
            log.debug("No map boundary file configured (lagesbild.map.boundaries)");
            return;
        }
        Path file = Path.of(configuredPath.strip());
        if (!Files.isRegularFile(file)) {
            logMissing(file);
            return;
        }
        if (boundaries.anyStored()) {
            log.debug("Map boundaries already stored; {} not loaded", file);
            return;
        }
        loading = CompletableFuture.supplyAsync(() -> load(file), BoundaryFileLoader::inBackground);
    }

    /** Waits for the load begun at start-up; answers whether it stored the file's boundaries. */
    boolean awaitLoaded(Duration timeout) throws InterruptedException, TimeoutException {
        try {
            return loading.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException cannotHappen) {
            throw new IllegalStateException(cannotHappen.getCause());
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        try {
            awaitLoaded(Duration.ofSeconds(30));
        } catch (TimeoutException stillLoading) {
            log.warn("Shutting down while the map boundaries are being loaded; the load is rolled back");
        }
    }

    private static void inBackground(Runnable task) {
        Thread thread = new Thread(task, "map-boundaries");
        thread.setDaemon(true);
        thread.start();
    }

    private static void logMissing(Path file) {
        log.info("Map boundary file {} does not exist; maps stay off until boundaries are imported under "
                + "/admin/map", file.toAbsolutePath().normalize());
    }

    /** Loads the file unless boundaries are stored; answers whether it did. Never throws: start-up must go on. */
    boolean load(Path file) {
        if (!Files.isRegularFile(file)) {
            logMissing(file);
            return false;
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                log.warn("Map boundary file {} is larger than {} MB; not loaded", file, MAX_BYTES / 1024 / 1024);
                return false;
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readAllBytes();
            }
            var result = boundaries.importIfNoneStored(file.getFileName().toString(), bytes, SYSTEM);
            if (result.isEmpty()) {
                log.debug("Map boundaries already stored; {} not loaded", file);
                return false;
            }
            log.info("Loaded map boundaries of {} municipalities from {} ({} codes matched no municipality)",
                    result.get().matchedCount(), file, result.get().unmatchedCodes().size());
            return true;
        } catch (BoundaryFileException refused) {
            log.warn("Map boundary file {} refused ({}); maps stay off until boundaries are imported", file,
                    refused.messageKey());
            return false;
        } catch (IOException | RuntimeException e) {
            log.warn("Map boundary file {} could not be loaded; maps stay off until boundaries are imported", file, e);
            return false;
        }
    }
}
