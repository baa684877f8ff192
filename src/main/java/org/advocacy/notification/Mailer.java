package org.advocacy.notification;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import org.advocacy.kernel.i18n.Translations;
import org.advocacy.notification.internal.NotificationRepository;
import org.advocacy.notification.internal.NotificationRepository.MailJob;
import org.advocacy.settings.PublicAddressService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * E-mails notices in the recipient's language through Spring Mail, only when SMTP is configured
 * ({@code MAIL_HOST}); otherwise notices stay in-app. Sending happens after the surrounding commit, and a
 * failed delivery is logged, never undoing what was stored.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final NotificationRepository repository;
    private final Translations translations;
    private final Clock clock;
    private final String from;
    private final PublicAddressService address;

    Mailer(ObjectProvider<JavaMailSender> sender, NotificationRepository repository, Translations translations,
            Clock clock, @Value("${app.mail.from}") String from, PublicAddressService address) {
        this.sender = sender;
        this.repository = repository;
        this.translations = translations;
        this.clock = clock;
        this.from = from;
        this.address = address;
    }

    public boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    void sendAfterCommit(long notificationId) {
        if (!enabled()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send(notificationId);
                }
            });
        } else {
            send(notificationId);
        }
    }

    /** Sends one notice now (also used by digests and reminders of other features). */
    public void send(long notificationId) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return;
        }
        repository.mailJob(notificationId).ifPresent(job -> {
            try {
                mail.send(message(mail, job));
                repository.markEmailed(notificationId, LocalDateTime.now(clock));
            } catch (Exception e) {
                log.warn("Could not e-mail notification {} to {}: {}", notificationId, job.email(), e.toString());
            }
        });
    }

    /** Sends a free-standing translated e-mail (subject and body keys) to one address in a language. */
    public boolean sendText(String to, Locale locale, String subjectKey, String bodyKey, Object... args) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return false;
        }
        try {
            MimeMessage m = mail.createMimeMessage();
            MimeMessageHelper h = new MimeMessageHelper(m, false, "UTF-8");
            h.setFrom(from);
            h.setTo(to);
            h.setSubject(translations.get(subjectKey, locale, args));
            h.setText(translations.get(bodyKey, locale, args) + "\n\n" + address.url());
            mail.send(m);
            return true;
        } catch (Exception e) {
            log.warn("Could not e-mail {}: {}", to, e.toString());
            return false;
        }
    }

    private MimeMessage message(JavaMailSender mail, MailJob job) throws jakarta.mail.MessagingException {
        Locale locale = Translations.supported(job.locale() == null ? null : Locale.forLanguageTag(job.locale()));
        String text = translations.get(job.messageKey(), locale, Notification.localized(job.args(), locale));
        MimeMessage m = mail.createMimeMessage();
        MimeMessageHelper h = new MimeMessageHelper(m, false, "UTF-8");
        h.setFrom(from);
        h.setTo(job.email());
        h.setSubject(translations.get("notification.mail.subject", locale, text));
        h.setText(translations.get("notification.mail.body", locale, job.displayName(), text,
                address.url() + "/" + (job.link() == null ? "" : job.link())));
        return m;
    }
}
