package se.lagesbild.shared.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodKindTest {

    @ParameterizedTest(name = "{0} {1} lies in {2}")
    @CsvSource({
            "WEEK, 2026-03-29, 2026-W13",
            "MONTH, 2026-03-29, 2026-03",
            "TERTIAL, 2026-04-30, 2026-T1",
            "TERTIAL, 2026-05-01, 2026-T2",
            "TERTIAL, 2026-08-31, 2026-T2",
            "TERTIAL, 2026-09-01, 2026-T3",
            "HALF_YEAR, 2026-06-30, 2026-H1",
            "HALF_YEAR, 2026-07-01, 2026-H2",
            "YEAR, 2027-01-01, 2027",
    })
    void containingFindsThePeriodOfADay(PeriodKind kind, LocalDate day, String code) {
        assertThat(kind.containing(day)).isEqualTo(Period.parse(code));
    }

    /**
     * Summer time 2026 starts Sunday 29 March (02:00 CET becomes 03:00 CEST) and ends Sunday 25 October (03:00 CEST
     * becomes 02:00 CET). The week must change at Swedish midnight, whatever the clock's own zone: the clocks here
     * run on UTC, where it is still Sunday when Monday has begun in Sweden.
     */
    @ParameterizedTest(name = "{1} at {0}")
    @CsvSource({
            "2026-03-29T00:59:59Z, WEEK, 2026-W13",  // 01:59:59 CET, just before the change
            "2026-03-29T01:00:00Z, WEEK, 2026-W13",  // 03:00 CEST
            "2026-03-29T21:59:59Z, WEEK, 2026-W13",  // Sunday 23:59:59 CEST
            "2026-03-29T22:00:00Z, WEEK, 2026-W14",  // Monday 00:00 CEST, still Sunday in UTC
            "2026-03-31T21:59:59Z, MONTH, 2026-03",
            "2026-03-31T22:00:00Z, MONTH, 2026-04",  // 1 April 00:00 CEST
            "2026-10-25T00:30:00Z, WEEK, 2026-W43",  // 02:30 CEST, before clocks go back
            "2026-10-25T01:30:00Z, WEEK, 2026-W43",  // 02:30 CET, the repeated hour
            "2026-10-25T22:59:59Z, WEEK, 2026-W43",  // Sunday 23:59:59 CET
            "2026-10-25T23:00:00Z, WEEK, 2026-W44",  // Monday 00:00 CET
            "2026-12-31T22:59:59Z, YEAR, 2026",
            "2026-12-31T23:00:00Z, YEAR, 2027",       // New Year in Sweden, an hour before UTC
            "2026-12-31T23:00:00Z, WEEK, 2026-W53",   // 1 January 2027 lies in 2026-W53
            "2026-12-31T23:00:00Z, TERTIAL, 2027-T1",
            "2026-12-31T23:00:00Z, HALF_YEAR, 2027-H1",
    })
    void currentPeriodChangesAtSwedishMidnight(Instant now, PeriodKind kind, String code) {
        Clock utc = Clock.fixed(now, ZoneOffset.UTC);
        Clock swedish = Clock.fixed(now, SwedishCalendar.ZONE);
        assertThat(kind.current(utc)).isEqualTo(Period.parse(code));
        assertThat(kind.current(swedish)).isEqualTo(Period.parse(code));
    }
}
