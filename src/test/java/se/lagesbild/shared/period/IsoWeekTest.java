package se.lagesbild.shared.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IsoWeekTest {

    @ParameterizedTest(name = "{0} lies in {1}")
    @CsvSource({
            "2026-01-01, 2026-W01",
            "2025-12-29, 2026-W01", // Monday of 2026-W01 is still in calendar year 2025
            "2027-01-01, 2026-W53",
            "2027-01-03, 2026-W53",
            "2027-01-04, 2027-W01",
            "2024-12-30, 2025-W01",
            "2024-12-29, 2024-W52",
            "2021-01-03, 2020-W53",
            "2021-01-04, 2021-W01",
            "2026-02-09, 2026-W07",
            "2026-02-15, 2026-W07",
    })
    void dayLiesInItsIsoWeek(LocalDate day, String week) {
        assertThat(IsoWeek.containing(day).code()).isEqualTo(week);
    }

    @ParameterizedTest(name = "{0} has {1} weeks")
    @CsvSource({"2020, 53", "2021, 52", "2025, 52", "2026, 53", "2027, 52", "2032, 53"})
    void yearsHave52Or53Weeks(int year, int weeks) {
        assertThat(IsoWeek.weeksIn(year)).isEqualTo(weeks);
    }

    @Test
    void week53ExistsOnlyInLongYears() {
        assertThat(IsoWeek.of(2020, 53).firstDay()).isEqualTo(LocalDate.of(2020, 12, 28));
        assertThat(IsoWeek.of(2020, 53).lastDay()).isEqualTo(LocalDate.of(2021, 1, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> IsoWeek.of(2021, 53))
                .withMessageContaining("weeks 1 to 52");
    }

    @Test
    void weekRunsMondayToSunday() {
        IsoWeek week = IsoWeek.of(2026, 7);
        assertThat(week.firstDay()).isEqualTo(LocalDate.of(2026, 2, 9));
        assertThat(week.lastDay()).isEqualTo(LocalDate.of(2026, 2, 15));
        assertThat(week.contains(LocalDate.of(2026, 2, 15))).isTrue();
        assertThat(week.contains(LocalDate.of(2026, 2, 16))).isFalse();
    }

    @Test
    void everyDayOfTwoDecadesLiesInTheWeekItsCodeNames() {
        // Walks day by day across many year boundaries, both 52- and 53-week years.
        for (LocalDate day = LocalDate.of(2015, 1, 1); day.getYear() < 2035; day = day.plusDays(1)) {
            IsoWeek week = IsoWeek.containing(day);
            assertThat(week.contains(day)).as("%s in %s", day, week).isTrue();
            assertThat(IsoWeek.parse(week.code())).isEqualTo(week);
        }
    }
}
