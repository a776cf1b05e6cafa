package se.lagesbild.reporting.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.lagesbild.reporting.ReportEvents.ReportsWrittenInBulk;
import se.lagesbild.reporting.ReportKind;
import se.lagesbild.reporting.demo.DemoHistoryPlanner.Plan;

/**
 * About a year of invented reporting history for Dalarna (20) and Västmanland (19), so that a newcomer sees a living
 * system: weekly contributions of every active unit for the last 52 complete weeks and monthly pictures of every
 * municipality for the last 12 complete months, with trends, disagreements, late, returned and missing reports.
 * Every report's joint summary starts with {@link DemoTexts#MARK}, so the history is never mistaken for real.
 * <p>
 * Runs after the default form ({@code @Order(-1)}) and the demo units ({@code @Order(0)}) exist, only with
 * {@code lagesbild.demo-data.enabled}, and does nothing once any unit of the two counties has a report. The check
 * and the generation happen during start-up (half a second); the writing, some 7,800 reports and 180,000 answers
 * with multi-row inserts, happens on a background thread, because even so it takes several seconds on H2 and
 * start-up must stay quick. It writes one transaction per municipality, those with demo accounts first, so the
 * history appears municipality by municipality; one that fails (someone started a report for the same period
 * meanwhile, or a second node starting at the same moment wrote it first) is left out and the rest still comes.
 */
@Component
@ConditionalOnProperty(name = "lagesbild.demo-data.enabled", havingValue = "true")
@Order(10)
class DemoReportHistory implements ApplicationRunner, DisposableBean {

    static final String NOT_REAL = "demo data, not real";

    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);
    private static final Logger log = LoggerFactory.getLogger(DemoReportHistory.class);

    private final DemoHistoryPlanner planner;
    private final DemoReportWriter writer;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private volatile CompletableFuture<Void> writing = CompletableFuture.completedFuture(null);

    DemoReportHistory(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactions,
                      ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.planner = new DemoHistoryPlanner(jdbc);
        this.writer = new DemoReportWriter(template, jdbc);
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        Optional<Plan> plan = planner.plan(clock.instant());
        if (plan.isPresent()) {
            long planned = millisSince(started);
            writing = CompletableFuture.runAsync(() -> write(plan.get(), planned), DemoReportHistory::inBackground);
        }
    }

    private void write(Plan plan, long plannedMillis) {
        long started = System.nanoTime();
        int contributions = 0;
        int pictures = 0;
        int answers = 0;
        for (long municipalityId : plan.municipalityIds()) {
            List<DemoReport> reports = plan.of(municipalityId);
            try {
                answers += transaction.execute(status -> {
                    int written = writer.write(reports, plan.formVersionId(), municipalityId);
                    // written straight to the tables, so say so: analysis drops what it keeps of this county
                    events.publishEvent(new ReportsWrittenInBulk(List.of(municipalityId)));
                    return written;
                });
                contributions += (int) reports.stream().filter(r -> r.kind() == ReportKind.CONTRIBUTION).count();
                pictures += (int) reports.stream().filter(r -> r.kind() == ReportKind.PICTURE).count();
            } catch (DuplicateKeyException written) {
                // another node starting at the same moment wrote it, or someone started one of its reports meanwhile
                log.info("Demo reporting history of municipality {} left out: a report for one of its periods "
                        + "exists", municipalityId);
            } catch (RuntimeException failed) {
                log.warn("Demo reporting history of municipality {} left out: {}", municipalityId, failed.toString());
            }
        }
        log.info("Demo reporting history loaded: {} contributions, {} pictures ({}); generated in {} ms during "
                        + "start-up, {} answers written in the background in {} ms",
                contributions, pictures, NOT_REAL, plannedMillis, answers, millisSince(started));
    }

    /** Waits until the history begun at start-up is written (tests, and shutdown, so no write is cut off). */
    void awaitWritten(Duration timeout) throws InterruptedException, TimeoutException {
        try {
            writing.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (ExecutionException cannotHappen) {
            throw new IllegalStateException(cannotHappen.getCause());
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        try {
            awaitWritten(SHUTDOWN_WAIT);
        } catch (TimeoutException stillWriting) {
            log.warn("Shutting down while the demo reporting history is still being written; it is rolled back");
        }
    }

    private static void inBackground(Runnable task) {
        Thread thread = new Thread(task, "demo-report-history");
        thread.setDaemon(true);
        thread.start();
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
