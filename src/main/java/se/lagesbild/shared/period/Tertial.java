package se.lagesbild.shared.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;

/**
 * A third of a year, as Swedish municipalities follow up their budgets: 1 is January–April, 2 May–August,
 * 3 September–December.
 */
public record Tertial(int year, int tertial) implements Period {

    public Tertial {
        PeriodCodes.checkYear(year);
        PeriodCodes.checkRange("tertial", tertial, 1, 3);
    }

    public static Tertial of(int year, int tertial) {
        return new Tertial(year, tertial);
    }

    public static Tertial containing(LocalDate date) {
        return new Tertial(date.getYear(), (date.getMonthValue() - 1) / 4 + 1);
    }

    /** Reads {@code 2026-T2}. */
    public static Tertial parse(String text) {
        Matcher code = PeriodCodes.match(PeriodCodes.TERTIAL, text, "tertial", "2026-T2");
        return PeriodCodes.build(text,
                () -> new Tertial(Integer.parseInt(code.group(1)), Integer.parseInt(code.group(2))));
    }

    @Override
    public PeriodKind kind() {
        return PeriodKind.TERTIAL;
    }

    @Override
    public LocalDate firstDay() {
        return LocalDate.of(year, (tertial - 1) * 4 + 1, 1);
    }

    @Override
    public LocalDate lastDay() {
        return YearMonth.of(year, tertial * 4).atEndOfMonth();
    }

    @Override
    public Tertial next() {
        return tertial == 3 ? new Tertial(year + 1, 1) : new Tertial(year, tertial + 1);
    }

    @Override
    public Tertial previous() {
        return tertial == 1 ? new Tertial(year - 1, 3) : new Tertial(year, tertial - 1);
    }

    @Override
    public String code() {
        return String.format("%04d-T%d", year, tertial);
    }

    @Override
    public String labelSv() {
        return "tertial " + tertial + " " + year;
    }

    @Override
    public String labelEn() {
        return "tertial " + tertial + " " + year;
    }

    /** The code, so that logs, messages and templates show periods as users write them. */
    @Override
    public String toString() {
        return code();
    }
}
