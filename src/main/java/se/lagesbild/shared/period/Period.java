package se.lagesbild.shared.period;

import java.time.LocalDate;

/**
 * A reporting period: a closed range of calendar days with a code ({@code 2026-W07}, {@code 2026-03},
 * {@code 2026-T2}, {@code 2026-H1}, {@code 2026}) that is its only written form in URLs, files and the database.
 *
 * <p>Sealed so that a {@code switch} over periods is checked for completeness. Periods compare by time, but only
 * within one kind: a month and a tertial overlap, so ordering them against each other would mean nothing.
 */
public sealed interface Period extends Comparable<Period> permits IsoWeek, Month, Tertial, HalfYear, Year {

    PeriodKind kind();

    LocalDate firstDay();

    LocalDate lastDay();

    Period next();

    Period previous();

    /** The canonical code, e.g. {@code 2026-W07}; {@link #parse} reads it back. */
    String code();

    /** A label for Swedish pages, e.g. "vecka 7 2026", "mars 2026", "första halvåret 2026". */
    String labelSv();

    /** A label for English pages, e.g. "week 7 2026", "March 2026", "first half of 2026". */
    String labelEn();

    default boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    /**
     * Orders periods of the same kind by time.
     *
     * @throws ClassCastException for periods of different kinds, as {@link Comparable} prescribes for objects that
     *                            cannot be compared
     */
    @Override
    default int compareTo(Period other) {
        if (other.kind() != kind()) {
            throw new ClassCastException("Cannot order " + code() + " (" + kind() + ") against " + other.code()
                    + " (" + other.kind() + "): only periods of the same kind compare");
        }
        // Periods of one kind never overlap, so their first days order them consistently with equals.
        return firstDay().compareTo(other.firstDay());
    }

    /**
     * Reads any period code, choosing the kind by the code's form.
     *
     * @throws PeriodFormatException if the text is no period code or names a period that does not exist
     */
    static Period parse(String text) {
        PeriodCodes.requirePresent(text);
        if (PeriodCodes.WEEK.matcher(text).matches()) {
            return IsoWeek.parse(text);
        }
        if (PeriodCodes.MONTH.matcher(text).matches()) {
            return Month.parse(text);
        }
        if (PeriodCodes.TERTIAL.matcher(text).matches()) {
            return Tertial.parse(text);
        }
        if (PeriodCodes.HALF_YEAR.matcher(text).matches()) {
            return HalfYear.parse(text);
        }
        if (PeriodCodes.YEAR.matcher(text).matches()) {
            return Year.parse(text);
        }
        throw new PeriodFormatException(text,
                "'" + text + "' is not a period code; expected " + PeriodCodes.ACCEPTED_FORMS);
    }
}
