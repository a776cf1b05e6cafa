package se.lagesbild.notification;

/** A mail about one notification, ready for delivery. */
public record OutgoingMail(long notificationId, long accountId, String to, String subject, String body) {
}
