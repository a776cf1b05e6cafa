package se.lagesbild.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.organisation.Sector;

/**
 * The invented "true" level of every theme in one municipality, week by week, that the units then report through
 * their own eyes. It is the sum of
 * <ul>
 *   <li>a base: the theme's usual level, higher in the main towns (SCB codes ending in 80) and a little higher in
 *       the other towns (81–89), plus the municipality's own character;</li>
 *   <li>a slow national trend per theme over the five years;</li>
 *   <li>a county wave shared by the county's municipalities and a municipal drift (both mean-reverting random
 *       walks);</li>
 *   <li>now and then an episode: a theme rising over some months, staying up and easing again (three in ten
 *       municipality-themes, most of them worsening), which is what trends and recurring problems should find;</li>
 *   <li>school closed in summer (school lower, youth centres and public space higher) and threats against officials
 *       peaking around the September general elections.</li>
 * </ul>
 */
final class Situation {

    static final List<MeasuredTheme> THEMES = List.of(MeasuredTheme.values());

    private static final Map<MeasuredTheme, Double> BASE = Map.of(
            MeasuredTheme.EXTREMISM, 0.6, MeasuredTheme.RACISM, 1.2, MeasuredTheme.NETWORKS, 0.8,
            MeasuredTheme.SCHOOL, 1.5, MeasuredTheme.LEISURE, 1.3, MeasuredTheme.PUBLIC_SPACE, 1.1,
            MeasuredTheme.THREATS, 1.0, MeasuredTheme.DEMOCRACY, 0.8, MeasuredTheme.ROOT_CAUSES, 1.9,
            MeasuredTheme.PROTECTIVE, 2.4);
    private static final Map<MeasuredTheme, Double> TOWN = Map.of(
            MeasuredTheme.EXTREMISM, 0.3, MeasuredTheme.NETWORKS, 1.2, MeasuredTheme.PUBLIC_SPACE, 1.0,
            MeasuredTheme.ROOT_CAUSES, 0.4, MeasuredTheme.RACISM, 0.2, MeasuredTheme.PROTECTIVE, 0.2);
    /** Change over the five years, everywhere. */
    private static final Map<MeasuredTheme, Double> NATIONAL_TREND = Map.of(
            MeasuredTheme.NETWORKS, 0.5, MeasuredTheme.THREATS, 0.3, MeasuredTheme.RACISM, 0.2,
            MeasuredTheme.PROTECTIVE, -0.2);

    /** Where a sector usually sees a theme higher (+) or lower (−) than the municipality as a whole. */
    private static final Map<Sector, Map<MeasuredTheme, Double>> SECTOR_BIAS = Map.of(
            Sector.POLICE, Map.of(MeasuredTheme.NETWORKS, 0.5, MeasuredTheme.EXTREMISM, 0.3,
                    MeasuredTheme.PUBLIC_SPACE, 0.2, MeasuredTheme.SCHOOL, -0.2),
            Sector.SCHOOL, Map.of(MeasuredTheme.NETWORKS, -0.3, MeasuredTheme.SCHOOL, 0.2, MeasuredTheme.LEISURE, -0.2),
            Sector.SOCIAL_SERVICES, Map.of(MeasuredTheme.ROOT_CAUSES, 0.4, MeasuredTheme.NETWORKS, 0.1),
            Sector.LEISURE, Map.of(MeasuredTheme.LEISURE, 0.4, MeasuredTheme.RACISM, 0.2),
            Sector.HOUSING, Map.of(MeasuredTheme.PUBLIC_SPACE, 0.5, MeasuredTheme.ROOT_CAUSES, 0.2),
            Sector.RESCUE_SERVICES, Map.of(MeasuredTheme.PUBLIC_SPACE, 0.3, MeasuredTheme.DEMOCRACY, -0.3,
                    MeasuredTheme.EXTREMISM, -0.2),
            Sector.CIVIL_SOCIETY, Map.of(MeasuredTheme.PROTECTIVE, 0.4, MeasuredTheme.RACISM, 0.2));

    /** Themes a sector sees little of, so it answers "don't know" more often. */
    private static final Map<Sector, Set<MeasuredTheme>> FAR_FROM = Map.of(
            Sector.RESCUE_SERVICES, Set.of(MeasuredTheme.SCHOOL, MeasuredTheme.DEMOCRACY, MeasuredTheme.EXTREMISM,
                    MeasuredTheme.NETWORKS),
            Sector.HOUSING, Set.of(MeasuredTheme.SCHOOL, MeasuredTheme.LEISURE, MeasuredTheme.EXTREMISM),
            Sector.SCHOOL, Set.of(MeasuredTheme.PUBLIC_SPACE, MeasuredTheme.THREATS),
            Sector.LEISURE, Set.of(MeasuredTheme.THREATS, MeasuredTheme.DEMOCRACY),
            Sector.OTHER, Set.of(MeasuredTheme.NETWORKS, MeasuredTheme.SCHOOL));

    private final double[][] truth;

    /**
     * @param countyWave the county's wave per theme and week (shared by its municipalities)
     * @param mondays    the Monday of every generated week, oldest first
     */
    Situation(String municipalityCode, double[][] countyWave, List<LocalDate> mondays, Random random) {
        int weeks = mondays.size();
        double town = municipalityCode.endsWith("80") ? 1.0
                : municipalityCode.charAt(2) == '8' ? 0.5 : 0.0;
        truth = new double[THEMES.size()][weeks];
        for (int t = 0; t < THEMES.size(); t++) {
            MeasuredTheme theme = THEMES.get(t);
            double base = BASE.get(theme) + town * TOWN.getOrDefault(theme, 0.0) + random.nextDouble() * 0.8 - 0.4;
            double trend = NATIONAL_TREND.getOrDefault(theme, 0.0);
            double[] episode = episode(weeks, random);
            double drift = random.nextGaussian() * 0.4;
            for (int w = 0; w < weeks; w++) {
                drift = 0.985 * drift + random.nextGaussian() * 0.08;
                LocalDate monday = mondays.get(w);
                truth[t][w] = base + trend * w / weeks + countyWave[t][w] + drift + episode[w]
                        + season(theme, monday) + election(theme, monday);
            }
        }
    }

    /** A county's wave: a slow random walk per theme, shared by its municipalities. */
    static double[][] countyWave(int weeks, Random random) {
        double[][] wave = new double[THEMES.size()][weeks];
        for (int t = 0; t < wave.length; t++) {
            double value = random.nextGaussian() * 0.3;
            for (int w = 0; w < weeks; w++) {
                value = 0.99 * value + random.nextGaussian() * 0.05;
                wave[t][w] = value;
            }
        }
        return wave;
    }

    double truth(int theme, int week) {
        return truth[theme][week];
    }

    static double sectorBias(Sector sector, MeasuredTheme theme) {
        return SECTOR_BIAS.getOrDefault(sector, Map.of()).getOrDefault(theme, 0.0);
    }

    static double dontKnowChance(Sector sector, MeasuredTheme theme) {
        return FAR_FROM.getOrDefault(sector, Set.of()).contains(theme) ? 0.10 : 0.015;
    }

    private static double[] episode(int weeks, Random random) {
        double[] episode = new double[weeks];
        if (random.nextDouble() >= 0.3) {
            return episode;
        }
        double amplitude = (0.8 + random.nextDouble()) * (random.nextDouble() < 0.7 ? 1 : -1);
        int start = random.nextInt(weeks);
        int rise = 8 + random.nextInt(19);
        int plateau = 4 + random.nextInt(23);
        int ease = 8 + random.nextInt(19);
        for (int w = start; w < weeks; w++) {
            int age = w - start;
            double share = age < rise ? (double) age / rise
                    : age < rise + plateau ? 1.0
                    : Math.max(0.0, 1.0 - (double) (age - rise - plateau) / ease);
            episode[w] = amplitude * share;
        }
        return episode;
    }

    private static double season(MeasuredTheme theme, LocalDate monday) {
        int week = monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        boolean summer = week >= 25 && week <= 32;
        return switch (theme) {
            case SCHOOL -> summer ? -0.7 : 0;
            case LEISURE, PUBLIC_SPACE -> summer ? 0.4 : 0;
            default -> 0;
        };
    }

    /** General elections are held every four years (2022, 2026 …) on the second Sunday of September. */
    private static double election(MeasuredTheme theme, LocalDate monday) {
        if (theme != MeasuredTheme.THREATS) {
            return 0;
        }
        double nearest = Double.MAX_VALUE;
        for (int year = monday.getYear() - 1; year <= monday.getYear() + 1; year++) {
            if (Math.floorMod(year - 2026, 4) == 0) {
                LocalDate day = LocalDate.of(year, 9, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))
                        .plusWeeks(1);
                nearest = Math.min(nearest, Math.abs(ChronoUnit.DAYS.between(day, monday)));
            }
        }
        double weeks = nearest / 7.0;
        return 0.9 * Math.exp(-(weeks * weeks) / 18.0);
    }
}
