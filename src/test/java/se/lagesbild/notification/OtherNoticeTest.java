package se.lagesbild.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A source's notice is refused when it is made, not when the job stores it, if it would break the table's rules. */
class OtherNoticeTest {

    @Test
    void aFollowUpNoticeWithAnApplicationPathIsAccepted() {
        var notice = notice(NoticeKind.FOLLOW_UP_DUE, "FOLLOW_UP_DUE:follow-up:7", "/action/plans/12?tab=measures");

        assertThat(notice.link()).isEqualTo("/action/plans/12?tab=measures");
    }

    @Test
    void theReportKindsAreTheReminderJobsOwn() {
        assertThatThrownBy(() -> notice(NoticeKind.REMINDER, "REMINDER:follow-up:7", "/action/plans/12"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theEventKeyStartsWithTheKindSoItNeverMeetsAReminders() {
        assertThatThrownBy(() -> notice(NoticeKind.FOLLOW_UP_LATE, "REMINDER:unit:12:2026-W07", "/action/plans/12"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> notice(NoticeKind.FOLLOW_UP_LATE, "FOLLOW_UP_DUE:follow-up:7", "/action/plans/12"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "action/plans/12", "//evil.example/x", "/\\evil.example", "https://evil.example/",
            "/action/plans/12 x"})
    void theLinkStaysWithinTheApplication(String link) {
        assertThatThrownBy(() -> notice(NoticeKind.FOLLOW_UP_DUE, "FOLLOW_UP_DUE:follow-up:7", link))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textsAndKeysFitTheirColumns() {
        assertThatThrownBy(() -> new OtherNotice(NoticeKind.FOLLOW_UP_DUE, 1, "FOLLOW_UP_DUE:" + "x".repeat(120),
                "Ämne", "Text", "/action/plans/12")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OtherNotice(NoticeKind.FOLLOW_UP_DUE, 1, "FOLLOW_UP_DUE:follow-up:7",
                "Ä".repeat(301), "Text", "/action/plans/12")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OtherNotice(NoticeKind.FOLLOW_UP_DUE, 1, "FOLLOW_UP_DUE:follow-up:7",
                "Ämne", " ", "/action/plans/12")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OtherNotice(NoticeKind.FOLLOW_UP_DUE, 1, "FOLLOW_UP_DUE:follow-up:7",
                "Ämne", "Text", "/" + "a".repeat(200))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new OtherNotice(NoticeKind.FOLLOW_UP_DUE, 1, "FOLLOW_UP_DUE:" + "x".repeat(106), "Ä".repeat(300),
                "T".repeat(2000), "/" + "a".repeat(199)).eventKey()).hasSize(120);
    }

    private static OtherNotice notice(NoticeKind kind, String eventKey, String link) {
        return new OtherNotice(kind, 1, eventKey, "Uppföljning snart", "En uppföljning ska göras.", link);
    }
}
