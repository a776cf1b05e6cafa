package se.lagesbild.reporting.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

import se.lagesbild.organisation.Sector;
import se.lagesbild.reporting.ReportKind;
import se.lagesbild.reporting.ReportStatus;
import se.lagesbild.reporting.demo.DemoReport.DemoMeeting;
import se.lagesbild.shared.period.DueDates;
import se.lagesbild.shared.period.IsoWeek;
import se.lagesbild.shared.period.Month;
import se.lagesbild.shared.period.SwedishCalendar;

/**
 * A year of monthly pictures of one municipality, agreed from its units' contributions: the joint level of a theme
 * is the median of the month's submitted levels, now and then moved a step after discussion; the summary names the
 * most serious and the rising themes and where police and school disagree by two steps or more.
 */
final class PictureHistory {

    /** A municipality; {@code coordinator} and {@code countyReviewer} are demo usernames, or null. */
    record DemoMunicipality(long id, String code, String coordinator, String countyReviewer) {
    }

    /** How likely each sector is to be at the working group's meeting. */
    private static final Map<Sector, Double> PRESENT = Map.of(Sector.POLICE, 1.0, Sector.SOCIAL_SERVICES, 0.95,
            Sector.SCHOOL, 0.9, Sector.LEISURE, 0.7, Sector.HOUSING, 0.6, Sector.RESCUE_SERVICES, 0.4,
            Sector.CIVIL_SOCIETY, 0.25);

    /** Pictures the county board has returned and that wait for the municipality: code → months back. */
    static final Map<String, Integer> RETURNED = Map.of("2085", 2, "1983", 1);

    private final DemoMunicipality municipality;
    private final Random random;

    private PictureHistory(DemoMunicipality municipality) {
        this.municipality = municipality;
        this.random = new Random(DemoSeeds.of("picture/" + municipality.code()));
    }

    /**
     * The pictures for {@code months} (oldest first), from the municipality's contributions; {@code sectors} gives
     * each unit's sector. A month is left out when the municipality has not started it or {@code skip} holds.
     */
    static List<DemoReport> of(DemoMunicipality municipality, List<Month> months, List<DemoReport> contributions,
                               Map<Long, String> sectors, Instant now, Predicate<String> skip) {
        var byMonth = new HashMap<Month, List<DemoReport>>();
        for (DemoReport contribution : contributions) {
            if (contribution.status() != ReportStatus.DRAFT) {
                byMonth.computeIfAbsent(monthOf(contribution), m -> new ArrayList<>()).add(contribution);
            }
        }
        var history = new PictureHistory(municipality);
        var pictures = new ArrayList<DemoReport>();
        Map<String, String> previous = history.joint(byMonth.getOrDefault(months.get(0).previous(), List.of()));
        for (int i = 0; i < months.size(); i++) {
            Month month = months.get(i);
            List<DemoReport> reports = byMonth.getOrDefault(month, List.of());
            Map<String, String> joint = history.joint(reports);
            DemoReport picture = history.picture(month, months.size() - 1 - i, joint, previous,
                    disputed(reports, sectors), now);
            previous = joint;
            if (picture != null && !skip.test(month.code())) {
                pictures.add(picture);
            }
        }
        return pictures;
    }

    /** A week belongs to the month its Thursday lies in, as ISO weeks belong to years. */
    static Month monthOf(DemoReport contribution) {
        return Month.containing(IsoWeek.parse(contribution.periodCode()).firstDay().plusDays(3));
    }

    /** The median of the numeric levels (halves rounded up), or "dont_know" when nobody gave one. */
    static String median(List<Integer> levels) {
        if (levels.isEmpty()) {
            return "dont_know";
        }
        List<Integer> sorted = levels.stream().sorted().toList();
        int n = sorted.size();
        return Long.toString(Math.round((sorted.get((n - 1) / 2) + sorted.get(n / 2)) / 2.0));
    }

    static List<Integer> levels(List<DemoReport> reports, String theme) {
        return reports.stream().map(r -> r.answers().getOrDefault(DemoSituation.levelKey(theme), "dont_know"))
                .filter(v -> !v.equals("dont_know")).map(Integer::valueOf).toList();
    }

    private Map<String, String> joint(List<DemoReport> reports) {
        var joint = new LinkedHashMap<String, String>();
        for (String theme : DemoSituation.THEMES) {
            String median = median(levels(reports, theme));
            if (!median.equals("dont_know") && random.nextDouble() < 0.08) {
                int moved = Integer.parseInt(median) + (random.nextBoolean() ? 1 : -1);
                median = Integer.toString(Math.max(0, Math.min(4, moved)));
            }
            joint.put(theme, median);
        }
        return joint;
    }

    /**
     * Themes where the police's level lay two steps or more from the school's in most of the month's weeks (at
     * least two): a disagreement the working group has to talk about, not a single odd week.
     */
    private static List<String> disputed(List<DemoReport> reports, Map<Long, String> sectors) {
        var disputed = new ArrayList<String>();
        for (String theme : DemoSituation.THEMES) {
            var police = new HashMap<String, Integer>();
            var school = new HashMap<String, Integer>();
            for (DemoReport r : reports) {
                String level = r.answers().getOrDefault(DemoSituation.levelKey(theme), "dont_know");
                String sector = sectors.get(r.unitId());
                if (!level.equals("dont_know") && ("POLICE".equals(sector) || "SCHOOL".equals(sector))) {
                    ("POLICE".equals(sector) ? police : school).put(r.periodCode(), Integer.valueOf(level));
                }
            }
            long weeks = police.keySet().stream().filter(school::containsKey).count();
            long apart = police.entrySet().stream().filter(e -> school.containsKey(e.getKey())
                    && Math.abs(e.getValue() - school.get(e.getKey())) >= 2).count();
            if (apart >= 2 && apart * 2 > weeks) {
                disputed.add(theme);
            }
        }
        return disputed;
    }

    private DemoReport picture(Month month, int age, Map<String, String> joint, Map<String, String> previous,
                               List<String> disputed, Instant now) {
        var answers = new LinkedHashMap<String, String>();
        var rising = new ArrayList<String>();
        var highest = new ArrayList<String>();
        for (String theme : DemoSituation.THEMES) {
            String level = joint.get(theme);
            String change = change(previous.get(theme), level);
            answers.put(DemoSituation.levelKey(theme), level);
            answers.put(DemoSituation.changeKey(theme), change);
            boolean serious = !level.equals("dont_know") && Integer.parseInt(level) >= 3;
            if (!theme.equals("protective")) {
                if (change.equals("increasing") && rising.size() < 3) {
                    rising.add(theme);
                }
                if (serious && highest.size() < 2) {
                    highest.add(theme);
                }
            }
            if ((serious || change.equals("increasing")) && random.nextDouble() < 0.4) {
                answers.put(theme + "_observed", DemoTexts.observed(theme, random));
            }
            if (!level.equals("dont_know") && random.nextDouble() < 0.5) {
                answers.put(theme + "_basis", random.nextBoolean() ? "reports,partner_information"
                        : String.join(",", ContributionHistory.BASIS));
            }
        }
        answers.put("summary_joint", DemoTexts.pictureSummary(highest, rising, disputed));
        if (random.nextDouble() < 0.2) {
            answers.put("summary_support", DemoTexts.pick(DemoTexts.SUPPORT, random));
        }
        if (!disputed.isEmpty()) {
            answers.put("summary_followup", "1");
        }
        ReportStatus status = status(age);
        return status == null ? null : timed(month, status, answers, !disputed.isEmpty(), now);
    }

    private static String change(String before, String now) {
        if (before == null || before.equals("dont_know") || now.equals("dont_know")) {
            return "dont_know";
        }
        int diff = Integer.compare(Integer.parseInt(now), Integer.parseInt(before));
        return diff > 0 ? "increasing" : diff < 0 ? "decreasing" : "unchanged";
    }

    /** Null when the picture was never started; the newest month is still being agreed and reviewed. */
    private ReportStatus status(int age) {
        double r = random.nextDouble();
        if (RETURNED.getOrDefault(municipality.code(), -1) == age) {
            return ReportStatus.RETURNED;
        }
        if (age == 0) {
            return r < 0.2 ? null : r < 0.3 ? ReportStatus.DRAFT : r < 0.7 ? ReportStatus.SUBMITTED
                    : ReportStatus.APPROVED;
        }
        return r < 0.02 ? null : ReportStatus.APPROVED;
    }

    /** Started when the month has closed, submitted around its due day, reviewed by the county within days. */
    private DemoReport timed(Month month, ReportStatus status, Map<String, String> answers, boolean disputed,
                             Instant now) {
        Instant latest = now.minusSeconds(60);
        Instant created = SwedishCalendar.nthWorkingDayAfter(month.lastDay(), 1 + random.nextInt(2))
                .atTime(9, 0).atZone(SwedishCalendar.ZONE).toInstant().plus(DemoTime.minutes(random, 0, 6 * 60));
        Instant due = DueDates.monthlyPicture(month).toInstant();
        boolean late = random.nextDouble() < 0.15;
        Instant submitted = late ? due.plus(DemoTime.minutes(random, 60, 4 * 24 * 60))
                : due.minus(DemoTime.minutes(random, 60, 2 * 24 * 60));
        submitted = DemoTime.atMost(DemoTime.atLeast(submitted, created.plusSeconds(3600)),
                latest.minus(DemoTime.minutes(random, 1, 120)));
        created = DemoTime.atMost(created, submitted.minusSeconds(1800));
        Instant reviewed = DemoTime.atLeast(DemoTime.atMost(
                submitted.plus(DemoTime.minutes(random, 24 * 60, 5 * 24 * 60)), latest), submitted);
        String coordinator = municipality.coordinator() == null ? ContributionHistory.DEMO_USER
                : municipality.coordinator();
        String reviewer = municipality.countyReviewer() == null ? ContributionHistory.DEMO_USER
                : municipality.countyReviewer();
        boolean wasSubmitted = status != ReportStatus.DRAFT;
        boolean wasReviewed = status == ReportStatus.APPROVED || status == ReportStatus.RETURNED;
        String comment = status == ReportStatus.RETURNED ? DemoTexts.pick(DemoTexts.PICTURE_RETURNS, random) : null;
        DemoMeeting meeting = wasSubmitted || random.nextBoolean() ? meeting(created, disputed) : null;
        return new DemoReport(ReportKind.PICTURE, municipality.id(), null, month.code(), status, comment, created,
                coordinator, wasSubmitted ? submitted : null, wasSubmitted ? coordinator : null,
                wasReviewed ? reviewed : null, wasReviewed ? reviewer : null, answers, meeting);
    }

    /** The group meets the day the coordinator starts the picture; police, social services and school nearly always. */
    private DemoMeeting meeting(Instant day, boolean disputed) {
        var present = new ArrayList<String>();
        for (Sector sector : Sector.values()) {
            if (random.nextDouble() < PRESENT.getOrDefault(sector, 0.0)) {
                present.add(sector.name());
            }
        }
        String minutes = DemoTexts.MARK + DemoTexts.pick(DemoTexts.MINUTES, random)
                + (disputed ? " " + DemoTexts.MINUTES_DISPUTED : "");
        return new DemoMeeting(LocalDate.ofInstant(day, SwedishCalendar.ZONE), String.join(",", present), minutes);
    }
}
