package se.lagesbild.shared.period;

import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * Default due moments, in Swedish time, for schedules that do not set their own. A week's contributions are due
 * Monday noon so that the working group can meet on them that week; a month's picture gets five working days, the
 * time a coordinator needs to gather the group after the month has closed.
 */
public final class DueDates {

    /** Noon: contributions are read the same Monday afternoon. */
    public static final LocalTime WEEKLY_CONTRIBUTION_TIME = LocalTime.NOON;

    /** The last second of the day, so that the whole due day counts as on time. */
    public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    public static final int MONTHLY_PICTURE_WORKING_DAYS = 5;

    private DueDates() {
    }

    /**
     * Monday 12:00 after the week. Deliberately the calendar Monday, also when it is a holiday (annandag påsk):
     * weekly reporting follows the week's rhythm, and a schedule that wants working days uses {@link #dueAfter}.
     */
    public static ZonedDateTime weeklyContribution(IsoWeek week) {
        return week.next().firstDay().atTime(WEEKLY_CONTRIBUTION_TIME).atZone(SwedishCalendar.ZONE);
    }

    /** The end of the 5th working day after the month: 2026-04-09 23:59:59 for March 2026, because of Easter. */
    public static ZonedDateTime monthlyPicture(Month month) {
        return dueAfter(month, MONTHLY_PICTURE_WORKING_DAYS);
    }

    /**
     * The end of the {@code workingDays}th working day after the period's last day.
     *
     * @throws IllegalArgumentException if {@code workingDays} is less than 1
     */
    public static ZonedDateTime dueAfter(Period period, int workingDays) {
        return SwedishCalendar.nthWorkingDayAfter(period.lastDay(), workingDays)
                .atTime(END_OF_DAY)
                .atZone(SwedishCalendar.ZONE);
    }
}
