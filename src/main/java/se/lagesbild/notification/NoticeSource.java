package se.lagesbild.notification;

import java.time.Instant;
import java.util.List;

/**
 * Where other modules' notices come from: what they answer goes through the same in-app notifications and the same
 * mails (outbox or SMTP) as the reminders about reports, on the same scheduled tick and on the one node that holds
 * its lock. Implement it as a Spring bean; the reminder job asks every one of them on every run.
 *
 * <p>A source answers every notice that is due at {@code now}, not only the new ones: the same event key given again
 * to the same account is simply skipped, so a source keeps no record of what it has told and may answer the same
 * notices on every tick. A notice that is no longer due (the follow-up was recorded) is simply not answered again.
 * A source that throws loses only its own notices of that tick; the reminders, the other sources and the mails go on,
 * and the next tick asks it again.
 */
public interface NoticeSource {

    /** The notices due at this moment, already given or not; an empty list when there are none. */
    List<OtherNotice> notices(Instant now);
}
