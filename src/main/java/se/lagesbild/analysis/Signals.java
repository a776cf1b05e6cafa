package se.lagesbild.analysis;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.MessageSource;

import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.organisation.Sector;
import se.lagesbild.shared.period.Period;

/**
 * Rule-based early warnings for one period. Simple, explainable rules rather than statistics: a county coordinator
 * must be able to read why a signal fired and check it against the matrix, and a municipality must be able to
 * recognise its own answers in it. Every signal therefore carries the figures it rests on and explains itself in
 * words ({@link Signal#explanation}).
 *
 * <p>The rules work on {@link Concern}, so for protective factors a falling level is the warning. Only approved
 * pictures count and nothing is inferred: a missing or unapproved picture, a "don't know" or an unknown change never
 * fires a signal, and no rule compares across a gap.
 */
public final class Signals {

    /** How many steps of concern from one period to the next make a {@link SignalType#JUMP}. */
    public static final int JUMP_STEPS = 2;

    /** How far above the county median a municipality's concern must be for {@link SignalType#ABOVE_MEDIAN}. */
    public static final double ABOVE_MEDIAN_STEPS = 2.0;

    /** A median of fewer known levels says too little about "the county" to compare against. */
    public static final int MIN_KNOWN_FOR_MEDIAN = 3;

    /** The spread between the highest and lowest sector mean that counts as disagreement. */
    public static final double DISAGREEMENT_SPREAD = 2.0;

    /** In how many consecutive periods (ending with the period) the sectors must disagree. */
    public static final int DISAGREEMENT_PERIODS = 3;

    /** The kinds of signal, in the order they are listed. */
    public enum SignalType {
        /** Concern up {@value Signals#JUMP_STEPS} or more steps since the immediately previous period. */
        JUMP,
        /** Concern {@value Signals#ABOVE_MEDIAN_STEPS} or more above the county median. */
        ABOVE_MEDIAN,
        /** Worsening {@value RecurringProblems#RISING_PERIODS} periods in a row. */
        RISING,
        /** The sectors' assessments far apart {@value Signals#DISAGREEMENT_PERIODS} periods in a row. */
        SECTOR_DISAGREEMENT
    }

    /**
     * One early warning. Fields a rule does not use are null.
     *
     * @param level         the municipality's approved level in the period (JUMP, ABOVE_MEDIAN; RISING when known)
     * @param previousLevel the approved level in the previous period (JUMP)
     * @param countyMedian  the county median <em>level</em> (not concern) of the known approved levels (ABOVE_MEDIAN):
     *                      the figure readers see in the trend, so the explanation can quote it
     * @param highSector    the sector with the highest mean level in the period (SECTOR_DISAGREEMENT)
     * @param lowSector     the sector with the lowest mean level in the period (SECTOR_DISAGREEMENT)
     * @param highMean      the high sector's mean level
     * @param lowMean       the low sector's mean level
     * @param spread        {@code highMean − lowMean}
     */
    public record Signal(SignalType type, long municipalityId, MeasuredTheme theme, String periodCode,
                         Integer level, Integer previousLevel, Double countyMedian, Sector highSector,
                         Sector lowSector, Double highMean, Double lowMean, Double spread) {

        public Signal {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(theme, "theme");
            Objects.requireNonNull(periodCode, "periodCode");
        }

        /**
         * A stable key, unique per type, municipality, theme and period, e.g. {@code JUMP:123:racism:2026-10}: what
         * an acknowledgement is stored against, so a signal acknowledged once stays acknowledged when recomputed.
         * At most about 60 characters (longest type, a long id, the longest theme key and period code).
         */
        public String key() {
            return type.name() + ":" + municipalityId + ":" + theme.key() + ":" + periodCode;
        }

        /** The level as concern (null when unknown). */
        public Integer concern() {
            return Concern.of(theme, level);
        }

        /** A short title, e.g. "Snabb ökning"; for protective factors worded as weakening. */
        public String title(MessageSource messages, Locale locale) {
            return messages.getMessage("signal.type." + type.name() + directionSuffix(), null, locale);
        }

        /**
         * The signal in words, e.g. "Rasism, hatbrott och främlingsfientlighet i Malmö: nivån steg från 1 – låg
         * till 3 – hög på en period." Needs the bundles messages-signals, messages-form (themes, levels) and
         * messages (sector names).
         */
        public String explanation(MessageSource messages, Locale locale, String municipalityName) {
            String themeName = messages.getMessage("mtheme." + theme.key(), null, locale);
            String suffix = directionSuffix();
            return switch (type) {
                case JUMP -> messages.getMessage("signal.jump" + suffix, new Object[] {themeName, municipalityName,
                        levelWord(messages, locale, previousLevel), levelWord(messages, locale, level)}, locale);
                case ABOVE_MEDIAN -> messages.getMessage("signal.aboveMedian" + suffix, new Object[] {themeName,
                        municipalityName, levelWord(messages, locale, level), number(countyMedian, locale)}, locale);
                case RISING -> level == null
                        ? messages.getMessage("signal.rising" + suffix + ".noLevel",
                                new Object[] {themeName, municipalityName}, locale)
                        : messages.getMessage("signal.rising" + suffix, new Object[] {themeName, municipalityName,
                                levelWord(messages, locale, level)}, locale);
                case SECTOR_DISAGREEMENT -> messages.getMessage("signal.sectorDisagreement", new Object[] {themeName,
                        municipalityName, messages.getMessage("sector." + highSector.name(), null, locale),
                        number(highMean, locale), messages.getMessage("sector." + lowSector.name(), null, locale),
                        number(lowMean, locale), number(spread, locale)}, locale);
            };
        }

        /** Protective factors are worded as weakening; sector disagreement has no direction. */
        private String directionSuffix() {
            return Concern.higherIsBetter(theme) && type != SignalType.SECTOR_DISAGREEMENT ? ".protective" : "";
        }

        private static String levelWord(MessageSource messages, Locale locale, Integer level) {
            // "3 – Hög" reads as a label; inside a sentence it is "3 – hög".
            return messages.getMessage("form.level." + level, null, locale).toLowerCase(locale);
        }

        private static String number(Double value, Locale locale) {
            return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(locale)).format(value);
        }

        /** How far the signal goes beyond its threshold, to order signals of equal concern. */
        private double magnitude() {
            return switch (type) {
                case JUMP -> Concern.of(theme, level) - Concern.of(theme, previousLevel);
                case ABOVE_MEDIAN -> Concern.of(theme, level) - medianConcern(theme, countyMedian);
                case RISING -> 0;
                case SECTOR_DISAGREEMENT -> spread;
            };
        }
    }

    /**
     * The order of the list, most severe first: jumps and municipalities far above the median (they say "now and
     * high") by concern, then by how far past the threshold, a jump before an above-median at equal footing; then
     * rising runs by concern (unknown last); then sector disagreement by spread. Ties by municipality id and theme
     * order, so the list is the same every time it is computed.
     */
    static final Comparator<Signal> SEVERITY = Comparator
            .comparingInt((Signal s) -> switch (s.type()) {
                case JUMP, ABOVE_MEDIAN -> 0;
                case RISING -> 1;
                case SECTOR_DISAGREEMENT -> 2;
            })
            .thenComparing(Signal::concern, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Signal::magnitude, Comparator.reverseOrder())
            .thenComparing(Signal::type)
            .thenComparingLong(Signal::municipalityId)
            .thenComparing(Signal::theme);

    private Signals() {
    }

    /**
     * The signals for every municipality in the grid and every theme in {@code period}, most severe first (see
     * {@link #SEVERITY}). The county median is taken over the grid's municipalities, so pass one county's grid.
     */
    public static List<Signal> detect(LevelGrid grid, SectorGrid sectors, Period period) {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(sectors, "sectors");
        Objects.requireNonNull(period, "period");
        var signals = new ArrayList<Signal>();
        Period previous = period.previous();
        for (MeasuredTheme theme : MeasuredTheme.values()) {
            Double medianLevel = countyMedianLevel(grid, period, theme);
            for (long municipalityId : grid.municipalityIds()) {
                Integer level = grid.level(municipalityId, period, theme);
                Integer concern = Concern.of(theme, level);

                Integer previousLevel = grid.level(municipalityId, previous, theme);
                Integer previousConcern = Concern.of(theme, previousLevel);
                if (concern != null && previousConcern != null && concern - previousConcern >= JUMP_STEPS) {
                    signals.add(new Signal(SignalType.JUMP, municipalityId, theme, period.code(), level,
                            previousLevel, null, null, null, null, null, null));
                }

                if (concern != null && medianLevel != null
                        && concern - medianConcern(theme, medianLevel) >= ABOVE_MEDIAN_STEPS) {
                    signals.add(new Signal(SignalType.ABOVE_MEDIAN, municipalityId, theme, period.code(), level, null,
                            medianLevel, null, null, null, null, null));
                }

                if (RecurringProblems.worseningThreePeriods(grid, municipalityId, period, theme)) {
                    signals.add(new Signal(SignalType.RISING, municipalityId, theme, period.code(), level, null, null,
                            null, null, null, null, null));
                }

                disagreement(sectors, municipalityId, period, theme).ifPresent(signals::add);
            }
        }
        signals.sort(SEVERITY);
        return List.copyOf(signals);
    }

    /**
     * The median of the known approved levels of the grid's municipalities, or null when fewer than
     * {@value #MIN_KNOWN_FOR_MEDIAN} are known; an even count takes the mean of the two middle values. The median of
     * the concerns is {@code Concern.of} of this, since concern is a reversal of the level scale at most.
     */
    static Double countyMedianLevel(LevelGrid grid, Period period, MeasuredTheme theme) {
        List<Integer> known = grid.municipalityIds().stream()
                .map(id -> grid.level(id, period, theme))
                .filter(Objects::nonNull)
                .sorted()
                .toList();
        int n = known.size();
        if (n < MIN_KNOWN_FOR_MEDIAN) {
            return null;
        }
        return n % 2 == 1 ? known.get(n / 2) : (known.get(n / 2 - 1) + known.get(n / 2)) / 2.0;
    }

    /** The median level as concern; the reversal keeps the median the median. */
    private static double medianConcern(MeasuredTheme theme, double medianLevel) {
        return Concern.higherIsBetter(theme) ? Concern.MAX_LEVEL - medianLevel : medianLevel;
    }

    private static Optional<Signal> disagreement(SectorGrid sectors, long municipalityId, Period period,
                                                           MeasuredTheme theme) {
        Spread latest = null;
        Period current = period;
        for (int i = 0; i < DISAGREEMENT_PERIODS; i++) {
            Spread spread = Spread.of(sectors.sectors(municipalityId, current, theme));
            // Fewer than two sectors that period: nothing to disagree about, and the run is broken.
            if (spread == null || spread.spread() < DISAGREEMENT_SPREAD) {
                return Optional.empty();
            }
            if (latest == null) {
                latest = spread;
            }
            current = current.previous();
        }
        return Optional.of(new Signal(SignalType.SECTOR_DISAGREEMENT, municipalityId, theme, period.code(),
                null, null, null, latest.high(), latest.low(), latest.highMean(), latest.lowMean(),
                latest.spread()));
    }

    /** The highest and lowest sector means of one cell; ties go to the sector first in {@link Sector} order. */
    private record Spread(Sector high, double highMean, Sector low, double lowMean) {

        static Spread of(Map<Sector, SectorGrid.SectorLevel> levels) {
            if (levels.size() < 2) {
                return null;
            }
            Sector high = null;
            Sector low = null;
            double highMean = 0;
            double lowMean = 0;
            for (Sector sector : Sector.values()) {
                SectorGrid.SectorLevel level = levels.get(sector);
                if (level == null) {
                    continue;
                }
                if (high == null || level.mean() > highMean) {
                    high = sector;
                    highMean = level.mean();
                }
                if (low == null || level.mean() < lowMean) {
                    low = sector;
                    lowMean = level.mean();
                }
            }
            return new Spread(high, highMean, low, lowMean);
        }

        double spread() {
            return highMean - lowMean;
        }
    }
}
