package se.lagesbild.notification;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Without SMTP (the default): mails are recorded unsent, and Utkorg shows what would have been sent. */
@Component
@ConditionalOnProperty(name = "lagesbild.mail.enabled", havingValue = "false", matchIfMissing = true)
class DatabaseOutbox implements Outbox {

    private final OutboxMails mails;
    private final Clock clock;

    DatabaseOutbox(OutboxMails mails, Clock clock) {
        this.mails = mails;
        this.clock = clock;
    }

    @Override
    public void send(OutgoingMail mail) {
        mails.record(mail, clock.instant(), null);
    }
}
