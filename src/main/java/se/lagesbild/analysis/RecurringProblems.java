package se.lagesbild.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.shared.period.Period;

/**
 * Recurring problems ("gemensamma nämnare"): themes that trouble several municipalities of a county in the same
 * period. One municipality at a high level is that municipality's concern; several at once is a pattern the county
 * board should act on regionally (shared training, a joint effort, a word to the national level).
 *
 * <p>A municipality counts for a theme when its approved picture for the period is either <em>high</em> — concern
 * {@value #HIGH_CONCERN} or more, i.e. level 3–4, or for protective factors level 0–1 — or <em>rising</em>: see
 * {@link #worseningThreePeriods}. Both rules work on {@link Concern}, so weakening protective factors are found as
 * rising risks are, and strong protective factors never are.
 *
 * <p>Only approved pictures count, and nothing is inferred: a missing or unapproved picture, or a "don't know",
 * is never read as a level or as a change.
 */
public final class RecurringProblems {

    /** How many municipalities make a theme recurring unless the county chooses otherwise. */
    public static final int DEFAULT_MIN_MUNICIPALITIES = 3;

    /** In how many counties a theme must recur to be a national recurring problem. */
    public static final int MIN_COUNTIES = 2;

    /** The concern from which a level is "high" (level 3 – high; for protective factors level 1 – low). */
    public static final int HIGH_CONCERN = 3;

    /** How many consecutive worsening answers make a municipality "rising". */
    public static final int RISING_PERIODS = 3;

    /**
     * A theme recurring in a county in one period.
     *
     * @param members the municipalities that count, most worrying first
     */
    public record RecurringProblem(MeasuredTheme theme, Period period, List<Member> members) {
        public RecurringProblem {
            members = List.copyOf(members);
        }
    }

    /**
     * One municipality counted in a recurring problem.
     *
     * @param level  its approved level in the period (null: approved but "don't know" — it can then only be rising)
     * @param high   at concern {@value RecurringProblems#HIGH_CONCERN} or more
     * @param rising worsening {@value RecurringProblems#RISING_PERIODS} periods in a row
     */
    public record Member(long municipalityId, Integer level, boolean high, boolean rising) {
    }

    /**
     * A theme recurring in at least {@value RecurringProblems#MIN_COUNTIES} counties. National readers see counts per
     * county, never municipality names: the national view is about patterns, not about naming municipalities.
     *
     * @param counties the counties where the theme recurs, most municipalities first
     */
    public record NationalRecurringProblem(MeasuredTheme theme, Period period, List<CountyShare> counties) {
        public NationalRecurringProblem {
            counties = List.copyOf(counties);
        }

        /** The municipalities counted, summed over the counties. */
        public int municipalities() {
            return counties.stream().mapToInt(CountyShare::municipalities).sum();
        }
    }

    /**
     * @param municipalities how many of the county's municipalities count (high or rising)
     * @param approved       how many of the county's municipalities had an approved, known level for the theme in the
     *                       period — the base the count should be read against
     */
    public record CountyShare(long countyId, int municipalities, int approved) {
    }

    private RecurringProblems() {
    }

    /**
     * The themes recurring in a county's grid in one period, most members first, then in theme order.
     *
     * @param grid              the county's municipalities (every municipality in the grid is considered)
     * @param minMunicipalities how many municipalities must count; at least 1
     */
    public static List<RecurringProblem> inCounty(LevelGrid grid, Period period, int minMunicipalities) {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(period, "period");
        requirePositive(minMunicipalities);
        var problems = new ArrayList<RecurringProblem>();
        for (MeasuredTheme theme : MeasuredTheme.values()) {
            List<Member> members = members(grid, grid.municipalityIds(), period, theme);
            if (members.size() >= minMunicipalities) {
                problems.add(new RecurringProblem(theme, period, members));
            }
        }
        // Stable sort: equal sizes keep theme order.
        problems.sort(Comparator.comparingInt((RecurringProblem p) -> p.members().size()).reversed());
        return List.copyOf(problems);
    }

    /**
     * The themes recurring, by the county rule, in at least {@value #MIN_COUNTIES} counties: most counties first,
     * then most municipalities, then theme order. Counties are ordered by municipalities counted, then by id.
     *
     * @param grid                 municipalities of several counties
     * @param countyOfMunicipality each municipality's county; municipalities not in it are left out
     */
    public static List<NationalRecurringProblem> acrossCounties(LevelGrid grid, Period period, int minMunicipalities,
                                                                Map<Long, Long> countyOfMunicipality) {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(countyOfMunicipality, "countyOfMunicipality");
        requirePositive(minMunicipalities);
        var byCounty = new TreeMap<Long, List<Long>>();
        for (long municipalityId : grid.municipalityIds()) {
            Long countyId = countyOfMunicipality.get(municipalityId);
            if (countyId != null) {
                byCounty.computeIfAbsent(countyId, id -> new ArrayList<>()).add(municipalityId);
            }
        }
        var problems = new ArrayList<NationalRecurringProblem>();
        for (MeasuredTheme theme : MeasuredTheme.values()) {
            var shares = new ArrayList<CountyShare>();
            for (Map.Entry<Long, List<Long>> county : byCounty.entrySet()) {
                List<Member> members = members(grid, county.getValue(), period, theme);
                if (members.size() >= minMunicipalities) {
                    int approved = (int) county.getValue().stream()
                            .filter(id -> grid.level(id, period, theme) != null).count();
                    shares.add(new CountyShare(county.getKey(), members.size(), approved));
                }
            }
            if (shares.size() >= MIN_COUNTIES) {
                shares.sort(Comparator.comparingInt(CountyShare::municipalities).reversed()
                        .thenComparingLong(CountyShare::countyId));
                problems.add(new NationalRecurringProblem(theme, period, shares));
            }
        }
        problems.sort(Comparator.comparingInt((NationalRecurringProblem p) -> p.counties().size())
                .thenComparingInt(NationalRecurringProblem::municipalities).reversed());
        return List.copyOf(problems);
    }

    /**
     * Whether the municipality's approved pictures for {@code period} and the {@value #RISING_PERIODS} − 1 periods
     * before it all answer "change since the previous period" in the worsening direction ({@link Concern#worsening}).
     * A missing or unapproved picture, or an unknown change, in any of them breaks the run: we never infer what a
     * municipality did not say, and a gap cannot be bridged by guessing.
     */
    public static boolean worseningThreePeriods(LevelGrid grid, long municipalityId, Period period,
                                                MeasuredTheme theme) {
        Period current = period;
        for (int i = 0; i < RISING_PERIODS; i++) {
            // LevelGrid only holds assessments of approved pictures, so an absent one is missing or unapproved.
            if (!Concern.worsening(theme, grid.change(municipalityId, current, theme))) {
                return false;
            }
            current = current.previous();
        }
        return true;
    }

    /** Whether the level is at the problem level for the theme (concern {@value #HIGH_CONCERN} or more). */
    public static boolean high(MeasuredTheme theme, Integer level) {
        Integer concern = Concern.of(theme, level);
        return concern != null && concern >= HIGH_CONCERN;
    }

    private static List<Member> members(LevelGrid grid, List<Long> municipalityIds, Period period,
                                        MeasuredTheme theme) {
        var members = new LinkedHashMap<Long, Member>();
        for (long municipalityId : municipalityIds) {
            Integer level = grid.level(municipalityId, period, theme);
            boolean high = high(theme, level);
            boolean rising = worseningThreePeriods(grid, municipalityId, period, theme);
            if (high || rising) {
                members.put(municipalityId, new Member(municipalityId, level, high, rising));
            }
        }
        var sorted = new ArrayList<>(members.values());
        sorted.sort(Comparator
                .comparing((Member m) -> Concern.of(theme, m.level()), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Member::rising, Comparator.reverseOrder())
                .thenComparingLong(Member::municipalityId));
        return sorted;
    }

    private static void requirePositive(int minMunicipalities) {
        if (minMunicipalities < 1) {
            throw new IllegalArgumentException("minMunicipalities must be 1 or more, was " + minMunicipalities);
        }
    }
}
