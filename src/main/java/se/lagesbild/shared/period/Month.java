package se.lagesbild.shared.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;

/** A calendar month, the default period of a municipal and a county picture. */
public record Month(YearMonth yearMonth) implements Period {

    // Spelled out rather than taken from the JDK's locale data, whose Swedish forms have changed between releases.
    private static final List<String> NAMES_SV = List.of("januari", "februari", "mars", "april", "maj", "juni",
            "juli", "augusti", "september", "oktober", "november", "december");
    private static final List<String> NAMES_EN = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");

    public Month {
        if (yearMonth == null) {
            throw new IllegalArgumentException("year and month are required");
        }
        PeriodCodes.checkYear(yearMonth.getYear());
    }

    public static Month of(int year, int month) {
        PeriodCodes.checkYear(year);
        PeriodCodes.checkRange("month", month, 1, 12);
        return new Month(YearMonth.of(year, month));
    }

    public static Month containing(LocalDate date) {
        return new Month(YearMonth.from(date));
    }

    /** Reads {@code 2026-03}. */
    public static Month parse(String text) {
        Matcher code = PeriodCodes.match(PeriodCodes.MONTH, text, "month", "2026-03");
        return PeriodCodes.build(text, () -> of(Integer.parseInt(code.group(1)), Integer.parseInt(code.group(2))));
    }

    public int year() {
        return yearMonth.getYear();
    }

    /** 1 for January to 12 for December. */
    public int month() {
        return yearMonth.getMonthValue();
    }

    @Override
    public PeriodKind kind() {
        return PeriodKind.MONTH;
    }

    @Override
    public LocalDate firstDay() {
        return yearMonth.atDay(1);
    }

    @Override
    public LocalDate lastDay() {
        return yearMonth.atEndOfMonth();
    }

    @Override
    public Month next() {
        return new Month(yearMonth.plusMonths(1));
    }

    @Override
    public Month previous() {
        return new Month(yearMonth.minusMonths(1));
    }

    @Override
    public String code() {
        return String.format("%04d-%02d", year(), month());
    }

    @Override
    public String labelSv() {
        return NAMES_SV.get(month() - 1) + " " + year();
    }

    @Override
    public String labelEn() {
        return NAMES_EN.get(month() - 1) + " " + year();
    }

    /** The code, so that logs, messages and templates show periods as users write them. */
    @Override
    public String toString() {
        return code();
    }
}
