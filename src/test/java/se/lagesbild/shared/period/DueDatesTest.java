package se.lagesbild.shared.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DueDatesTest {

    @Test
    void weeklyContributionIsDueMondayNoonAfterTheWeek() {
        assertThat(DueDates.weeklyContribution(IsoWeek.parse("2026-W07")))
                .isEqualTo(ZonedDateTime.parse("2026-02-16T12:00+01:00[Europe/Stockholm]"));
    }

    @ParameterizedTest(name = "{0} due {1}")
    @CsvSource({
            "2026-W13, 2026-03-30T12:00+02:00",  // first Monday of summer time
            "2026-W53, 2027-01-04T12:00+01:00",  // across the year boundary
            "2020-W53, 2021-01-04T12:00+01:00",
            "2026-W14, 2026-04-06T12:00+02:00",  // annandag påsk: still the calendar Monday
    })
    void weeklyContributionInSwedishTime(String week, OffsetDateTime due) {
        assertThat(DueDates.weeklyContribution(IsoWeek.parse(week)).toOffsetDateTime()).isEqualTo(due);
    }

    @Test
    void monthlyPictureIsDueAtTheEndOfTheFifthWorkingDayAfterTheMonth() {
        // Långfredagen 3 April and annandag påsk 6 April push the 5th working day of April 2026 to the 9th.
        assertThat(DueDates.monthlyPicture(Month.parse("2026-03")))
                .isEqualTo(ZonedDateTime.parse("2026-04-09T23:59:59+02:00[Europe/Stockholm]"));
        assertThat(DueDates.monthlyPicture(Month.parse("2026-01")))
                .isEqualTo(ZonedDateTime.parse("2026-02-06T23:59:59+01:00[Europe/Stockholm]"));
        assertThat(DueDates.monthlyPicture(Month.parse("2026-12")))
                .isEqualTo(ZonedDateTime.parse("2027-01-11T23:59:59+01:00[Europe/Stockholm]"));
    }

    @ParameterizedTest(name = "{1} working day(s) after {0}: {2}")
    @CsvSource({
            "2026-T1, 1, 2026-05-04T23:59:59+02:00",  // första maj is a Friday
            "2026-H1, 10, 2026-07-14T23:59:59+02:00",
            "2026, 3, 2027-01-07T23:59:59+01:00",
            "2026-W07, 1, 2026-02-16T23:59:59+01:00",
    })
    void dueAfterWorkingDays(String period, int workingDays, OffsetDateTime due) {
        ZonedDateTime dueAt = DueDates.dueAfter(Period.parse(period), workingDays);
        assertThat(dueAt.toOffsetDateTime()).isEqualTo(due);
        assertThat(dueAt.getZone()).isEqualTo(SwedishCalendar.ZONE);
    }
}
