package org.advocacy.feedback;

import java.time.LocalDateTime;

/** A counter tablet bound to a branch by its device link. */
public record KioskDevice(long id, long branchId, String branchCode, String name, String createdBy,
        LocalDateTime createdAt, LocalDateTime revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
