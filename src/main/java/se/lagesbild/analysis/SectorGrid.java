package se.lagesbild.analysis;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.organisation.Sector;
import se.lagesbild.shared.period.Period;

/**
 * How the sectors (police, school, social services …) assessed each theme, from the units' submitted and approved
 * contributions, gathered into the picture periods: per municipality, period, theme and sector the mean of the
 * known levels and how many contributions it rests on. "Don't know" answers are not counted.
 */
public final class SectorGrid {

    /** The mean level of one sector's contributions, and how many contributions gave a level. */
    public record SectorLevel(double mean, int contributions) {
    }

    // Keyed by the period itself, not its code, which is formatted on every call (the rules look up many cells).
    private record Key(long municipalityId, Period period, MeasuredTheme theme) {
    }

    private final List<Period> periods;
    private final Map<Key, Map<Sector, SectorLevel>> levels;

    private SectorGrid(List<Period> periods, Map<Key, Map<Sector, SectorLevel>> levels) {
        this.periods = List.copyOf(periods);
        this.levels = levels;
    }

    public List<Period> periods() {
        return periods;
    }

    /** Each sector's level for the municipality, period and theme; empty when no contribution gave one. */
    public Map<Sector, SectorLevel> sectors(long municipalityId, Period period, MeasuredTheme theme) {
        return levels.getOrDefault(new Key(municipalityId, period, theme), Map.of());
    }

    public static Builder builder(List<Period> periods) {
        return new Builder(periods);
    }

    public static final class Builder {
        private record Sum(long total, int count) {
        }

        private final List<Period> periods;
        private final Map<String, Period> byCode = new HashMap<>();
        private final Map<Key, Map<Sector, Sum>> sums = new HashMap<>();

        private Builder(List<Period> periods) {
            this.periods = periods;
            periods.forEach(period -> byCode.put(period.code(), period));
        }

        /** Adds one contribution's known level. */
        public Builder add(long municipalityId, String periodCode, MeasuredTheme theme, Sector sector, int level) {
            return addSum(municipalityId, periodCode, theme, sector, level, 1);
        }

        /** Adds a pre-aggregated sum of levels (as a database aggregate returns it); outside the periods: ignored. */
        public Builder addSum(long municipalityId, String periodCode, MeasuredTheme theme, Sector sector,
                              long levelSum, int count) {
            Period period = byCode.get(periodCode);
            if (period == null) {
                return this;
            }
            sums.computeIfAbsent(new Key(municipalityId, period, theme), key -> new EnumMap<>(Sector.class))
                    .merge(sector, new Sum(levelSum, count), (a, b) -> new Sum(a.total + b.total, a.count + b.count));
            return this;
        }

        public SectorGrid build() {
            var levels = new HashMap<Key, Map<Sector, SectorLevel>>();
            sums.forEach((key, bySector) -> {
                var means = new EnumMap<Sector, SectorLevel>(Sector.class);
                bySector.forEach((sector, sum) -> means.put(sector,
                        new SectorLevel((double) sum.total / sum.count, sum.count)));
                levels.put(key, Collections.unmodifiableMap(means));
            });
            return new SectorGrid(periods, Map.copyOf(levels));
        }
    }
}
