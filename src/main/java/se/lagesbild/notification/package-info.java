/**
 * Notifications: a scheduled job (one node per tick, through ShedLock) reminds reporters before a report falls due
 * and tells them when it is late or returned, in the application and by e-mail (or, without SMTP, in the outbox).
 */
package se.lagesbild.notification;
