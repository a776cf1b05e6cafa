package se.lagesbild.bench;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.organisation.Sector;
import se.lagesbild.shared.period.IsoWeek;
import se.lagesbild.shared.period.Month;

/**
 * Five years of one municipality, written period by period so that the rows lie in time order as in a real
 * database: every unit's weekly contributions (each unit sees the {@link Situation} through its sector's and its own
 * eyes, with week-to-week noise, and changes its level only when the situation has clearly moved) and the monthly
 * pictures (the joint level of a theme is the median of the month's submitted levels, now
 * and then moved a step after discussion). Mostly approved; the newest periods are still being filled in and
 * reviewed; a few reports are returned, late or missing.
 */
final class MunicipalityHistory {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final int THEMES = Situation.THEMES.size();
    private static final int MISSING_LEVEL = -2;
    private static final int DONT_KNOW = -1;

    record Unit(long id, Sector sector) {
    }

    record Municipality(long id, String code, String countyCode, List<Unit> units) {
    }

    /** Where the generated rows go. */
    interface Sink {
        long report(String kind, Municipality municipality, Long unitId, String periodCode, String status,
                    String comment, Instant created, String createdBy, Instant submitted, String submittedBy,
                    Instant reviewed, String reviewedBy) throws SQLException;

        void answers(long reportId, Map<String, String> answers, Instant at, String by) throws SQLException;
    }

    /** The generated calendar: weeks (oldest first), months, and for each month the weeks whose Thursday is in it. */
    record Calendar(List<IsoWeek> weeks, List<Month> months, Instant now) {
        List<LocalDate> mondays() {
            return weeks.stream().map(IsoWeek::firstDay).toList();
        }

        /** The index of the first week of each month, and the number of weeks as a last element. */
        int[] monthStarts() {
            int[] starts = new int[months.size() + 1];
            int w = 0;
            for (int m = 0; m < months.size(); m++) {
                while (w < weeks.size() && weeks.get(w).firstDay().plusDays(3).isBefore(months.get(m).firstDay())) {
                    w++;
                }
                starts[m] = w;
            }
            starts[months.size()] = weeks.size();
            return starts;
        }
    }

    private static final String[] COUNTS = new String[THEMES];

    static {
        Map<MeasuredTheme, String> counts = Map.of(MeasuredTheme.EXTREMISM, "extremism_incidents",
                MeasuredTheme.RACISM, "racism_reports", MeasuredTheme.NETWORKS, "networks_youths_at_risk",
                MeasuredTheme.SCHOOL, "school_incidents", MeasuredTheme.LEISURE, "leisure_incidents",
                MeasuredTheme.PUBLIC_SPACE, "public_space_reports", MeasuredTheme.THREATS, "threats_reports");
        for (int t = 0; t < THEMES; t++) {
            COUNTS[t] = counts.get(Situation.THEMES.get(t));
        }
    }

    private static final List<String> BASIS = List.of("own_observation", "reports", "statistics",
            "partner_information");

    private final Municipality municipality;
    private final Calendar calendar;
    private final Random random;
    private final Situation situation;
    private final String coordinator;
    private final int[] monthStarts;
    private final List<UnitView> units = new ArrayList<>();
    /** levels[unit][week][theme] of submitted contributions (null when none), for the pictures. */
    private final int[][][] levels;
    private final double pictureMissing;
    private int[] previousJoint;

    MunicipalityHistory(Municipality municipality, Calendar calendar, int[] monthStarts, double[][] countyWave) {
        this.municipality = municipality;
        this.calendar = calendar;
        this.random = new Random(municipality.code().hashCode() * 7919L + 17);
        this.situation = new Situation(municipality.code(), countyWave, calendar.mondays(), random);
        this.coordinator = "bench." + municipality.code() + ".samordnare";
        this.monthStarts = monthStarts;
        for (Unit unit : municipality.units()) {
            units.add(new UnitView(unit));
        }
        this.levels = new int[units.size()][calendar.weeks().size()][];
        this.pictureMissing = random.nextDouble() < 0.05 ? 0.10 : 0.01;
    }

    /** How one unit sees the municipality: a lasting bias per theme, week-to-week noise and its habits. */
    private final class UnitView {
        final Unit unit;
        final String reporter;
        final double[] bias = new double[THEMES];
        final double[] noise = new double[THEMES];
        final int[] reported = new int[THEMES];
        final int[] last = new int[THEMES];
        final double lateness;
        final double missing;

        UnitView(Unit unit) {
            this.unit = unit;
            this.reporter = "bench." + municipality.code() + "." + unit.sector().name().toLowerCase();
            Arrays.fill(reported, MISSING_LEVEL);
            Arrays.fill(last, MISSING_LEVEL);
            for (int t = 0; t < THEMES; t++) {
                bias[t] = random.nextDouble() * 0.4 - 0.2;
            }
            this.lateness = 0.03 + random.nextDouble() * 0.15;
            this.missing = random.nextDouble() < 0.06 ? 0.12 : 0.01;
        }
    }

    /** Writes every unit's contribution of week {@code w} (weeks must come in order). */
    void week(int w, Sink sink) throws SQLException {
        for (int u = 0; u < units.size(); u++) {
            levels[u][w] = contribution(units.get(u), w, sink);
        }
    }

    /** Writes the picture of month {@code m}, after all its weeks (months must come in order). */
    void month(int m, Sink sink) throws SQLException {
        int[] joint = joint(m);
        String status = status(calendar.months().size() - 1 - m, pictureMissing, false);
        if (status != null) {
            var answers = new TreeMap<String, String>();
            int themesAnswered = status.equals("DRAFT") ? 2 + random.nextInt(8) : THEMES;
            for (int t = 0; t < themesAnswered; t++) {
                themeAnswers(t, joint[t], change(previousJoint == null ? MISSING_LEVEL : previousJoint[t], joint[t]),
                        answers, 0.6, 0.5, true);
            }
            if (!status.equals("DRAFT")) {
                answers.put("summary_joint", SyntheticTexts.pictureSummary(random));
                if (random.nextDouble() < 0.3) {
                    answers.put("summary_support", SyntheticTexts.support(random));
                }
            }
            Month month = calendar.months().get(m);
            LocalDate next = month.lastDay().plusDays(1);
            Instant due = at(next.plusDays(7), 16);
            Instant created = at(next, 9).plus(Duration.ofMinutes(random.nextInt(3 * 24 * 60)));
            Instant sent = random.nextDouble() < 0.12 ? due.plus(Duration.ofHours(2 + random.nextInt(10 * 24)))
                    : due.minus(Duration.ofMinutes(30 + random.nextInt(3 * 24 * 60)));
            written(sink, "PICTURE", null, month.code(), status, created, coordinator, sent,
                    Duration.ofHours(4 + random.nextInt(9 * 24)), answers);
        }
        previousJoint = joint;
    }

    /** The unit's levels of the week if it submitted them, else null. */
    private int[] contribution(UnitView view, int w, Sink sink) throws SQLException {
        Unit unit = view.unit;
        int[] values = new int[THEMES];
        for (int t = 0; t < THEMES; t++) {
            MeasuredTheme theme = Situation.THEMES.get(t);
            view.noise[t] = 0.75 * view.noise[t] + random.nextGaussian() * 0.25;
            double seen = situation.truth(t, w) + Situation.sectorBias(unit.sector(), theme) + view.bias[t]
                    + view.noise[t];
            if (view.reported[t] == MISSING_LEVEL || Math.abs(seen - view.reported[t]) > 0.7) {
                view.reported[t] = (int) Math.max(0, Math.min(4, Math.round(seen)));
            }
            values[t] = random.nextDouble() < Situation.dontKnowChance(unit.sector(), theme) ? DONT_KNOW
                    : view.reported[t];
        }
        String status = status(calendar.weeks().size() - 1 - w, view.missing, true);
        if (status == null) {
            Arrays.fill(view.last, MISSING_LEVEL);
            return null;
        }
        var answers = new TreeMap<String, String>();
        int themesAnswered = status.equals("DRAFT") ? 3 + random.nextInt(7) : THEMES;
        for (int t = 0; t < themesAnswered; t++) {
            themeAnswers(t, values[t], change(view.last[t], values[t]), answers, 0.10, 0.08, false);
        }
        System.arraycopy(values, 0, view.last, 0, THEMES);
        boolean submitted = !status.equals("DRAFT");
        if (submitted) {
            answers.put("summary_joint", SyntheticTexts.contributionSummary(random));
        }
        IsoWeek week = calendar.weeks().get(w);
        Instant monday = at(week.firstDay(), 8);
        Instant due = at(week.firstDay().plusDays(7), 12);
        Instant created = monday.plus(Duration.ofMinutes(random.nextInt(4 * 24 * 60)));
        Instant sent = random.nextDouble() < view.lateness ? due.plus(Duration.ofMinutes(30 + random.nextInt(54 * 60)))
                : due.minus(Duration.ofMinutes(15 + random.nextInt(3 * 24 * 60)));
        written(sink, "CONTRIBUTION", unit.id(), week.code(), status, created, view.reporter, sent,
                Duration.ofMinutes(120 + random.nextInt(46 * 60)), answers);
        return submitted ? values : null;
    }

    private long written(Sink sink, String kind, Long unitId, String period, String status, Instant created,
                         String reporter, Instant sent, Duration review, Map<String, String> answers)
            throws SQLException {
        Instant latest = calendar.now().minusSeconds(60);
        Instant submitted = min(sent, latest.minus(Duration.ofMinutes(1 + random.nextInt(120))));
        created = min(created, submitted.minus(Duration.ofMinutes(30 + random.nextInt(120))));
        Instant reviewed = min(submitted.plus(review), latest);
        boolean wasSubmitted = !status.equals("DRAFT");
        boolean wasReviewed = status.equals("APPROVED") || status.equals("RETURNED");
        String reviewer = unitId != null ? coordinator : "bench.lan" + municipality.countyCode();
        String comment = status.equals("RETURNED") ? SyntheticTexts.pick(SyntheticTexts.RETURNS, random) : null;
        long id = sink.report(kind, municipality, unitId, period, status, comment, created, reporter,
                wasSubmitted ? submitted : null, wasSubmitted ? reporter : null,
                wasReviewed ? reviewed : null, wasReviewed ? reviewer : null);
        Instant answeredAt = wasSubmitted ? submitted.minusSeconds(600) : created.plusSeconds(1200);
        sink.answers(id, answers, answeredAt, reporter);
        return id;
    }

    /** The median of the month's submitted levels per theme, now and then moved a step; "don't know" when none. */
    private int[] joint(int month) {
        int[] joint = new int[THEMES];
        var known = new ArrayList<Integer>();
        for (int t = 0; t < THEMES; t++) {
            known.clear();
            for (int[][] unit : levels) {
                for (int w = monthStarts[month]; w < monthStarts[month + 1]; w++) {
                    if (unit[w] != null && unit[w][t] >= 0) {
                        known.add(unit[w][t]);
                    }
                }
            }
            if (known.isEmpty()) {
                joint[t] = DONT_KNOW;
                continue;
            }
            known.sort(null);
            int n = known.size();
            int median = (int) Math.round((known.get((n - 1) / 2) + known.get(n / 2)) / 2.0);
            if (random.nextDouble() < 0.08) {
                median = Math.max(0, Math.min(4, median + (random.nextBoolean() ? 1 : -1)));
            }
            joint[t] = median;
        }
        return joint;
    }

    /** Null when never reported; the newest periods are still being filled in and reviewed. */
    private String status(int age, double missing, boolean contribution) {
        double r = random.nextDouble();
        if (age == 0) {
            return r < 0.10 ? null : r < 0.25 ? "DRAFT" : r < 0.60 ? "SUBMITTED" : "APPROVED";
        }
        if (age == 1 || (contribution && age <= 2)) {
            return r < missing + 0.03 ? null : r < missing + 0.05 ? "DRAFT" : r < missing + 0.15 ? "SUBMITTED"
                    : r < missing + 0.18 ? "RETURNED" : "APPROVED";
        }
        return r < missing ? null : r < missing + 0.02 ? "RETURNED" : r < missing + 0.025 ? "SUBMITTED"
                : r < missing + 0.028 ? "DRAFT" : "APPROVED";
    }

    private String change(int before, int now) {
        if (random.nextDouble() < 0.03) {
            return "dont_know";
        }
        if (before < 0 || now < 0) {
            return random.nextBoolean() ? "dont_know" : "unchanged";
        }
        return now > before ? "increasing" : now < before ? "decreasing" : "unchanged";
    }

    private void themeAnswers(int t, int level, String change, Map<String, String> answers, double basisChance,
                              double countChance, boolean picture) {
        MeasuredTheme theme = Situation.THEMES.get(t);
        String key = theme.key();
        answers.put(key + "_level", level < 0 ? "dont_know" : Integer.toString(level));
        answers.put(key + "_change", change);
        if (level < 0) {
            return;
        }
        double observed = picture ? (level >= 2 ? 0.4 : 0) : level >= 2 ? (change.equals("increasing") ? 0.12 : 0.015)
                : 0;
        if (random.nextDouble() < observed) {
            answers.put(key + "_observed", SyntheticTexts.observed(theme, random));
        }
        if (level >= 1 && random.nextDouble() < basisChance) {
            answers.put(key + "_basis", basis());
        }
        if (COUNTS[t] != null && random.nextDouble() < countChance && (level >= 1 || theme != MeasuredTheme.EXTREMISM)) {
            int scale = picture ? 4 : 1;
            answers.put(COUNTS[t], Integer.toString(level == 0 ? 0 : random.nextInt(2 * level * scale) + 1));
        }
    }

    /** One to four grounds, in the form's order (as the application stores them). */
    private String basis() {
        int first = random.nextInt(BASIS.size());
        var chosen = new ArrayList<String>();
        for (int i = 0; i < BASIS.size(); i++) {
            if (i == first || random.nextDouble() < 0.3) {
                chosen.add(BASIS.get(i));
            }
        }
        return String.join(",", chosen);
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(STOCKHOLM).toInstant();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
