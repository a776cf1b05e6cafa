package se.lagesbild.reporting.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import se.lagesbild.form.MeasuredTheme;

/**
 * The invented "true" situation behind the demo history, with a few stories a newcomer can find: racism rising over
 * the last three months in Falun, Mora, Avesta and Ludvika; criminal networks rising all year in Västerås and
 * Borlänge; a troubled school climate easing (its level falling) over the last half-year in Sala and Hedemora;
 * threats against officials peaking around the general election; and the police rating networks about a step
 * higher than the school does, two steps lately in Ludvika and Köping, a disagreement the working group must
 * discuss.
 * <p>
 * What a sector sees of a theme in a municipality in a week is {@link #base} + {@link #trend} + {@link #everywhere}
 * + {@link #sectorBias}; each unit then adds its own view and the week's noise ({@link ContributionHistory}).
 * {@code age} counts complete weeks back from the newest (0).
 */
final class DemoSituation {

    static final List<String> THEMES = Arrays.stream(MeasuredTheme.values()).map(MeasuredTheme::key).toList();
    private static final Map<String, String> LEVEL_KEYS = keys("_level");
    private static final Map<String, String> CHANGE_KEYS = keys("_change");

    static final Set<String> RACISM_RISING = Set.of("2080", "2062", "2084", "2085");
    static final Set<String> NETWORKS_RISING = Set.of("1980", "2081");
    static final Set<String> SCHOOL_IMPROVING = Set.of("1981", "2083");
    static final Set<String> NETWORKS_DISPUTED = Set.of("2085", "1983");
    static final int RACISM_WEEKS = 13;
    static final int DISPUTE_WEEKS = 10;

    private static final Set<String> TOWNS = Set.of("1980", "2080", "2081");
    private static final Set<String> SMALL_TOWNS = Set.of("1961", "1981", "1982", "1983", "2062", "2083", "2084",
            "2085");

    /** Where a sector usually sees a theme higher (+) or lower (−) than the municipality as a whole. */
    private static final Map<String, Map<String, Double>> SECTOR_BIAS = Map.of(
            "POLICE", Map.of("networks", 0.5, "extremism", 0.3, "public_space", 0.2, "school", -0.2),
            "SCHOOL", Map.of("networks", -0.3, "school", 0.2, "leisure", -0.2),
            "SOCIAL_SERVICES", Map.of("root_causes", 0.4, "networks", 0.1),
            "LEISURE", Map.of("leisure", 0.4, "racism", 0.2),
            "HOUSING", Map.of("public_space", 0.5, "root_causes", 0.2),
            "RESCUE_SERVICES", Map.of("public_space", 0.3, "democracy", -0.3, "extremism", -0.2));

    /** Themes a sector sees little of, so it answers "don't know" more often. */
    private static final Map<String, Set<String>> FAR_FROM = Map.of(
            "RESCUE_SERVICES", Set.of("school", "democracy", "extremism", "networks"),
            "HOUSING", Set.of("school", "leisure", "extremism"),
            "SCHOOL", Set.of("public_space", "threats"),
            "LEISURE", Set.of("threats", "democracy"));

    private DemoSituation() {
    }

    static String levelKey(String theme) {
        return LEVEL_KEYS.get(theme);
    }

    static String changeKey(String theme) {
        return CHANGE_KEYS.get(theme);
    }

    private static Map<String, String> keys(String suffix) {
        return THEMES.stream().collect(Collectors.toUnmodifiableMap(t -> t, t -> t + suffix));
    }

    /** What moves a theme in every municipality in a week: the seasons and elections. */
    static double everywhere(String theme, LocalDate monday) {
        return season(theme, monday) + election(theme, monday);
    }

    /** Where a municipality stands on a theme apart from any trend; towns see more networks and unsafe places. */
    static double base(String municipality, String theme) {
        boolean town = TOWNS.contains(municipality);
        boolean smallTown = SMALL_TOWNS.contains(municipality);
        double base = switch (theme) {
            case "extremism" -> town ? 0.9 : 0.6;
            case "racism" -> 1.2;
            case "networks" -> town ? 2.0 : smallTown ? 1.3 : 0.7;
            case "school" -> 1.5;
            case "leisure" -> 1.3;
            case "public_space" -> town ? 2.1 : smallTown ? 1.5 : 1.0;
            case "threats" -> 1.0;
            case "democracy" -> 0.8;
            case "root_causes" -> town || smallTown ? 2.2 : 1.8;
            case "protective" -> 2.5;
            default -> 1.0;
        };
        // each municipality its own character, the same in every run
        return base + new Random(DemoSeeds.of(municipality + "#" + theme)).nextDouble() * 0.8 - 0.4;
    }

    static double trend(String municipality, String theme, int age) {
        if (theme.equals("racism") && RACISM_RISING.contains(municipality)) {
            return 2.0 * Math.max(0, RACISM_WEEKS - age) / RACISM_WEEKS;
        }
        if (theme.equals("networks") && NETWORKS_RISING.contains(municipality)) {
            return 1.8 * Math.max(0, 51 - age) / 51.0;
        }
        if (theme.equals("school") && SCHOOL_IMPROVING.contains(municipality)) {
            // a troubled school climate that has eased over the last half-year
            return 0.8 - 1.6 * Math.max(0, 26 - age) / 26.0;
        }
        return 0;
    }

    /** School is closed in summer, when youth centres and public places see more. */
    static double season(String theme, LocalDate monday) {
        int week = monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        boolean summer = week >= 25 && week <= 32;
        return switch (theme) {
            case "school" -> summer ? -0.7 : 0;
            case "leisure", "public_space" -> summer ? 0.4 : 0;
            default -> 0;
        };
    }

    /**
     * Threats against elected representatives and officials rise in the weeks around a general election, held
     * every four years (2026, 2030…) on the second Sunday of September.
     */
    static double election(String theme, LocalDate monday) {
        if (!theme.equals("threats")) {
            return 0;
        }
        double nearest = Double.MAX_VALUE;
        for (int year = monday.getYear() - 1; year <= monday.getYear() + 1; year++) {
            if (Math.floorMod(year - 2026, 4) == 0) {
                nearest = Math.min(nearest, Math.abs(ChronoUnit.DAYS.between(electionDay(year), monday)));
            }
        }
        double weeks = nearest / 7.0;
        return 0.9 * Math.exp(-(weeks * weeks) / 18.0);
    }

    /** The second Sunday of September. */
    static LocalDate electionDay(int year) {
        return LocalDate.of(year, 9, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)).plusWeeks(1);
    }

    static double sectorBias(String municipality, String sector, String theme, int age) {
        double bias = SECTOR_BIAS.getOrDefault(sector, Map.of()).getOrDefault(theme, 0.0);
        if (sector.equals("POLICE") && theme.equals("networks") && NETWORKS_DISPUTED.contains(municipality)
                && age < DISPUTE_WEEKS) {
            bias += 1.3;
        }
        return bias;
    }

    static double dontKnowChance(String sector, String theme) {
        return FAR_FROM.getOrDefault(sector, Set.of()).contains(theme) ? 0.12 : 0.02;
    }
}
