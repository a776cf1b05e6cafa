/** The notification pages: one's own notifications and the outbox (Utkorg) of mails within one's scope. */
package se.lagesbild.notification.web;
