package org.advocacy.notification.internal;

import org.advocacy.kernel.id.AccountId;
import static org.advocacy.jooq.Tables.NOTIFICATION;
import static org.advocacy.jooq.Tables.NOTIFICATION_PREFERENCE;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.advocacy.notification.Notification;
import org.advocacy.notification.NotificationPreferences;
import org.advocacy.security.AccountDirectory;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** jOOQ access to notifications; arguments are kept as a JSON array of strings. */
@Repository
public class NotificationRepository {

    /** What the mailer needs to write one notice. */
    public record MailJob(String email, String displayName, String locale, String messageKey, List<String> args,
            String link) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext dsl;
    private final AccountDirectory accounts;

    NotificationRepository(DSLContext dsl, AccountDirectory accounts) {
        this.dsl = dsl;
        this.accounts = accounts;
    }

    public long insert(long userId, String kind, String key, List<String> args, String link, LocalDateTime now) {
        return dsl.insertInto(NOTIFICATION)
                .set(NOTIFICATION.USER_ID, userId).set(NOTIFICATION.KIND, kind).set(NOTIFICATION.MESSAGE_KEY, key)
                .set(NOTIFICATION.MESSAGE_ARGS, JSON.writeValueAsString(args == null ? List.of() : args))
                .set(NOTIFICATION.LINK, link).set(NOTIFICATION.CREATED_AT, now)
                .returningResult(NOTIFICATION.ID).fetchOne(NOTIFICATION.ID);
    }

    /** One notice for each of the users, in one multi-row insert; the new ids in the order of {@code userIds}. */
    public List<Long> insertAll(List<Long> userIds, String kind, String key, List<String> args, String link,
            LocalDateTime now) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        String json = JSON.writeValueAsString(args == null ? List.of() : args);
        var insert = dsl.insertInto(NOTIFICATION, NOTIFICATION.USER_ID, NOTIFICATION.KIND, NOTIFICATION.MESSAGE_KEY,
                NOTIFICATION.MESSAGE_ARGS, NOTIFICATION.LINK, NOTIFICATION.CREATED_AT);
        for (long user : userIds) {
            insert = insert.values(user, kind, key, json, link, now);
        }
        return insert.returningResult(NOTIFICATION.ID).fetch(NOTIFICATION.ID);
    }

    /** Of these users, the ones who switched e-mails off. */
    public java.util.Set<Long> emailOff(java.util.Collection<Long> userIds) {
        return new java.util.HashSet<>(dsl.select(NOTIFICATION_PREFERENCE.USER_ID).from(NOTIFICATION_PREFERENCE)
                .where(NOTIFICATION_PREFERENCE.USER_ID.in(userIds)).and(NOTIFICATION_PREFERENCE.EMAIL_ENABLED.isFalse())
                .fetch(NOTIFICATION_PREFERENCE.USER_ID));
    }

    public List<Notification> forUser(long userId, int offset, int limit) {
        return dsl.select(NOTIFICATION.ID, NOTIFICATION.KIND, NOTIFICATION.MESSAGE_KEY, NOTIFICATION.MESSAGE_ARGS,
                        NOTIFICATION.LINK, NOTIFICATION.CREATED_AT, NOTIFICATION.READ_AT)
                .from(NOTIFICATION).where(NOTIFICATION.USER_ID.eq(userId))
                .orderBy(NOTIFICATION.CREATED_AT.desc(), NOTIFICATION.ID.desc())
                .offset(offset).limit(limit)
                .fetch(r -> new Notification(r.value1(), r.value2(), r.value3(), args(r.value4()), r.value5(), r.value6(),
                        r.value7()));
    }

    public int unreadCount(long userId) {
        return dsl.fetchCount(NOTIFICATION, NOTIFICATION.USER_ID.eq(userId).and(NOTIFICATION.READ_AT.isNull()));
    }

    public void markRead(long userId, long id, LocalDateTime now) {
        dsl.update(NOTIFICATION).set(NOTIFICATION.READ_AT, now)
                .where(NOTIFICATION.ID.eq(id)).and(NOTIFICATION.USER_ID.eq(userId)).and(NOTIFICATION.READ_AT.isNull())
                .execute();
    }

    public int markAllRead(long userId, LocalDateTime now) {
        return dsl.update(NOTIFICATION).set(NOTIFICATION.READ_AT, now)
                .where(NOTIFICATION.USER_ID.eq(userId)).and(NOTIFICATION.READ_AT.isNull()).execute();
    }

    public Optional<MailJob> mailJob(long id) {
        // the recipient's address and language are the security module's (only enabled accounts get mail)
        return dsl.select(NOTIFICATION.USER_ID, NOTIFICATION.MESSAGE_KEY, NOTIFICATION.MESSAGE_ARGS, NOTIFICATION.LINK)
                .from(NOTIFICATION).where(NOTIFICATION.ID.eq(id)).fetchOptional()
                .flatMap(r -> accounts.enabledContact(AccountId.of(r.value1())).map(c -> new MailJob(c.email(), c.displayName(),
                        c.locale(), r.value2(), args(r.value3()), r.value4())));
    }

    public void markEmailed(long id, LocalDateTime now) {
        dsl.update(NOTIFICATION).set(NOTIFICATION.EMAILED_AT, now).where(NOTIFICATION.ID.eq(id)).execute();
    }

    // --- preferences and the weekly digest ---

    /** A user who asked for the weekly digest, with what the mail needs. */
    public record DigestUser(long userId, String email, String displayName, String locale, LocalDateTime lastDigestAt) {
    }

    public NotificationPreferences preferences(long userId) {
        return dsl.select(NOTIFICATION_PREFERENCE.EMAIL_ENABLED, NOTIFICATION_PREFERENCE.WEEKLY_DIGEST)
                .from(NOTIFICATION_PREFERENCE).where(NOTIFICATION_PREFERENCE.USER_ID.eq(userId))
                .fetchOptional(Records.mapping(NotificationPreferences::new))
                .orElse(NotificationPreferences.DEFAULT);
    }

    public void savePreferences(long userId, NotificationPreferences p) {
        dsl.insertInto(NOTIFICATION_PREFERENCE)
                .set(NOTIFICATION_PREFERENCE.USER_ID, userId).set(NOTIFICATION_PREFERENCE.EMAIL_ENABLED, p.email())
                .set(NOTIFICATION_PREFERENCE.WEEKLY_DIGEST, p.weeklyDigest())
                .onDuplicateKeyUpdate().set(NOTIFICATION_PREFERENCE.EMAIL_ENABLED, p.email())
                .set(NOTIFICATION_PREFERENCE.WEEKLY_DIGEST, p.weeklyDigest())
                .execute();
    }

    public List<DigestUser> digestUsers() {
        var wanted = dsl.select(NOTIFICATION_PREFERENCE.USER_ID, NOTIFICATION_PREFERENCE.LAST_DIGEST_AT)
                .from(NOTIFICATION_PREFERENCE).where(NOTIFICATION_PREFERENCE.WEEKLY_DIGEST.isTrue())
                .orderBy(NOTIFICATION_PREFERENCE.USER_ID).fetch();
        // only enabled accounts, with their address from the security module
        Map<AccountId, AccountDirectory.Contact> contacts = accounts.enabledContacts(
                wanted.map(r -> AccountId.of(r.value1())));
        List<DigestUser> users = new java.util.ArrayList<>();
        for (var r : wanted) {
            AccountDirectory.Contact c = contacts.get(AccountId.of(r.value1()));
            if (c != null) {
                users.add(new DigestUser(r.value1(), c.email(), c.displayName(), c.locale(), r.value2()));
            }
        }
        return users;
    }

    /**
     * Claims this week's digest of a user: true for exactly one caller per week, also with several application
     * instances, because the conditional update is atomic in the database.
     */
    public boolean claimDigest(long userId, LocalDateTime now, LocalDateTime notSince) {
        return dsl.update(NOTIFICATION_PREFERENCE).set(NOTIFICATION_PREFERENCE.LAST_DIGEST_AT, now)
                .where(NOTIFICATION_PREFERENCE.USER_ID.eq(userId))
                .and(NOTIFICATION_PREFERENCE.LAST_DIGEST_AT.isNull().or(NOTIFICATION_PREFERENCE.LAST_DIGEST_AT.le(notSince)))
                .execute() == 1;
    }

    /** Unread notices of a user created after {@code since}, newest first. */
    public List<Notification> unreadSince(long userId, LocalDateTime since, int limit) {
        return dsl.select(NOTIFICATION.ID, NOTIFICATION.KIND, NOTIFICATION.MESSAGE_KEY, NOTIFICATION.MESSAGE_ARGS,
                        NOTIFICATION.LINK, NOTIFICATION.CREATED_AT, NOTIFICATION.READ_AT)
                .from(NOTIFICATION).where(NOTIFICATION.USER_ID.eq(userId)).and(NOTIFICATION.READ_AT.isNull())
                .and(NOTIFICATION.CREATED_AT.gt(since))
                .orderBy(NOTIFICATION.CREATED_AT.desc(), NOTIFICATION.ID.desc()).limit(limit)
                .fetch(r -> new Notification(r.value1(), r.value2(), r.value3(), args(r.value4()), r.value5(), r.value6(),
                        r.value7()));
    }

    public int countForUser(long userId) {
        return dsl.fetchCount(NOTIFICATION, NOTIFICATION.USER_ID.eq(userId));
    }

    private static List<String> args(String json) {
        return json == null || json.isBlank() ? List.of() : JSON.readValue(json, new TypeReference<List<String>>() { });
    }
}
