package org.advocacy.audit;

import java.time.LocalDateTime;

/** One line of the audit log: who did what to which thing, when (UTC), from where. */
public record AuditEvent(long id, LocalDateTime occurredAt, String actor, String action, String target, String detail,
        String clientIp) {
}
