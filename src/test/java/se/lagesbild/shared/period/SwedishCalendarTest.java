package se.lagesbild.shared.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SwedishCalendarTest {

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({
            "2000, 2000-04-23",
            "2008, 2008-03-23",
            "2011, 2011-04-24",
            "2019, 2019-04-21",
            "2024, 2024-03-31",
            "2025, 2025-04-20",
            "2026, 2026-04-05",
            "2027, 2027-03-28",
            "2038, 2038-04-25", // latest possible date
            "2285, 2285-03-22", // earliest possible date
    })
    void easterSunday(int year, LocalDate easter) {
        assertThat(SwedishCalendar.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void holidaysOf2026() {
        assertThat(SwedishCalendar.holidays(2026)).containsExactly(
                entry("2026-01-01", "nyårsdagen"),
                entry("2026-01-06", "trettondedag jul"),
                entry("2026-04-03", "långfredagen"),
                entry("2026-04-05", "påskdagen"),
                entry("2026-04-06", "annandag påsk"),
                entry("2026-05-01", "första maj"),
                entry("2026-05-14", "Kristi himmelsfärdsdag"),
                entry("2026-05-24", "pingstdagen"),
                entry("2026-06-06", "nationaldagen"),
                entry("2026-06-19", "midsommarafton"),
                entry("2026-06-20", "midsommardagen"),
                entry("2026-10-31", "alla helgons dag"),
                entry("2026-12-24", "julafton"),
                entry("2026-12-25", "juldagen"),
                entry("2026-12-26", "annandag jul"),
                entry("2026-12-31", "nyårsafton"));
    }

    @ParameterizedTest(name = "{0}: midsommarafton {1}, alla helgons dag {2}")
    @CsvSource({
            "2024, 2024-06-21, 2024-11-02",
            "2025, 2025-06-20, 2025-11-01",
            "2026, 2026-06-19, 2026-10-31",
            "2027, 2027-06-25, 2027-11-06",
            "2028, 2028-06-23, 2028-11-04",
    })
    void movableSaturdayHolidays(int year, LocalDate midsommarafton, LocalDate allaHelgonsDag) {
        assertThat(SwedishCalendar.holidayName(midsommarafton)).contains("midsommarafton");
        assertThat(SwedishCalendar.holidayName(midsommarafton.plusDays(1))).contains("midsommardagen");
        assertThat(SwedishCalendar.holidayName(allaHelgonsDag)).contains("alla helgons dag");
        assertThat(SwedishCalendar.holidays(year)).hasSize(16);
    }

    @ParameterizedTest(name = "{0} working day: {1}")
    @CsvSource({
            "2026-06-18, true",   // Thursday before midsommar
            "2026-06-19, false",  // midsommarafton, a Friday
            "2026-06-22, true",
            "2026-01-06, false",  // trettondedag jul, a Tuesday
            "2026-04-02, true",   // skärtorsdag is a working day
            "2026-04-03, false",  // långfredagen
            "2026-04-06, false",  // annandag påsk
            "2026-04-07, true",
            "2026-05-01, false",  // första maj, a Friday
            "2026-05-14, false",  // Kristi himmelsfärdsdag
            "2026-05-15, true",   // klämdag, still a working day
            "2025-06-06, false",  // nationaldagen on a Friday
            "2026-12-24, false",
            "2026-12-31, false",
            "2026-02-14, false",  // Saturday
            "2026-02-15, false",  // Sunday
            "2026-02-16, true",
    })
    void workingDays(LocalDate day, boolean working) {
        assertThat(SwedishCalendar.isWorkingDay(day)).isEqualTo(working);
    }

    @ParameterizedTest(name = "{1} working day(s) after {0} is {2}")
    @CsvSource({
            "2026-02-13, 1, 2026-02-16",  // Friday to Monday
            "2026-02-16, 1, 2026-02-17",
            "2026-03-31, 5, 2026-04-09",  // over Easter 2026
            "2026-03-31, 2, 2026-04-02",
            "2026-03-31, 3, 2026-04-07",
            "2026-12-23, 1, 2026-12-28",  // over Christmas
            "2026-12-31, 3, 2027-01-07",  // over nyårsdagen and trettondedag jul
            "2026-06-18, 1, 2026-06-22",  // over midsommar
            "2026-05-13, 1, 2026-05-15",  // over Kristi himmelsfärdsdag
    })
    void nthWorkingDayAfter(LocalDate day, int n, LocalDate expected) {
        assertThat(SwedishCalendar.nthWorkingDayAfter(day, n)).isEqualTo(expected);
    }

    @Test
    void nthWorkingDayAfterNeedsAPositiveCount() {
        assertThatIllegalArgumentException().isThrownBy(() -> SwedishCalendar.nthWorkingDayAfter(
                LocalDate.of(2026, 1, 1), 0));
    }

    private static Map.Entry<LocalDate, String> entry(String day, String name) {
        return Map.entry(LocalDate.parse(day), name);
    }
}
