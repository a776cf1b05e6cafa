package se.lagesbild.reporting.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

import se.lagesbild.reporting.ReportKind;
import se.lagesbild.reporting.ReportStatus;
import se.lagesbild.reporting.demo.DemoWeeks.DemoWeek;

/**
 * A year of weekly contributions of one unit. Each unit follows {@link DemoSituation} through its own eyes (a
 * lasting bias per theme and week-to-week noise) and, like a real reporter, changes its level only when the
 * situation has clearly moved. The unit's seed comes from its municipality and name, so the history is the same in
 * every run.
 */
final class ContributionHistory {

    static final String DEMO_USER = "demo";

    /** A unit that reports; {@code reporter} and {@code reviewer} are demo usernames, or null when there is none. */
    record DemoUnit(long id, long municipalityId, String municipalityCode, String name, String sector,
                    String reporter, String reviewer) {
    }

    /** The counts of the default form by theme; extremism's count is shown only when its level is at least 1. */
    static final Map<String, String> COUNTS = Map.of(
            "extremism", "extremism_incidents", "racism", "racism_reports", "networks", "networks_youths_at_risk",
            "school", "school_incidents", "leisure", "leisure_incidents", "public_space", "public_space_reports",
            "threats", "threats_reports");

    static final List<String> BASIS = List.of("own_observation", "reports", "statistics", "partner_information");

    private static final double MISSING = 0.035;
    private static final double RETURNED = 0.03;

    private final DemoUnit unit;
    private final Random random;
    private final double lateness;
    private final double[] base;
    private final double[] bias;
    private final double[] noise;
    private final int[] reported;
    private final String[] lastValue;

    private ContributionHistory(DemoUnit unit) {
        this.unit = unit;
        this.random = new Random(DemoSeeds.of(unit.municipalityCode() + "/" + unit.name()));
        int themes = DemoSituation.THEMES.size();
        this.lateness = 0.04 + random.nextDouble() * 0.16;
        this.base = new double[themes];
        this.bias = new double[themes];
        this.noise = new double[themes];
        this.reported = new int[themes];
        this.lastValue = new String[themes];
        for (int t = 0; t < themes; t++) {
            base[t] = DemoSituation.base(unit.municipalityCode(), DemoSituation.THEMES.get(t));
            bias[t] = random.nextDouble() * 0.4 - 0.2;
            reported[t] = -1;
        }
    }

    /**
     * The unit's contributions for {@code weeks} (oldest first, the newest complete week last); a week is left out
     * when the unit has not reported it or when {@code skip} holds for its period code.
     */
    static List<DemoReport> of(DemoUnit unit, DemoWeeks weeks, Instant now, Predicate<String> skip) {
        var history = new ContributionHistory(unit);
        history.levels(weeks.warmUp()); // the week before, so that the first week has a change
        var reports = new ArrayList<DemoReport>();
        for (DemoWeek week : weeks.weeks()) {
            DemoReport report = history.week(week, now);
            if (report != null && !skip.test(week.code())) {
                reports.add(report);
            }
        }
        return reports;
    }

    /** The level answers of one week, also moving the unit's view on; values are "0".."4" or "dont_know". */
    private String[] levels(DemoWeek week) {
        String[] values = new String[DemoSituation.THEMES.size()];
        for (int t = 0; t < values.length; t++) {
            String theme = DemoSituation.THEMES.get(t);
            noise[t] = 0.75 * noise[t] + random.nextGaussian() * 0.25;
            double seen = base[t] + week.everywhere()[t]
                    + DemoSituation.trend(unit.municipalityCode(), theme, week.age())
                    + DemoSituation.sectorBias(unit.municipalityCode(), unit.sector(), theme, week.age())
                    + bias[t] + noise[t];
            if (reported[t] < 0 || Math.abs(seen - reported[t]) > 0.7) {
                reported[t] = (int) Math.max(0, Math.min(4, Math.round(seen)));
            }
            values[t] = random.nextDouble() < DemoSituation.dontKnowChance(unit.sector(), theme) ? "dont_know"
                    : Integer.toString(reported[t]);
        }
        return values;
    }

    private DemoReport week(DemoWeek week, Instant now) {
        String[] levels = levels(week);
        var answers = new LinkedHashMap<String, String>();
        var rising = new ArrayList<String>();
        ReportStatus status = status(week.age());
        int themesAnswered = status == ReportStatus.DRAFT ? 3 + random.nextInt(7) : levels.length;
        for (int t = 0; t < levels.length; t++) {
            String theme = DemoSituation.THEMES.get(t);
            String change = change(lastValue[t], levels[t]);
            lastValue[t] = levels[t];
            if (t < themesAnswered) {
                themeAnswers(theme, levels[t], change, answers);
                if (change.equals("increasing") && !theme.equals("protective") && rising.size() < 2) {
                    rising.add(theme);
                }
            }
        }
        answers.put("summary_joint", DemoTexts.contributionSummary(rising, random));
        return status == null ? null : timed(week, status, answers, now);
    }

    /** Null when the unit never reported the week; the newest weeks are still being filled in and reviewed. */
    private ReportStatus status(int age) {
        double r = random.nextDouble();
        return switch (age) {
            case 0 -> r < 0.12 ? null : r < 0.30 ? ReportStatus.DRAFT : r < 0.72 ? ReportStatus.SUBMITTED
                    : ReportStatus.APPROVED;
            case 1 -> r < 0.06 ? null : r < 0.09 ? ReportStatus.DRAFT : r < 0.24 ? ReportStatus.SUBMITTED
                    : r < 0.27 ? ReportStatus.RETURNED : ReportStatus.APPROVED;
            default -> r < MISSING ? null : r < MISSING + RETURNED ? ReportStatus.RETURNED : ReportStatus.APPROVED;
        };
    }

    private String change(String before, String now) {
        if (random.nextDouble() < 0.03) {
            return "dont_know";
        }
        if (before == null || before.equals("dont_know") || now.equals("dont_know")) {
            return random.nextBoolean() ? "dont_know" : "unchanged";
        }
        int diff = Integer.compare(Integer.parseInt(now), Integer.parseInt(before));
        return diff > 0 ? "increasing" : diff < 0 ? "decreasing" : "unchanged";
    }

    private void themeAnswers(String theme, String level, String change, Map<String, String> answers) {
        answers.put(DemoSituation.levelKey(theme), level);
        answers.put(DemoSituation.changeKey(theme), change);
        if (level.equals("dont_know")) {
            return;
        }
        int value = Integer.parseInt(level);
        if (value >= 2 && random.nextDouble() < (change.equals("increasing") ? 0.12 : 0.015)) {
            answers.put(theme + "_observed", DemoTexts.observed(theme, random));
        }
        if (value >= 1 && random.nextDouble() < 0.1) {
            answers.put(theme + "_basis", basis(random));
        }
        String count = COUNTS.get(theme);
        if (count != null && random.nextDouble() < 0.08 && (value >= 1 || !theme.equals("extremism"))) {
            answers.put(count, Integer.toString(value == 0 ? 0 : random.nextInt(2 * value) + (value >= 2 ? 1 : 0)));
        }
    }

    /** One to four grounds, in the form's order (as the application stores them). */
    static String basis(Random random) {
        int first = random.nextInt(BASIS.size());
        var chosen = new ArrayList<String>();
        for (int i = 0; i < BASIS.size(); i++) {
            if (i == first || random.nextDouble() < 0.3) {
                chosen.add(BASIS.get(i));
            }
        }
        return String.join(",", chosen);
    }

    /** Started during the week, submitted around the Monday-noon deadline (the unit's habit decides how late). */
    private DemoReport timed(DemoWeek week, ReportStatus status, Map<String, String> answers, Instant now) {
        Instant latest = now.minusSeconds(60);
        Instant created = week.mondayMorning().plus(Duration.ofDays(random.nextInt(4)))
                .plus(DemoTime.minutes(random, 0, 8 * 60));
        Instant due = week.due();
        boolean late = random.nextDouble() < lateness;
        Instant submitted = late ? due.plus(DemoTime.minutes(random, 30, 54 * 60))
                : due.minus(DemoTime.minutes(random, 15, 4 * 24 * 60 - 60));
        submitted = DemoTime.atMost(submitted, latest.minus(DemoTime.minutes(random, 1, 120)));
        created = DemoTime.atMost(created, submitted.minus(DemoTime.minutes(random, 30, 150)));
        Instant reviewed = DemoTime.atMost(submitted.plus(DemoTime.minutes(random, 120, 48 * 60)), latest);
        reviewed = DemoTime.atLeast(reviewed, submitted);
        String reporter = unit.reporter() == null ? DEMO_USER : unit.reporter();
        String reviewer = unit.reviewer() == null ? DEMO_USER : unit.reviewer();
        boolean wasSubmitted = status != ReportStatus.DRAFT;
        boolean wasReviewed = status == ReportStatus.APPROVED || status == ReportStatus.RETURNED;
        String comment = status == ReportStatus.RETURNED ? DemoTexts.pick(DemoTexts.CONTRIBUTION_RETURNS, random)
                : null;
        return new DemoReport(ReportKind.CONTRIBUTION, unit.municipalityId(), unit.id(), week.code(), status, comment,
                created, reporter, wasSubmitted ? submitted : null, wasSubmitted ? reporter : null,
                wasReviewed ? reviewed : null, wasReviewed ? reviewer : null, answers, null);
    }
}
