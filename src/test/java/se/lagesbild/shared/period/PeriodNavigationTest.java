package se.lagesbild.shared.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PeriodNavigationTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "2020-W53, 2021-W01",
            "2021-W52, 2022-W01",
            "2026-W52, 2026-W53",
            "2026-W53, 2027-W01",
            "2026-W07, 2026-W08",
            "2025-12, 2026-01",
            "2026-03, 2026-04",
            "2026-T3, 2027-T1",
            "2026-T1, 2026-T2",
            "2026-H2, 2027-H1",
            "2026-H1, 2026-H2",
            "2026, 2027",
    })
    void nextAndPreviousCrossYearBoundaries(String code, String nextCode) {
        Period period = Period.parse(code);
        Period next = Period.parse(nextCode);
        assertThat(period.next()).isEqualTo(next);
        assertThat(next.previous()).isEqualTo(period);
    }

    @ParameterizedTest
    @EnumSource(PeriodKind.class)
    void periodsOfAKindFollowEachOtherWithoutGapsOrOverlaps(PeriodKind kind) {
        Period period = kind.containing(LocalDate.of(1998, 6, 15));
        while (period.firstDay().getYear() < 2040) {
            Period next = period.next();
            assertThat(next.firstDay()).as("after %s", period).isEqualTo(period.lastDay().plusDays(1));
            assertThat(next.previous()).isEqualTo(period);
            assertThat(next.kind()).isEqualTo(kind);
            assertThat(period.compareTo(next)).isNegative();
            period = next;
        }
    }

    @Test
    void periodsOfOneKindSortByTime() {
        List<Period> months = new ArrayList<>(List.of(Month.of(2026, 3), Month.of(2025, 12), Month.of(2026, 1)));
        Collections.sort(months);
        assertThat(months).extracting(Period::code).containsExactly("2025-12", "2026-01", "2026-03");
        assertThat(Month.of(2026, 3).compareTo(Month.parse("2026-03"))).isZero();
    }

    @Test
    void periodsOfDifferentKindsDoNotCompare() {
        assertThatExceptionOfType(ClassCastException.class)
                .isThrownBy(() -> Month.of(2026, 1).compareTo(IsoWeek.of(2026, 1)))
                .withMessageContaining("2026-01").withMessageContaining("2026-W01");
    }

    @Test
    void lastNEndsWithTheGivenPeriodOldestFirst() {
        assertThat(PeriodKind.lastN(Month.of(2026, 2), 3)).extracting(Period::code)
                .containsExactly("2025-12", "2026-01", "2026-02");
        assertThat(PeriodKind.lastN(IsoWeek.of(2021, 2), 3)).extracting(Period::code)
                .containsExactly("2020-W53", "2021-W01", "2021-W02");
        assertThat(PeriodKind.lastN(HalfYear.of(2026, 1), 2)).extracting(Period::code)
                .containsExactly("2025-H2", "2026-H1");
        assertThat(PeriodKind.lastN(Year.of(2026), 1)).containsExactly(Year.of(2026));
        assertThat(PeriodKind.lastN(Tertial.of(2026, 1), 0)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> PeriodKind.lastN(Year.of(2026), -1));
    }

    @Test
    void lastNReturnsAnUnmodifiableList() {
        List<Period> periods = PeriodKind.lastN(Month.of(2026, 2), 2);
        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> periods.add(Month.of(2026, 3)));
    }
}
