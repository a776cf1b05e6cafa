package se.lagesbild.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** With mail enabled, a mail goes to the SMTP server and is recorded as sent; a failed send is not recorded. */
class SmtpOutboxTest {

    private final JavaMailSender sender = mock(JavaMailSender.class);
    private final OutboxMails mails = mock(OutboxMails.class);
    private final Instant now = Instant.parse("2026-02-15T12:00:00Z");
    private final SmtpOutbox outbox = new SmtpOutbox(sender, mails, Clock.fixed(now, ZoneOffset.UTC),
            "lagesbild@kommun.example");
    private final OutgoingMail mail = new OutgoingMail(7, 3, "anna@kommun.example", "Påminnelse – Lägesbild",
            "Bidraget ska vara inskickat.");

    @Test
    void sendsThroughSmtpAndRecordsTheMailAsSent() {
        outbox.send(mail);

        var message = ArgumentCaptor.forClass(SimpleMailMessage.class);
        verify(sender).send(message.capture());
        assertThat(message.getValue().getFrom()).isEqualTo("lagesbild@kommun.example");
        assertThat(message.getValue().getTo()).containsExactly("anna@kommun.example");
        assertThat(message.getValue().getSubject()).isEqualTo("Påminnelse – Lägesbild");
        assertThat(message.getValue().getText()).isEqualTo("Bidraget ska vara inskickat.");
        verify(mails).record(mail, now, now);
    }

    @Test
    void aFailedSendIsNotRecorded() {
        doThrow(new MailSendException("no server")).when(sender).send(any(SimpleMailMessage.class));

        assertThatThrownBy(() -> outbox.send(mail)).isInstanceOf(MailSendException.class);
        verify(mails, never()).record(any(), any(), any());
    }
}
