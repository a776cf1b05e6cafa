package se.lagesbild.reporting.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/** Small helpers for plausible moments: minutes drawn at random, and nothing later than now. */
final class DemoTime {

    private DemoTime() {
    }

    static Duration minutes(Random random, int from, int to) {
        return Duration.ofMinutes(from + random.nextInt(to - from + 1));
    }

    static Instant atMost(Instant moment, Instant latest) {
        return moment.isAfter(latest) ? latest : moment;
    }

    static Instant atLeast(Instant moment, Instant earliest) {
        return moment.isBefore(earliest) ? earliest : moment;
    }
}
