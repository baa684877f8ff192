package org.advocacy.insights;

/**
 * Who may call this module's secured methods: each {@code @PreAuthorize} expression of the module, written once.
 * Roles are those of docs/domain-rules.md#roles; {@code SCOPE_*} authorities are API tokens' scopes.
 */
public final class InsightsPermissions {

    public static final String HR_OR_LEADER = "hasAnyRole('HR','LEADER')";
    public static final String HR_OR_ADMIN = "hasAnyRole('HR','ADMIN')";
    public static final String HR_LEADER_OR_METRICS_TOKEN = "hasAnyRole('HR','LEADER')"
            + " or hasAuthority('SCOPE_metrics:read')";

    private InsightsPermissions() {
    }
}
