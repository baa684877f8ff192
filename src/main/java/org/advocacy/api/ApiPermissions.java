package org.advocacy.api;

/**
 * Who may call this module's secured methods: each {@code @PreAuthorize} expression of the module, written once.
 * Roles are those of docs/domain-rules.md#roles; {@code SCOPE_*} authorities are API tokens' scopes.
 */
public final class ApiPermissions {

    public static final String HR_READ_TOKEN_OR_METRICS_TOKEN = "hasAnyAuthority('SCOPE_hr:read','SCOPE_metrics:read')";
    public static final String HR_READ_TOKEN = "hasAuthority('SCOPE_hr:read')";
    public static final String METRICS_TOKEN = "hasAuthority('SCOPE_metrics:read')";
    public static final String FEEDBACK_WRITE_TOKEN = "hasAuthority('SCOPE_feedback:write')";
    public static final String PULSE_IMPORT_TOKEN = "hasAuthority('SCOPE_pulse:import')";

    private ApiPermissions() {
    }
}
