package org.advocacy.survey;

/**
 * Who may call this module's secured methods: each {@code @PreAuthorize} expression of the module, written once.
 * Roles are those of docs/domain-rules.md#roles; {@code SCOPE_*} authorities are API tokens' scopes.
 */
public final class SurveyPermissions {

    public static final String MANAGER_OR_HR = "hasAnyRole('MANAGER','HR')";
    public static final String MANAGER_HR_OR_LEADER = "hasAnyRole('MANAGER','HR','LEADER')";
    public static final String SIGNED_IN = "isAuthenticated()";
    public static final String HR = "hasRole('HR')";
    public static final String MANAGER_HR_LEADER_OR_METRICS_TOKEN = "hasAnyRole('MANAGER','HR','LEADER')"
            + " or hasAuthority('SCOPE_metrics:read')";
    public static final String HR_OR_PULSE_IMPORT_TOKEN = "hasRole('HR') or hasAuthority('SCOPE_pulse:import')";

    private SurveyPermissions() {
    }
}
