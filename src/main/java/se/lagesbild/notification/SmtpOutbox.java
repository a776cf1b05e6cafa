package se.lagesbild.notification;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * With {@code lagesbild.mail.enabled=true}: mails go out through SMTP as configured by {@code spring.mail.*}, and
 * are recorded with the moment they were sent.
 */
@Component
@ConditionalOnProperty(name = "lagesbild.mail.enabled", havingValue = "true")
class SmtpOutbox implements Outbox {

    private final JavaMailSender sender;
    private final OutboxMails mails;
    private final Clock clock;
    private final String from;

    SmtpOutbox(JavaMailSender sender, OutboxMails mails, Clock clock,
               @Value("${lagesbild.mail.from:lagesbild@localhost}") String from) {
        this.sender = sender;
        this.mails = mails;
        this.clock = clock;
        this.from = from;
    }

    @Override
    public void send(OutgoingMail mail) {
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.to());
        message.setSubject(mail.subject());
        message.setText(mail.body());
        var created = clock.instant();
        sender.send(message);
        mails.record(mail, created, clock.instant());
    }
}
