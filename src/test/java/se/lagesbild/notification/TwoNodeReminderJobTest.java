package se.lagesbild.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

import se.lagesbild.LagesbildApplication;
import se.lagesbild.support.EmbeddedPostgresInitializer;

/**
 * Two application nodes on one database, the reminder job scheduled every second on both: ShedLock lets exactly
 * one node run each tick. Each node records the runs it made (from its {@link RemindersRan} events); no second may
 * have two.
 */
class TwoNodeReminderJobTest {

    record Execution(String node, Instant tick) {
    }

    @Test
    void eachTickRunsOnExactlyOneNode() throws Exception {
        List<Execution> executions = new CopyOnWriteArrayList<>();
        try (ConfigurableApplicationContext first = node("node-1", executions);
             ConfigurableApplicationContext second = node("node-2", executions)) {
            Instant bothRunning = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
            Thread.sleep(4_500);
            Instant stop = Instant.now().truncatedTo(ChronoUnit.SECONDS);

            List<Execution> whileBoth = executions.stream()
                    .filter(e -> !e.tick().isBefore(bothRunning) && e.tick().isBefore(stop)).toList();
            Map<Instant, List<String>> nodesPerTick = whileBoth.stream().collect(Collectors.groupingBy(
                    Execution::tick, Collectors.mapping(Execution::node, Collectors.toList())));
            assertThat(nodesPerTick).as("ticks while both nodes ran").hasSizeGreaterThanOrEqualTo(3);
            assertThat(nodesPerTick.values()).as("nodes that ran each tick").allSatisfy(nodes ->
                    assertThat(nodes).hasSize(1));
            assertThat(first.isActive() && second.isActive()).isTrue();
        }
    }

    /**
     * A node as production starts it (with a web server on a free port), on the tests' embedded PostgreSQL. Command-line
     * arguments, so that they win over the test-wide setting that turns the job off.
     */
    private static ConfigurableApplicationContext node(String name, List<Execution> executions) {
        return new SpringApplicationBuilder(LagesbildApplication.class)
                .web(WebApplicationType.SERVLET)
                .initializers(new EmbeddedPostgresInitializer())
                .listeners(event -> {
                    if (event instanceof PayloadApplicationEvent<?> payload
                            && payload.getPayload() instanceof RemindersRan ran) {
                        executions.add(new Execution(name, ran.at().truncatedTo(ChronoUnit.SECONDS)));
                    }
                })
                .run("--lagesbild.reminders.cron=* * * * * *",
                        // held past the quick run, released before the next second's tick
                        "--lagesbild.reminders.lock-at-least-for=750ms",
                        "--server.port=0", "--spring.main.banner-mode=off");
    }
}
