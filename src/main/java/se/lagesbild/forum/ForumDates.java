package se.lagesbild.forum;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import se.lagesbild.shared.period.SwedishCalendar;

/**
 * Days and times in words, in Swedish ("måndag 23 februari 2026", "kl. 09.00") or English ("Monday 23 February
 * 2026", "09:00"). Spelled out here rather than taken from the JDK's locale data, which changes between versions.
 */
public final class ForumDates {

    private static final List<String> WEEKDAYS_SV = List.of("måndag", "tisdag", "onsdag", "torsdag", "fredag",
            "lördag", "söndag");
    private static final List<String> MONTHS_SV = List.of("januari", "februari", "mars", "april", "maj", "juni",
            "juli", "augusti", "september", "oktober", "november", "december");
    private static final List<String> WEEKDAYS_EN = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    private static final List<String> MONTHS_EN = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");

    private ForumDates() {
    }

    /** "måndag 23 februari 2026" or "Monday 23 February 2026"; empty for no day. */
    public static String day(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        boolean english = isEnglish(locale);
        return (english ? WEEKDAYS_EN : WEEKDAYS_SV).get(date.getDayOfWeek().getValue() - 1) + " "
                + date.getDayOfMonth() + " " + (english ? MONTHS_EN : MONTHS_SV).get(date.getMonthValue() - 1) + " "
                + date.getYear();
    }

    /** "09.00" in Swedish, "09:00" in English; empty for no time. */
    public static String time(LocalTime time, Locale locale) {
        if (time == null) {
            return "";
        }
        return "%02d%s%02d".formatted(time.getHour(), isEnglish(locale) ? ":" : ".", time.getMinute());
    }

    /** "09.00–12.00", or just the start. */
    public static String span(LocalTime from, LocalTime to, Locale locale) {
        return to == null ? time(from, locale) : time(from, locale) + "–" + time(to, locale);
    }

    /** The day of a moment in Swedish time, in words. */
    public static String day(Instant moment, Locale locale) {
        return moment == null ? "" : day(LocalDate.ofInstant(moment, SwedishCalendar.ZONE), locale);
    }

    /** A moment in Swedish time as "2026-02-23 14.05" (or "14:05" in English). */
    public static String moment(Instant moment, Locale locale) {
        if (moment == null) {
            return "";
        }
        var swedish = moment.atZone(SwedishCalendar.ZONE);
        return swedish.toLocalDate() + " " + time(swedish.toLocalTime(), locale);
    }

    private static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
