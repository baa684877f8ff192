package org.advocacy.security;

/**
 * Who may call this module's secured methods: each {@code @PreAuthorize} expression of the module, written once.
 * Roles are those of docs/domain-rules.md#roles; {@code SCOPE_*} authorities are API tokens' scopes.
 */
public final class SecurityPermissions {

    public static final String ADMIN = "hasRole('ADMIN')";
    public static final String SIGNED_IN = "isAuthenticated()";

    private SecurityPermissions() {
    }
}
