package org.advocacy.feedback;

/**
 * Who may call this module's secured methods: each {@code @PreAuthorize} expression of the module, written once.
 * Roles are those of docs/domain-rules.md#roles; {@code SCOPE_*} authorities are API tokens' scopes.
 */
public final class FeedbackPermissions {

    public static final String HR = "hasRole('HR')";
    public static final String ANYONE = "permitAll()";
    public static final String FEEDBACK_WRITE_TOKEN = "hasAuthority('SCOPE_feedback:write')";
    public static final String MANAGER_OR_HR = "hasAnyRole('MANAGER','HR')";
    public static final String MANAGER_HR_OR_LEADER = "hasAnyRole('MANAGER','HR','LEADER')";
    public static final String MANAGER = "hasRole('MANAGER')";
    public static final String SIGNED_IN = "isAuthenticated()";

    private FeedbackPermissions() {
    }
}
