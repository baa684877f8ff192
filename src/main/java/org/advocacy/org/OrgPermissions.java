package org.advocacy.org;

/**
 * Who may call this module's secured methods: each {@code @PreAuthorize} expression of the module, written once.
 * Roles are those of docs/domain-rules.md#roles; {@code SCOPE_*} authorities are API tokens' scopes.
 */
public final class OrgPermissions {

    public static final String HR = "hasRole('HR')";
    public static final String SIGNED_IN = "isAuthenticated()";
    public static final String MANAGER_OR_HR = "hasAnyRole('MANAGER','HR')";
    public static final String ANYONE = "permitAll()";
    public static final String ADMIN = "hasRole('ADMIN')";
    public static final String MANAGER_HR_ADMIN_OR_HR_READ_TOKEN = "hasAnyRole('MANAGER','HR','ADMIN')"
            + " or hasAuthority('SCOPE_hr:read')";
    public static final String MANAGER_HR_LEADER_OR_ADMIN = "hasAnyRole('MANAGER','HR','LEADER','ADMIN')";

    private OrgPermissions() {
    }
}
