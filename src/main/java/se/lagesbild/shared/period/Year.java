package se.lagesbild.shared.period;

import java.time.LocalDate;
import java.util.regex.Matcher;

/** A calendar year, e.g. for the county network's yearly priorities. Not {@link java.time.Year}: this is a period. */
public record Year(int year) implements Period {

    public Year {
        PeriodCodes.checkYear(year);
    }

    public static Year of(int year) {
        return new Year(year);
    }

    public static Year containing(LocalDate date) {
        return new Year(date.getYear());
    }

    /** Reads {@code 2026}. */
    public static Year parse(String text) {
        Matcher code = PeriodCodes.match(PeriodCodes.YEAR, text, "year", "2026");
        return PeriodCodes.build(text, () -> new Year(Integer.parseInt(code.group(1))));
    }

    @Override
    public PeriodKind kind() {
        return PeriodKind.YEAR;
    }

    @Override
    public LocalDate firstDay() {
        return LocalDate.of(year, 1, 1);
    }

    @Override
    public LocalDate lastDay() {
        return LocalDate.of(year, 12, 31);
    }

    @Override
    public Year next() {
        return new Year(year + 1);
    }

    @Override
    public Year previous() {
        return new Year(year - 1);
    }

    @Override
    public String code() {
        return String.format("%04d", year);
    }

    @Override
    public String labelSv() {
        return Integer.toString(year);
    }

    @Override
    public String labelEn() {
        return Integer.toString(year);
    }

    /** The code, so that logs, messages and templates show periods as users write them. */
    @Override
    public String toString() {
        return code();
    }
}
