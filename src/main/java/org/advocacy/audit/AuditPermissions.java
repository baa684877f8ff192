package org.advocacy.audit;

/**
 * Who may call this module's secured methods: each {@code @PreAuthorize} expression of the module, written once.
 * Roles are those of docs/domain-rules.md#roles; {@code SCOPE_*} authorities are API tokens' scopes.
 */
public final class AuditPermissions {

    public static final String ADMIN = "hasRole('ADMIN')";

    private AuditPermissions() {
    }
}
