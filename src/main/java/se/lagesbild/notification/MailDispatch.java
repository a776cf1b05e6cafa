package se.lagesbild.notification;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands the notices that wait for a mail to the outbox, one transaction per mail: a mail that could not be sent
 * stays pending and is tried again on the next run, and the others go out meanwhile.
 */
@Component
class MailDispatch {

    private static final Logger log = LoggerFactory.getLogger(MailDispatch.class);

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final NotificationTexts texts;
    private final TransactionTemplate transactions;
    private final ReminderProperties properties;

    MailDispatch(JdbcClient jdbc, Outbox outbox, NotificationTexts texts, TransactionTemplate transactions,
                 ReminderProperties properties) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.texts = texts;
        this.transactions = transactions;
        this.properties = properties;
    }

    private record Pending(long id, long accountId, String email, String subject, String body) {
    }

    /** Answers how many mails were handed over. */
    int deliverPending() {
        List<Pending> pending = jdbc.sql("""
                        select n.id, n.account_id, a.email, n.subject_sv, n.body_sv
                        from notification n join account a on a.id = n.account_id
                        where n.mail_pending = true order by n.id limit %d""".formatted(properties.mailBatch()))
                .query((rs, row) -> new Pending(rs.getLong("id"), rs.getLong("account_id"), rs.getString("email"),
                        rs.getString("subject_sv"), rs.getString("body_sv")))
                .list();
        int sent = 0;
        for (Pending mail : pending) {
            try {
                Boolean delivered = transactions.execute(status -> {
                    // the address may have been removed since the notice was created: then in-app only
                    boolean hasAddress = mail.email() != null && !mail.email().isBlank();
                    if (hasAddress) {
                        outbox.send(new OutgoingMail(mail.id(), mail.accountId(), mail.email(),
                                texts.mailSubject(mail.subject()), texts.mailBody(mail.body(), properties.baseUrl())));
                    }
                    jdbc.sql("update notification set mail_pending = false where id = :id").param("id", mail.id())
                            .update();
                    return hasAddress;
                });
                if (Boolean.TRUE.equals(delivered)) {
                    sent++;
                }
            } catch (RuntimeException failed) {
                // no address or text in the log: the notification id is enough to find it
                log.warn("Mail for notification {} not delivered, trying again next run: {}", mail.id(),
                        failed.getClass().getSimpleName());
            }
        }
        return sent;
    }
}
