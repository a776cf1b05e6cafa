package se.lagesbild.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the reminder job looks at ({@code lagesbild.reminders.*}). The job's cron and lock durations are read by
 * {@link ReminderJob}'s annotations; their defaults are there.
 *
 * @param remindBefore   how long before the due moment a reporter is reminded
 * @param latePeriods    how many of the latest periods past their due moment are checked for late reports; older
 *                       periods are never looked at again, so a run stays cheap however long the system has run
 * @param returnedWithin how far back returned reports are looked for
 * @param baseUrl        the application's address for links in mails; no link when empty
 * @param mailBatch      at most this many mails are handed to delivery per run
 */
@ConfigurationProperties("lagesbild.reminders")
record ReminderProperties(@DefaultValue("24h") Duration remindBefore, @DefaultValue("2") int latePeriods,
                          @DefaultValue("7d") Duration returnedWithin, @DefaultValue("") String baseUrl,
                          @DefaultValue("500") int mailBatch) {

    ReminderProperties {
        if (latePeriods < 1) {
            throw new IllegalArgumentException("lagesbild.reminders.late-periods must be 1 or more");
        }
    }
}
