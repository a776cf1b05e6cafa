package se.lagesbild.notification;

import java.time.Instant;

/**
 * One run of the reminder job, on the node that held the lock: how many notices and mails it created.
 *
 * @param others the new notices from other modules' {@link NoticeSource}s
 */
public record RemindersRan(Instant at, int reminders, int late, int returned, int others, int mails) {
}
