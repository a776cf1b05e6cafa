package se.lagesbild.notification;

/**
 * Why an account is told. About a report, written by the reminder job itself: a report falls due soon, is late, or
 * came back from review. About a measure's follow-up, given by the action module through a {@link NoticeSource}: the
 * follow-up falls due soon, or its date has passed without an outcome recorded.
 */
public enum NoticeKind {
    REMINDER, LATE, RETURNED,
    // from the action module's NoticeSource; they name no report, only the page they lead to
    FOLLOW_UP_DUE, FOLLOW_UP_LATE;

    /**
     * Whether the reminder job writes this kind itself about a report. Those kinds are its own: their texts come from
     * {@code notification.<report kind>.<notice kind>.*}, and a {@link NoticeSource} may not answer them.
     */
    boolean aboutReport() {
        return this == REMINDER || this == LATE || this == RETURNED;
    }
}
