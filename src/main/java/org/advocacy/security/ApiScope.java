package org.advocacy.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;

/**
 * What an API token may do. Spring authorities are "SCOPE_" + code. The one statement of which scope implies which
 * is {@link #hierarchy()} (admin ⊇ every scope): method security evaluates {@code hasAuthority('SCOPE_…')} through it,
 * so an annotation names only the scope an operation needs, never "or admin".
 */
public enum ApiScope {
    ADMIN("admin"),
    HR_READ("hr:read"),
    METRICS_READ("metrics:read"),
    PULSE_IMPORT("pulse:import"),
    FEEDBACK_WRITE("feedback:write");

    static final String PREFIX = "SCOPE_";

    private final String code;

    ApiScope(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String authority() {
        return PREFIX + code;
    }

    public static Optional<ApiScope> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    /** The scopes this one grants, itself included. */
    public Set<ApiScope> implied() {
        return this == ADMIN ? EnumSet.allOf(ApiScope.class) : EnumSet.of(this);
    }

    /** The authority hierarchy Spring Security applies to API tokens, built from {@link #implied()}. */
    public static RoleHierarchy hierarchy() {
        RoleHierarchyImpl.Builder builder = RoleHierarchyImpl.withRolePrefix(PREFIX);
        for (ApiScope scope : values()) {
            String[] implied = scope.implied().stream().filter(s -> s != scope).map(ApiScope::code).toArray(String[]::new);
            if (implied.length > 0) {
                builder = builder.role(scope.code).implies(implied);
            }
        }
        return builder.build();
    }
}
