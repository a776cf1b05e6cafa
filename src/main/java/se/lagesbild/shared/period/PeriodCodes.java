package se.lagesbild.shared.period;

import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The written forms of period codes in one place, so that {@link Period#parse} and each type's own {@code parse}
 * agree on them. Codes are strict (no spaces, no lower case, two-digit week and month) because they are keys in
 * URLs, files and the database, and one period must have exactly one spelling.
 */
final class PeriodCodes {

    static final Pattern WEEK = Pattern.compile("([0-9]{4})-W([0-9]{2})");
    static final Pattern MONTH = Pattern.compile("([0-9]{4})-([0-9]{2})");
    static final Pattern TERTIAL = Pattern.compile("([0-9]{4})-T([0-9])");
    static final Pattern HALF_YEAR = Pattern.compile("([0-9]{4})-H([0-9])");
    static final Pattern YEAR = Pattern.compile("([0-9]{4})");

    static final String ACCEPTED_FORMS = "2026-W07 (week), 2026-03 (month), 2026-T2 (tertial), 2026-H1 (half-year) "
            + "or 2026 (year)";

    // Four-digit years keep every code the same width, so that codes also sort as text.
    static final int MIN_YEAR = 1000;
    static final int MAX_YEAR = 9999;

    private PeriodCodes() {
    }

    /** The groups of {@code text} in {@code form}, or a {@link PeriodFormatException} that shows the form expected. */
    static Matcher match(Pattern form, String text, String kind, String example) {
        requirePresent(text);
        Matcher matcher = form.matcher(text);
        if (!matcher.matches()) {
            throw new PeriodFormatException(text,
                    "'" + text + "' is not a " + kind + " code; expected the form " + example);
        }
        return matcher;
    }

    static void requirePresent(String text) {
        if (text == null || text.isBlank()) {
            throw new PeriodFormatException(text, "No period code given; expected " + ACCEPTED_FORMS);
        }
    }

    /** Turns a value that is well formed but out of range (week 54, month 13) into a format error for the input. */
    static <P extends Period> P build(String text, Supplier<P> constructor) {
        try {
            return constructor.get();
        } catch (PeriodFormatException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new PeriodFormatException(text, "'" + text + "' is not a valid period: " + e.getMessage());
        }
    }

    static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("year " + year + " must be between " + MIN_YEAR + " and " + MAX_YEAR);
        }
    }

    static void checkRange(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " " + value + " must be between " + min + " and " + max);
        }
    }
}
