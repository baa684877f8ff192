package org.advocacy.security;

import java.util.Arrays;
import java.util.Optional;

/** What an API token may do. Spring authorities are "SCOPE_" + code; ADMIN implies all the others. */
public enum ApiScope {
    ADMIN("admin"),
    HR_READ("hr:read"),
    METRICS_READ("metrics:read"),
    PULSE_IMPORT("pulse:import"),
    FEEDBACK_WRITE("feedback:write");

    private final String code;

    ApiScope(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String authority() {
        return "SCOPE_" + code;
    }

    public static Optional<ApiScope> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
