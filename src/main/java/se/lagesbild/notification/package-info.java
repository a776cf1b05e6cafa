/**
 * Notifications: a scheduled job (one node per tick, through ShedLock) reminds reporters before a report falls due
 * and tells them when it is late or returned, in the application and by e-mail (or, without SMTP, in the outbox).
 * Other modules give their own notices the same way through a {@link se.lagesbild.notification.NoticeSource}.
 */
package se.lagesbild.notification;
