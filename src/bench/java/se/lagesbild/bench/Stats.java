package se.lagesbild.bench;

import java.util.Arrays;
import java.util.Locale;

/** Median and 95th percentile (nearest rank) of a set of durations in milliseconds. */
record Stats(int count, double median, double p95, double max, double mean) {

    static Stats of(double[] millis) {
        if (millis.length == 0) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Stats(sorted.length, rank(sorted, 0.50), rank(sorted, 0.95), sorted[sorted.length - 1],
                Arrays.stream(sorted).average().orElse(Double.NaN));
    }

    private static double rank(double[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "n=%d median=%.1f ms p95=%.1f ms max=%.1f ms mean=%.1f ms", count, median,
                p95, max, mean);
    }
}
