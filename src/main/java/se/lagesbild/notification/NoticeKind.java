package se.lagesbild.notification;

/** Why a reporter is told: a report falls due soon, is late, or came back from review. */
public enum NoticeKind {
    REMINDER, LATE, RETURNED
}
