package org.advocacy.notification;

/** A user's choices: notices by e-mail as they happen, and a weekly digest of unread notices. */
public record NotificationPreferences(boolean email, boolean weeklyDigest) {

    public static final NotificationPreferences DEFAULT = new NotificationPreferences(true, false);
}
