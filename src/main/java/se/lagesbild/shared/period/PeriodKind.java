package se.lagesbild.shared.period;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The kinds of reporting period, from shortest to longest; a reporting schedule names one of them. */
public enum PeriodKind {

    WEEK("vecka", "week", IsoWeek::containing),
    MONTH("månad", "month", Month::containing),
    TERTIAL("tertial", "tertial", Tertial::containing),
    HALF_YEAR("halvår", "half-year", HalfYear::containing),
    YEAR("år", "year", Year::containing);

    private final String labelSv;
    private final String labelEn;
    private final Function<LocalDate, Period> containing;

    PeriodKind(String labelSv, String labelEn, Function<LocalDate, Period> containing) {
        this.labelSv = labelSv;
        this.labelEn = labelEn;
        this.containing = containing;
    }

    /** The period of this kind that the day lies in. */
    public Period containing(LocalDate date) {
        return containing.apply(date);
    }

    /**
     * The period of this kind that is running now in Sweden. The clock's own zone is ignored: a server on UTC must
     * still switch to a new week at midnight Swedish time, not at 01:00 or 02:00.
     */
    public Period current(Clock clock) {
        return containing(LocalDate.ofInstant(clock.instant(), SwedishCalendar.ZONE));
    }

    /**
     * The {@code n} periods that end with {@code end}, oldest first (the order of a time axis). Static because the
     * kind is that of {@code end}; a kind passed beside it could only disagree.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public static List<Period> lastN(Period end, int n) {
        Objects.requireNonNull(end, "end");
        if (n < 0) {
            throw new IllegalArgumentException("Cannot list " + n + " periods; n must be 0 or more");
        }
        Period[] periods = new Period[n];
        Period period = end;
        for (int i = n - 1; i >= 0; i--) {
            periods[i] = period;
            if (i > 0) {
                period = period.previous();
            }
        }
        return List.of(periods);
    }

    /** The kind's name on Swedish pages, e.g. "vecka", "halvår". */
    public String labelSv() {
        return labelSv;
    }

    /** The kind's name on English pages, e.g. "week", "half-year". */
    public String labelEn() {
        return labelEn;
    }
}
