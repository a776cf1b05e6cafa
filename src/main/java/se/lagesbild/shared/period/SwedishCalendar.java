package se.lagesbild.shared.period;

import static java.time.temporal.TemporalAdjusters.nextOrSame;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Swedish working days, for due dates that count working days. Public holidays follow the law on public holidays
 * (lag 1989:253) as it stands since 2005, when nationaldagen replaced annandag pingst; earlier years get today's
 * rules. Midsommarafton, julafton and nyårsafton are no public holidays by law but are treated as such in working
 * life, so nobody can be expected to report on them.
 */
public final class SwedishCalendar {

    /** Sweden's time zone: periods begin and end, and reports fall due, at Swedish midnight. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private SwedishCalendar() {
    }

    /** Monday to Friday and not a holiday. */
    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday(date);
    }

    /**
     * The {@code n}th working day after {@code date}, not counting {@code date} itself: the 1st working day after a
     * Friday is normally the following Monday.
     *
     * @throws IllegalArgumentException if {@code n} is less than 1
     */
    public static LocalDate nthWorkingDayAfter(LocalDate date, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be 1 or more, was " + n);
        }
        LocalDate day = date;
        int found = 0;
        while (found < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                found++;
            }
        }
        return day;
    }

    public static boolean isHoliday(LocalDate date) {
        return holidays(date.getYear()).containsKey(date);
    }

    /** The Swedish name of the holiday on that day, e.g. "långfredagen". */
    public static Optional<String> holidayName(LocalDate date) {
        return Optional.ofNullable(holidays(date.getYear()).get(date));
    }

    /** The year's holidays and de facto holidays in date order, with their Swedish names. */
    public static SortedMap<LocalDate, String> holidays(int year) {
        LocalDate easter = easterSunday(year);
        LocalDate midsommardagen = LocalDate.of(year, 6, 20).with(nextOrSame(DayOfWeek.SATURDAY));
        TreeMap<LocalDate, String> holidays = new TreeMap<>();
        holidays.put(LocalDate.of(year, 1, 1), "nyårsdagen");
        holidays.put(LocalDate.of(year, 1, 6), "trettondedag jul");
        holidays.put(easter.minusDays(2), "långfredagen");
        holidays.put(easter, "påskdagen");
        holidays.put(easter.plusDays(1), "annandag påsk");
        holidays.put(LocalDate.of(year, 5, 1), "första maj");
        holidays.put(easter.plusDays(39), "Kristi himmelsfärdsdag");
        holidays.put(easter.plusDays(49), "pingstdagen");
        holidays.put(LocalDate.of(year, 6, 6), "nationaldagen");
        holidays.put(midsommardagen.minusDays(1), "midsommarafton");
        holidays.put(midsommardagen, "midsommardagen");
        holidays.put(LocalDate.of(year, 10, 31).with(nextOrSame(DayOfWeek.SATURDAY)), "alla helgons dag");
        holidays.put(LocalDate.of(year, 12, 24), "julafton");
        holidays.put(LocalDate.of(year, 12, 25), "juldagen");
        holidays.put(LocalDate.of(year, 12, 26), "annandag jul");
        holidays.put(LocalDate.of(year, 12, 31), "nyårsafton");
        return Collections.unmodifiableSortedMap(holidays);
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
