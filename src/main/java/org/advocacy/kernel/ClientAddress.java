package org.advocacy.kernel;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client address used for rate limits, sign-in throttles and the audit log. Behind a reverse proxy listed in
 * {@code app.security.trusted-proxies} ({@code TRUSTED_PROXIES}) it is the address the proxy forwarded, resolved by
 * {@link org.advocacy.kernel.web.TrustedProxyFilter} (right-most address in {@code X-Forwarded-For} that is not itself a
 * trusted proxy); otherwise the direct peer, and forwarded headers are ignored (see README, "Running it safely").
 */
public final class ClientAddress {

    /** Request attribute holding the resolved client address, set by the trusted-proxy filter. */
    public static final String ATTRIBUTE = ClientAddress.class.getName();

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        if (request == null) {
            return "unknown";
        }
        return request.getAttribute(ATTRIBUTE) instanceof String resolved ? resolved : request.getRemoteAddr();
    }
}
