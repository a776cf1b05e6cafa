package se.lagesbild.notification;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A notice from another module (through a {@link NoticeSource}) for one account, its texts already written. The
 * texts are mailed as they are, so they must never quote free text that someone wrote (a comment, a description, a
 * name of a person): only names of organisations and units, dates and the like, as the reminders' texts do.
 *
 * <p>Checked when it is made, so that a source that breaks the rules fails in its own tests, not in the job: the
 * lengths are the columns' ({@code notification}), the event key starts with the kind (so it can never meet the
 * reminders' keys, which start with theirs) and the link stays within the application.
 *
 * @param kind      not one of the kinds about reports, which are the reminder job's own
 * @param accountId the account told; a disabled account is not told (until it is enabled again)
 * @param eventKey  what happened, unique per account, starting with the kind and a colon, e.g.
 *                  {@code FOLLOW_UP_DUE:follow-up:7}: the same key is never given twice to one account
 * @param subjectSv the Swedish subject, at most 300 characters; the in-app title and the mail's subject
 * @param bodySv    the Swedish text, at most 2000 characters
 * @param link      the page it leads to, an application path such as {@code /action/plans/12} (at most 200
 *                  characters, without the context path); the mail links to the notification page, not here
 */
public record OtherNotice(NoticeKind kind, long accountId, String eventKey, String subjectSv, String bodySv,
                          String link) {

    /** A path within the application: one leading slash, never "//" or a backslash (which browsers read as a host). */
    private static final Pattern APPLICATION_PATH = Pattern.compile("/(?![/\\\\])[^\\s\\\\]*");

    public OtherNotice {
        Objects.requireNonNull(kind, "kind");
        if (kind.aboutReport()) {
            throw new IllegalArgumentException(kind + " notices are about reports and written by the reminder job");
        }
        require(eventKey, 120, "eventKey");
        if (!eventKey.startsWith(kind.name() + ":")) {
            throw new IllegalArgumentException("the event key must start with " + kind + ": " + eventKey);
        }
        require(subjectSv, 300, "subjectSv");
        require(bodySv, 2000, "bodySv");
        require(link, 200, "link");
        if (!APPLICATION_PATH.matcher(link).matches()) {
            throw new IllegalArgumentException("the link must be a path within the application: " + link);
        }
    }

    private static void require(String value, int maxLength, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(name + " is longer than " + maxLength + " characters");
        }
    }
}
