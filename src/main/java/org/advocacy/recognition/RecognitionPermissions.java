package org.advocacy.recognition;

/**
 * Who may call this module's secured methods: each {@code @PreAuthorize} expression of the module, written once.
 * Roles are those of docs/domain-rules.md#roles; {@code SCOPE_*} authorities are API tokens' scopes.
 */
public final class RecognitionPermissions {

    public static final String SIGNED_IN = "isAuthenticated()";
    public static final String HR = "hasRole('HR')";
    public static final String EMPLOYEE_OR_MANAGER = "hasAnyRole('EMPLOYEE','MANAGER')";
    public static final String EMPLOYEE_MANAGER_HR_OR_LEADER = "hasAnyRole('EMPLOYEE','MANAGER','HR','LEADER')";
    public static final String MANAGER_OR_HR = "hasAnyRole('MANAGER','HR')";
    public static final String MANAGER = "hasRole('MANAGER')";
    public static final String METRICS_TOKEN_HR_OR_LEADER = "hasAuthority('SCOPE_metrics:read')"
            + " or hasAnyRole('HR','LEADER')";

    private RecognitionPermissions() {
    }
}
