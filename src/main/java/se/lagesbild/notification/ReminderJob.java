package se.lagesbild.notification;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the reminders every quarter of an hour ({@code lagesbild.reminders.cron}; "-" turns the job off). Every node
 * schedules it and the ShedLock lock lets one of them run it. The lock is held at least a minute, so that a node
 * whose clock is a little behind does not run the same tick again after a quick run has released it.
 */
@Component
class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final Reminders reminders;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReminderJob(Reminders reminders, ApplicationEventPublisher events, Clock clock) {
        this.reminders = reminders;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${lagesbild.reminders.cron:0 */15 * * * *}", zone = "Europe/Stockholm")
    @SchedulerLock(name = "reminders", lockAtMostFor = "${lagesbild.reminders.lock-at-most-for:10m}",
            lockAtLeastFor = "${lagesbild.reminders.lock-at-least-for:1m}")
    void tick() {
        RemindersRan ran = reminders.run(clock.instant());
        if (ran.reminders() + ran.late() + ran.returned() + ran.others() + ran.mails() > 0) {
            log.info("Reminders: {} reminders, {} late notices, {} returned notices, {} other notices, {} mails",
                    ran.reminders(), ran.late(), ran.returned(), ran.others(), ran.mails());
        }
        events.publishEvent(ran);
    }
}
