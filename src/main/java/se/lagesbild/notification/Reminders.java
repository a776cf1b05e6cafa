package se.lagesbild.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.lagesbild.reporting.ReportKind;
import se.lagesbild.reporting.Schedule;
import se.lagesbild.shared.period.Period;
import se.lagesbild.shared.period.PeriodKind;
import se.lagesbild.shared.period.SwedishCalendar;

/**
 * What the reminder job does at one moment: for every period kind in use it looks at the few periods around now,
 * reminds the reporters of reports due within {@code remind-before} that are not submitted, tells them once when the
 * due moment has passed, and tells them once for every return; it stores what every {@link NoticeSource} of the
 * other modules answers; then it hands the new notices' mails to the outbox, those of the sources' notices among
 * them. Safe to run again at any moment: a notice already given is never given again.
 */
@Service
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final ExpectedReports expected;
    private final Notifications notifications;
    private final MailDispatch mails;
    private final ReminderProperties properties;
    private final List<NoticeSource> sources;

    /** {@code sources} is empty when no module gives notices of its own. */
    Reminders(ExpectedReports expected, Notifications notifications, MailDispatch mails,
              ReminderProperties properties, List<NoticeSource> sources) {
        this.expected = expected;
        this.notifications = notifications;
        this.mails = mails;
        this.properties = properties;
        this.sources = List.copyOf(sources);
    }

    public RemindersRan run(Instant now) {
        List<Notice> reminders = new ArrayList<>();
        List<Notice> late = new ArrayList<>();
        for (ReportKind reportKind : ReportKind.values()) {
            for (PeriodKind periodKind : expected.periodKinds(reportKind)) {
                for (Period period : periodsAround(periodKind, now)) {
                    ZonedDateTime due = dueOf(reportKind, period);
                    if (isDueSoon(due, now)) {
                        reminders.addAll(find(reportKind, NoticeKind.REMINDER, period, due));
                    } else if (!due.toInstant().isAfter(now) && isRecentlyDue(reportKind, period, now)) {
                        late.addAll(find(reportKind, NoticeKind.LATE, period, due));
                    }
                }
            }
        }
        List<Notice> returned = expected.returned(now.minus(properties.returnedWithin()), now);
        int newReminders = notifications.store(reminders, now);
        int newLate = notifications.store(late, now);
        int newReturned = notifications.store(returned, now);
        int newOthers = storeOthers(now);
        return new RemindersRan(now, newReminders, newLate, newReturned, newOthers, mails.deliverPending());
    }

    /**
     * Every source's notices, each source in its own transaction: one that fails (to answer or to be stored) loses
     * only its own notices of this tick, since it answers them all again on the next.
     */
    private int storeOthers(Instant now) {
        int stored = 0;
        for (NoticeSource source : sources) {
            try {
                stored += notifications.storeOther(source.notices(now), now);
            } catch (RuntimeException failed) {
                // only the source and the kind of failure: a message may quote the notices (PostgreSQL's batch
                // errors quote the statement with its values), and texts about people stay out of the log
                log.warn("Notices from {} not stored, asking again next run: {}", source.getClass().getName(),
                        failed.getClass().getSimpleName());
            }
        }
        return stored;
    }

    private List<Notice> find(ReportKind reportKind, NoticeKind kind, Period period, ZonedDateTime due) {
        return reportKind == ReportKind.CONTRIBUTION ? expected.contributions(kind, period, due)
                : expected.pictures(kind, period, due);
    }

    private boolean isDueSoon(ZonedDateTime due, Instant now) {
        Instant moment = due.toInstant();
        return moment.isAfter(now) && !moment.isAfter(now.plus(properties.remindBefore()));
    }

    /** Whether the period is among the latest {@code late-periods} whose due moment has passed. */
    private boolean isRecentlyDue(ReportKind reportKind, Period period, Instant now) {
        int newerPastDue = 0;
        for (Period newer = period.next(); !dueOf(reportKind, newer).toInstant().isAfter(now); newer = newer.next()) {
            newerPastDue++;
        }
        return newerPastDue < properties.latePeriods();
    }

    /**
     * The running period and enough before it to reach the latest {@code late-periods} past their due moments: a due
     * moment always lies after its period, within a period's length.
     */
    private List<Period> periodsAround(PeriodKind kind, Instant now) {
        Period current = kind.current(Clock.fixed(now, SwedishCalendar.ZONE));
        return PeriodKind.lastN(current, properties.latePeriods() + 2);
    }

    /** The schedule's own rule; it depends on the period alone, not on who reports. */
    static ZonedDateTime dueOf(ReportKind kind, Period period) {
        return new Schedule(kind, 0, 0, period.kind(), List.of(), false).dueOf(period);
    }
}
