package org.advocacy.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.advocacy.kernel.i18n.Translations;
import org.advocacy.notification.internal.NotificationRepository;
import org.advocacy.notification.internal.NotificationRepository.DigestUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a week (Monday 08:00 in the organisation's time zone by default, {@code app.notification.digest-cron}),
 * mails every user who asked for it one digest of their unread notices of the past week. Each user's digest is
 * claimed by an atomic update first, so several instances never send it twice.
 */
@Component
public class WeeklyDigest {

    private static final Logger log = LoggerFactory.getLogger(WeeklyDigest.class);
    static final int MAX_LINES = 30;

    private final NotificationRepository repository;
    private final Mailer mailer;
    private final Translations translations;
    private final Clock clock;

    WeeklyDigest(NotificationRepository repository, Mailer mailer, Translations translations, Clock clock) {
        this.repository = repository;
        this.mailer = mailer;
        this.translations = translations;
        this.clock = clock;
    }

    @Scheduled(cron = "${app.notification.digest-cron:0 0 8 * * MON}", zone = "${app.org.time-zone}")
    public void run() {
        int sent = sendDue();
        log.info("Weekly digest: {} e-mails", sent);
    }

    /**
     * Sends the digests that are due now; returns how many mails left. Deliberately not one transaction (issue 14):
     * each user's claim is its own atomic update, so the job never holds locks while it talks to the mail server.
     */
    public int sendDue() {
        if (!mailer.enabled()) {
            return 0;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        int sent = 0;
        for (DigestUser user : repository.digestUsers()) {
            // six days and a bit: a digest per calendar week even if the job runs a little early or late
            if (!repository.claimDigest(user.userId(), now, now.minusDays(6).minusHours(12))) {
                continue;
            }
            LocalDateTime since = user.lastDigestAt() == null ? now.minusDays(7) : user.lastDigestAt();
            List<Notification> unread = repository.unreadSince(user.userId(), since, MAX_LINES);
            if (unread.isEmpty()) {
                continue;
            }
            Locale locale = Translations.supported(user.locale() == null ? null : Locale.forLanguageTag(user.locale()));
            String lines = unread.stream()
                    .map(n -> "• " + translations.get(n.messageKey(), locale, n.args(locale)))
                    .collect(Collectors.joining("\n"));
            if (mailer.sendText(user.email(), locale, "notification.digest.subject", "notification.digest.body",
                    user.displayName(), unread.size(), lines)) {
                sent++;
            }
        }
        return sent;
    }
}
