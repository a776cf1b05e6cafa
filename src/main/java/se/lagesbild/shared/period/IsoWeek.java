package se.lagesbild.shared.period;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;

/**
 * An ISO-8601 week, which is also the Swedish week: Monday to Sunday, week 1 being the week with the year's first
 * Thursday. The year is the week-based year, so 2027-01-01 lies in 2026-W53 and 2024-12-30 in 2025-W01.
 */
public record IsoWeek(int weekBasedYear, int week) implements Period {

    public IsoWeek {
        PeriodCodes.checkYear(weekBasedYear);
        int weeks = weeksIn(weekBasedYear);
        if (week < 1 || week > weeks) {
            throw new IllegalArgumentException(
                    "week " + week + " does not exist in " + weekBasedYear + ", which has weeks 1 to " + weeks);
        }
    }

    public static IsoWeek of(int weekBasedYear, int week) {
        return new IsoWeek(weekBasedYear, week);
    }

    public static IsoWeek containing(LocalDate date) {
        return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Reads {@code 2026-W07}; refuses week 53 in a year that has only 52. */
    public static IsoWeek parse(String text) {
        Matcher code = PeriodCodes.match(PeriodCodes.WEEK, text, "week", "2026-W07");
        return PeriodCodes.build(text,
                () -> new IsoWeek(Integer.parseInt(code.group(1)), Integer.parseInt(code.group(2))));
    }

    /** 52 or 53: 28 December always lies in the last week of its week-based year. */
    public static int weeksIn(int weekBasedYear) {
        return LocalDate.of(weekBasedYear, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    @Override
    public PeriodKind kind() {
        return PeriodKind.WEEK;
    }

    @Override
    public LocalDate firstDay() {
        // 4 January always lies in week 1.
        LocalDate mondayOfWeekOne = LocalDate.of(weekBasedYear, 1, 4)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return mondayOfWeekOne.plusWeeks(week - 1L);
    }

    @Override
    public LocalDate lastDay() {
        return firstDay().plusDays(6);
    }

    @Override
    public IsoWeek next() {
        return containing(firstDay().plusWeeks(1));
    }

    @Override
    public IsoWeek previous() {
        return containing(firstDay().minusWeeks(1));
    }

    @Override
    public String code() {
        return String.format("%04d-W%02d", weekBasedYear, week);
    }

    @Override
    public String labelSv() {
        return "vecka " + week + " " + weekBasedYear;
    }

    @Override
    public String labelEn() {
        return "week " + week + " " + weekBasedYear;
    }

    /** The code, so that logs, messages and templates show periods as users write them. */
    @Override
    public String toString() {
        return code();
    }
}
