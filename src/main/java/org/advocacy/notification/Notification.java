package org.advocacy.notification;

import java.time.LocalDateTime;
import java.util.List;

/** Something that concerns one user: a translation key with its arguments, and where to go to see it. */
public record Notification(long id, String kind, String messageKey, List<String> args, String link,
        LocalDateTime createdAt, LocalDateTime readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
