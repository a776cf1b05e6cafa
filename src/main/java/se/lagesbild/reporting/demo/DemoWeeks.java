package se.lagesbild.reporting.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.lagesbild.shared.period.DueDates;
import se.lagesbild.shared.period.IsoWeek;
import se.lagesbild.shared.period.SwedishCalendar;

/**
 * The weeks of the demo history with what every unit needs of them, worked out once rather than once per unit:
 * the 52 complete weeks before today (oldest first) and the week before them, which only gives the first week a
 * level to compare with.
 */
record DemoWeeks(DemoWeek warmUp, List<DemoWeek> weeks) {

    static final int COUNT = 52;

    /**
     * One week; {@code age} counts back from the newest complete week (0), {@code everywhere} is what the season
     * and elections add to each theme (in {@link DemoSituation#THEMES} order).
     */
    record DemoWeek(IsoWeek week, int age, Instant mondayMorning, Instant due, double[] everywhere) {

        String code() {
            return week.code();
        }
    }

    static DemoWeeks before(LocalDate today) {
        var weeks = new ArrayList<DemoWeek>();
        IsoWeek week = IsoWeek.containing(today);
        for (int age = 0; age <= COUNT; age++) {
            week = week.previous();
            weeks.add(0, of(week, age));
        }
        return new DemoWeeks(weeks.get(0), List.copyOf(weeks.subList(1, weeks.size())));
    }

    List<IsoWeek> isoWeeks() {
        return weeks.stream().map(DemoWeek::week).toList();
    }

    private static DemoWeek of(IsoWeek week, int age) {
        LocalDate monday = week.firstDay();
        double[] everywhere = new double[DemoSituation.THEMES.size()];
        for (int t = 0; t < everywhere.length; t++) {
            everywhere[t] = DemoSituation.everywhere(DemoSituation.THEMES.get(t), monday);
        }
        return new DemoWeek(week, age, monday.atTime(8, 0).atZone(SwedishCalendar.ZONE).toInstant(),
                DueDates.weeklyContribution(week).toInstant(), everywhere);
    }
}
