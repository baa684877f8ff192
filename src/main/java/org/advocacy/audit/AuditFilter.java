package org.advocacy.audit;

import java.time.LocalDateTime;

/** Filter of the audit log screen; null fields do not filter. */
public record AuditFilter(String text, AuditAction action, LocalDateTime from, LocalDateTime to) {
    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null);
    }
}
