package se.lagesbild.reporting.demo;

import java.time.Duration;

import org.springframework.context.ApplicationContext;

/**
 * For tests of other packages that build on the demo history: it is written on a background thread after start-up,
 * so a test that needs approved demo pictures waits for it first. (Lives in the demo package's test tree to reach
 * its package-private wait.)
 */
public final class DemoHistoryWritten {

    private DemoHistoryWritten() {
    }

    /** Waits until the demo history begun at start-up is written; at most two minutes. */
    public static void await(ApplicationContext context) throws Exception {
        context.getBean(DemoReportHistory.class).awaitWritten(Duration.ofMinutes(2));
    }
}
