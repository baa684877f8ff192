package org.advocacy.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates /api/v1 requests by their bearer token and applies the per-token rate limit. Deliberately not a
 * Spring bean: it belongs to the API filter chain only.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokenService tokens;
    private final ApiRateLimiter rateLimiter;
    private final ApiErrorWriter errors;

    ApiTokenFilter(ApiTokenService tokens, ApiRateLimiter rateLimiter, ApiErrorWriter errors) {
        this.tokens = tokens;
        this.rateLimiter = rateLimiter;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            response.setHeader("WWW-Authenticate", "Bearer");
            errors.write(response, 401, "unauthorized", "A valid API token is required: send 'Authorization: Bearer <token>'.");
            return;
        }
        Optional<ApiClient> client;
        try {
            client = tokens.authenticate(header.substring(7).trim());
        } catch (RuntimeException e) {
            if (!org.advocacy.kernel.db.DatabaseOutage.isOutage(e) && !org.advocacy.kernel.db.DatabaseTimeLimit.isTimeout(e)) {
                throw e;
            }
            // the database is away (issue 13): the client may retry; nothing was done
            response.setHeader("Retry-After", org.advocacy.kernel.db.DatabaseOutage.RETRY_AFTER_SECONDS);
            errors.write(response, 503, "unavailable", "The database is not answering just now; nothing was stored. Retry later.");
            return;
        }
        if (client.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            errors.write(response, 401, "unauthorized", "The API token is unknown or has been revoked.");
            return;
        }
        org.advocacy.kernel.RateLimits.Decision allowance;
        try {
            allowance = rateLimiter.tryConsume(client.get().tokenId());
        } catch (RuntimeException e) {
            if (!org.advocacy.kernel.db.DatabaseOutage.isOutage(e) && !org.advocacy.kernel.db.DatabaseTimeLimit.isTimeout(e)) {
                throw e;
            }
            // the shared budget lives in the database (decision 0037): without it, the same answer as above
            response.setHeader("Retry-After", org.advocacy.kernel.db.DatabaseOutage.RETRY_AFTER_SECONDS);
            errors.write(response, 503, "unavailable", "The database is not answering just now; nothing was stored. Retry later.");
            return;
        }
        if (!allowance.granted()) {
            response.setHeader("Retry-After", allowance.retryAfterSeconds());
            errors.write(response, 429, "rate_limited",
                    "Too many requests for this token; retry after the seconds in the Retry-After header.");
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(new ApiAuthentication(client.get()));
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** An authenticated API call: the principal is the token's client, the authorities its scopes. */
    static final class ApiAuthentication extends AbstractAuthenticationToken {
        private final ApiClient client;

        ApiAuthentication(ApiClient client) {
            super(client.scopes().stream().map(s -> new SimpleGrantedAuthority(s.authority())).toList());
            this.client = client;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return client;
        }

        @Override
        public String getName() {
            return "api:" + client.name();
        }
    }
}
