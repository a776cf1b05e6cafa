package se.lagesbild.notification;

/**
 * Where mails go: SMTP when {@code lagesbild.mail.enabled=true}, otherwise only the outbox table, which the page
 * Utkorg shows. Either way the mail is recorded in {@code outbox_mail}.
 */
interface Outbox {

    /** Delivers the mail or throws; a mail that was not delivered stays pending and is tried again next tick. */
    void send(OutgoingMail mail);
}
