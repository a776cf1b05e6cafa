package se.lagesbild.notification;

import java.time.ZonedDateTime;

import se.lagesbild.reporting.ReportKind;

/**
 * A notice one account should get about one report (which may not have been started yet), before its texts are
 * written.
 *
 * @param mail     whether the account has an e-mail address to send it to as well
 * @param reportId the report, when there is one
 * @param eventKey what happened, unique per account: the same event never gives a second notice
 * @param unitName the contributing unit's name; null for a picture
 * @param due      when the report is due; null for a returned report
 */
record Notice(NoticeKind kind, long accountId, boolean mail, ReportKind reportKind, String reportSubject,
              String periodCode, Long reportId, String eventKey, String unitName, String municipalityName,
              ZonedDateTime due) {

    static String eventKey(NoticeKind kind, String reportSubject, String periodCode) {
        return kind.name() + ":" + reportSubject + ":" + periodCode;
    }
}
