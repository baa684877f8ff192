package org.advocacy.settings;

import java.time.LocalDateTime;

/** The public address as an administrator stored it, and when. */
public record StoredPublicAddress(String url, LocalDateTime updatedAt) {
}
