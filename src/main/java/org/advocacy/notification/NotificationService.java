package org.advocacy.notification;

import org.advocacy.kernel.id.AccountId;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.advocacy.notification.internal.NotificationRepository;
import org.advocacy.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notification centre's store. The features do not call it: they publish events, and {@link FeatureNotices}
 * turns them into notices after their commit; the e-mail (when SMTP is configured) leaves after the notice's commit.
 * Users read and clear only their own notices.
 */
@Service
public class NotificationService {

    private final NotificationRepository repository;
    private final CurrentUser currentUser;
    private final Mailer mailer;
    private final Clock clock;

    NotificationService(NotificationRepository repository, CurrentUser currentUser, Mailer mailer, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.mailer = mailer;
        this.clock = clock;
    }

    /**
     * Adds a notice for a user. {@code kind} is the feature's own constant (e.g. "recognition.received"),
     * {@code messageKey} a translation key whose arguments are {@code args}; {@code link} a route to open.
     * With {@code email}, the same text is mailed to the user in their language after the commit, unless the user
     * switched e-mails off in their preferences.
     */
    @Transactional
    public long notify(AccountId account, String kind, String messageKey, List<String> args, String link,
            boolean email) {
        long userId = account.value();
        long id = repository.insert(userId, kind, messageKey, args, link, LocalDateTime.now(clock));
        if (email && repository.preferences(userId).email()) {
            mailer.sendAfterCommit(id);
        }
        return id;
    }

    /**
     * The same notice for many users (reminders to a whole audience): multi-row inserts and one preferences query
     * per {@value #CHUNK} users, never a statement per user. E-mails as with {@link #notify}. Returns how many.
     */
    @Transactional
    public int notifyAll(List<AccountId> accounts, String kind, String messageKey, List<String> args, String link,
            boolean email) {
        List<Long> userIds = accounts.stream().map(AccountId::value).toList();
        LocalDateTime now = LocalDateTime.now(clock);
        for (int from = 0; from < userIds.size(); from += CHUNK) {
            List<Long> chunk = userIds.subList(from, Math.min(userIds.size(), from + CHUNK));
            List<Long> ids = repository.insertAll(chunk, kind, messageKey, args, link, now);
            if (email && mailer.enabled()) {
                java.util.Set<Long> noMail = repository.emailOff(chunk);
                for (int i = 0; i < chunk.size(); i++) {
                    if (!noMail.contains(chunk.get(i))) {
                        mailer.sendAfterCommit(ids.get(i));
                    }
                }
            }
        }
        return userIds.size();
    }

    private static final int CHUNK = 1000;

    @PreAuthorize(NotificationPermissions.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Notification> mine(int offset, int limit) {
        return repository.forUser(currentUser.require().id(), offset, Math.min(limit, 200));
    }

    @PreAuthorize(NotificationPermissions.SIGNED_IN)
    @Transactional(readOnly = true)
    public int unreadCount() {
        return currentUser.get().map(u -> repository.unreadCount(u.id())).orElse(0);
    }

    @PreAuthorize(NotificationPermissions.SIGNED_IN)
    @Transactional
    public void markRead(long notificationId) {
        repository.markRead(currentUser.require().id(), notificationId, LocalDateTime.now(clock));
    }

    @PreAuthorize(NotificationPermissions.SIGNED_IN)
    @Transactional
    public int markAllRead() {
        return repository.markAllRead(currentUser.require().id(), LocalDateTime.now(clock));
    }

    @PreAuthorize(NotificationPermissions.SIGNED_IN)
    @Transactional(readOnly = true)
    public int countMine() {
        return repository.countForUser(currentUser.require().id());
    }

    @PreAuthorize(NotificationPermissions.SIGNED_IN)
    @Transactional(readOnly = true)
    public NotificationPreferences preferences() {
        return repository.preferences(currentUser.require().id());
    }

    @PreAuthorize(NotificationPermissions.SIGNED_IN)
    @Transactional
    public void savePreferences(NotificationPreferences preferences) {
        repository.savePreferences(currentUser.require().id(), preferences);
    }

    /** Whether notices can leave by e-mail at all (SMTP configured). */
    @PreAuthorize(NotificationPermissions.SIGNED_IN)
    public boolean mailEnabled() {
        return mailer.enabled();
    }
}
