package se.lagesbild.analysis;

import java.util.Collection;
import java.util.Objects;

/**
 * The median of levels. Levels are an ordinal scale (low, moderate, high …), so the county's "typical" level is the
 * median, not the mean; with an even count it is the mean of the two middle values (e.g. 2.5).
 */
final class Median {

    private Median() {
    }

    /** The median of the non-null values, or null when there are none. */
    static Double of(Collection<Integer> values) {
        int[] sorted = values.stream().filter(Objects::nonNull).mapToInt(Integer::intValue).sorted().toArray();
        if (sorted.length == 0) {
            return null;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
