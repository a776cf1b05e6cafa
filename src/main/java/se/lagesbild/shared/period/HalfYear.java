package se.lagesbild.shared.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;

/**
 * Half a year: 1 is January–June, 2 July–December. Citizen promises and collaboration agreements are followed up
 * at this pace.
 */
public record HalfYear(int year, int half) implements Period {

    public HalfYear {
        PeriodCodes.checkYear(year);
        PeriodCodes.checkRange("half-year", half, 1, 2);
    }

    public static HalfYear of(int year, int half) {
        return new HalfYear(year, half);
    }

    public static HalfYear containing(LocalDate date) {
        return new HalfYear(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
    }

    /** Reads {@code 2026-H1}. */
    public static HalfYear parse(String text) {
        Matcher code = PeriodCodes.match(PeriodCodes.HALF_YEAR, text, "half-year", "2026-H1");
        return PeriodCodes.build(text,
                () -> new HalfYear(Integer.parseInt(code.group(1)), Integer.parseInt(code.group(2))));
    }

    @Override
    public PeriodKind kind() {
        return PeriodKind.HALF_YEAR;
    }

    @Override
    public LocalDate firstDay() {
        return LocalDate.of(year, half == 1 ? 1 : 7, 1);
    }

    @Override
    public LocalDate lastDay() {
        return YearMonth.of(year, half == 1 ? 6 : 12).atEndOfMonth();
    }

    @Override
    public HalfYear next() {
        return half == 2 ? new HalfYear(year + 1, 1) : new HalfYear(year, 2);
    }

    @Override
    public HalfYear previous() {
        return half == 1 ? new HalfYear(year - 1, 2) : new HalfYear(year, 1);
    }

    @Override
    public String code() {
        return String.format("%04d-H%d", year, half);
    }

    @Override
    public String labelSv() {
        return (half == 1 ? "första" : "andra") + " halvåret " + year;
    }

    @Override
    public String labelEn() {
        return (half == 1 ? "first" : "second") + " half of " + year;
    }

    /** The code, so that logs, messages and templates show periods as users write them. */
    @Override
    public String toString() {
        return code();
    }
}
