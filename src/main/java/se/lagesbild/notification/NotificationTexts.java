package se.lagesbild.notification;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.lagesbild.shared.period.DueDates;
import se.lagesbild.shared.period.Period;
import se.lagesbild.shared.period.SwedishCalendar;

/**
 * The Swedish subject and body of a notice, from the message keys {@code notification.<report kind>.<notice kind>.*}.
 * Only names, periods and due moments go into them, never an answer or a review comment: those are free text and
 * may hold what must not travel by e-mail.
 */
@Component
class NotificationTexts {

    static final Locale SWEDISH = Locale.forLanguageTag("sv");

    // Spelled out, like shared.period.Month's names, rather than taken from the JDK's changing locale data.
    private static final List<String> WEEKDAYS = List.of("måndag", "tisdag", "onsdag", "torsdag", "fredag",
            "lördag", "söndag");
    private static final List<String> MONTHS = List.of("januari", "februari", "mars", "april", "maj", "juni", "juli",
            "augusti", "september", "oktober", "november", "december");

    private final MessageSource messages;

    NotificationTexts(MessageSource messages) {
        this.messages = messages;
    }

    record Texts(String subject, String body) {
    }

    Texts of(Notice notice) {
        String key = "notification." + notice.reportKind().name() + "." + notice.kind().name();
        Object[] args = {Period.parse(notice.periodCode()).labelSv(), notice.unitName(), notice.municipalityName(),
                notice.due() == null ? "" : dueMoment(notice.due())};
        return new Texts(messages.getMessage(key + ".subject", args, SWEDISH),
                messages.getMessage(key + ".body", args, SWEDISH));
    }

    String mailSubject(String subject) {
        return messages.getMessage("notification.mail.subject", new Object[] {subject}, SWEDISH);
    }

    String mailBody(String body, String baseUrl) {
        String text = body + "\n\n" + messages.getMessage("notification.mail.footer", null, SWEDISH);
        if (baseUrl != null && !baseUrl.isBlank()) {
            String link = baseUrl.replaceAll("/+$", "") + "/notifications";
            text += "\n" + messages.getMessage("notification.mail.link", new Object[] {link}, SWEDISH);
        }
        return text;
    }

    /**
     * "måndag 16 februari kl. 12", in Swedish time; a due moment at the end of the day is just the day, since the
     * whole day counts.
     */
    static String dueMoment(ZonedDateTime due) {
        ZonedDateTime swedish = due.withZoneSameInstant(SwedishCalendar.ZONE);
        String day = WEEKDAYS.get(swedish.getDayOfWeek().getValue() - 1) + " " + swedish.getDayOfMonth() + " "
                + MONTHS.get(swedish.getMonthValue() - 1);
        if (swedish.toLocalTime().withNano(0).equals(DueDates.END_OF_DAY)) {
            return day;
        }
        String time = swedish.getMinute() == 0 ? String.valueOf(swedish.getHour())
                : "%d.%02d".formatted(swedish.getHour(), swedish.getMinute());
        return day + " kl. " + time;
    }
}
