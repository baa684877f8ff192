package org.advocacy.base;

import jakarta.servlet.http.HttpServletRequest;

/** The client address used for rate limits and the audit log (the direct peer; see README for proxies). */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return request == null ? "unknown" : request.getRemoteAddr();
    }
}
