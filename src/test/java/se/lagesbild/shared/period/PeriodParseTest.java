package se.lagesbild.shared.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodParseTest {

    @ParameterizedTest(name = "{0} is a {1} from {2} to {3}")
    @CsvSource({
            "2026-W07, WEEK, 2026-02-09, 2026-02-15",
            "2020-W53, WEEK, 2020-12-28, 2021-01-03",
            "2026-03, MONTH, 2026-03-01, 2026-03-31",
            "2024-02, MONTH, 2024-02-01, 2024-02-29",
            "2026-T1, TERTIAL, 2026-01-01, 2026-04-30",
            "2026-T2, TERTIAL, 2026-05-01, 2026-08-31",
            "2026-T3, TERTIAL, 2026-09-01, 2026-12-31",
            "2026-H1, HALF_YEAR, 2026-01-01, 2026-06-30",
            "2026-H2, HALF_YEAR, 2026-07-01, 2026-12-31",
            "2026, YEAR, 2026-01-01, 2026-12-31",
    })
    void parsesEveryFormAndWritesItBack(String code, PeriodKind kind, LocalDate first, LocalDate last) {
        Period period = Period.parse(code);
        assertThat(period.kind()).isEqualTo(kind);
        assertThat(period.firstDay()).isEqualTo(first);
        assertThat(period.lastDay()).isEqualTo(last);
        assertThat(period.code()).isEqualTo(code);
        assertThat(period.toString()).isEqualTo(code);
        assertThat(kind.containing(first)).isEqualTo(period);
        assertThat(kind.containing(last)).isEqualTo(period);
    }

    @Test
    void eachTypeParsesItsOwnFormToItsOwnType() {
        assertThat(IsoWeek.parse("2026-W07")).isEqualTo(IsoWeek.of(2026, 7));
        assertThat(Month.parse("2026-03")).isEqualTo(Month.of(2026, 3));
        assertThat(Tertial.parse("2026-T2")).isEqualTo(Tertial.of(2026, 2));
        assertThat(HalfYear.parse("2026-H1")).isEqualTo(HalfYear.of(2026, 1));
        assertThat(Year.parse("2026")).isEqualTo(Year.of(2026));
    }

    @Test
    void aTypeRefusesAnotherTypesForm() {
        assertThatExceptionOfType(PeriodFormatException.class).isThrownBy(() -> IsoWeek.parse("2026-03"))
                .withMessage("'2026-03' is not a week code; expected the form 2026-W07");
        assertThatExceptionOfType(PeriodFormatException.class).isThrownBy(() -> Month.parse("2026-W07"));
        assertThatExceptionOfType(PeriodFormatException.class).isThrownBy(() -> Tertial.parse("2026-H1"));
        assertThatExceptionOfType(PeriodFormatException.class).isThrownBy(() -> HalfYear.parse("2026-T1"));
        assertThatExceptionOfType(PeriodFormatException.class).isThrownBy(() -> Year.parse("2026-01"));
    }

    @ParameterizedTest(name = "refuses \"{0}\"")
    @ValueSource(strings = {
            "2026-W00", "2026-W54", "2021-W53", "2026-13", "2026-00", "2026-T4", "2026-T0", "2026-H3", "2026-H0",
            "abc", "2026-w07", "2026-W7", "2026-W007", "2026-3", "26-03", "2026-t2", " 2026", "2026 ", "2026-",
            "0999", "12026", "٢٠٢٦", "2026-W07x"})
    void refusesWhatIsNoPeriod(String text) {
        assertThatExceptionOfType(PeriodFormatException.class).isThrownBy(() -> Period.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .withMessageContaining(text)
                .satisfies(e -> assertThat(e.input()).isEqualTo(text));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void refusesAMissingCode(String text) {
        assertThatExceptionOfType(PeriodFormatException.class).isThrownBy(() -> Period.parse(text))
                .withMessageStartingWith("No period code given");
    }

    @Test
    void messagesSayWhatIsWrongAndWhatIsAccepted() {
        assertThatExceptionOfType(PeriodFormatException.class).isThrownBy(() -> Period.parse("abc"))
                .withMessage("'abc' is not a period code; expected 2026-W07 (week), 2026-03 (month), "
                        + "2026-T2 (tertial), 2026-H1 (half-year) or 2026 (year)");
        assertThatExceptionOfType(PeriodFormatException.class).isThrownBy(() -> Period.parse("2021-W53"))
                .withMessage("'2021-W53' is not a valid period: week 53 does not exist in 2021, "
                        + "which has weeks 1 to 52");
        assertThatExceptionOfType(PeriodFormatException.class).isThrownBy(() -> Period.parse("2026-13"))
                .withMessage("'2026-13' is not a valid period: month 13 must be between 1 and 12");
        assertThatExceptionOfType(PeriodFormatException.class).isThrownBy(() -> Period.parse("2026-T4"))
                .withMessage("'2026-T4' is not a valid period: tertial 4 must be between 1 and 3");
    }

    @Test
    void week53IsAcceptedWhereItExists() {
        assertThat(Period.parse("2020-W53")).isEqualTo(IsoWeek.of(2020, 53));
        assertThat(Period.parse("2026-W53")).isEqualTo(IsoWeek.of(2026, 53));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" / \"{2}\"")
    @CsvSource({
            "2026-W07, vecka 7 2026, week 7 2026",
            "2026-W53, vecka 53 2026, week 53 2026",
            "2026-01, januari 2026, January 2026",
            "2026-03, mars 2026, March 2026",
            "2026-05, maj 2026, May 2026",
            "2026-12, december 2026, December 2026",
            "2026-T2, tertial 2 2026, tertial 2 2026",
            "2026-H1, första halvåret 2026, first half of 2026",
            "2026-H2, andra halvåret 2026, second half of 2026",
            "2026, 2026, 2026",
    })
    void labelsInSwedishAndEnglish(String code, String sv, String en) {
        Period period = Period.parse(code);
        assertThat(period.labelSv()).isEqualTo(sv);
        assertThat(period.labelEn()).isEqualTo(en);
    }
}
