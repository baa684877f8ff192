package org.advocacy.audit;

import java.time.LocalDateTime;

/** Filter of the audit log screen; null fields do not filter. {@code kind} keeps sign-ins apart from changes. */
public record AuditFilter(String text, AuditAction action, LocalDateTime from, LocalDateTime to, Kind kind) {

    /** Sign-in events (in, out, failed, throttled, attacks) or everything else (changes). */
    public enum Kind { SIGN_INS, CHANGES }

    public AuditFilter(String text, AuditAction action, LocalDateTime from, LocalDateTime to) {
        this(text, action, from, to, null);
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
