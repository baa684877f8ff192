package org.advocacy.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.advocacy.kernel.ClientAddress;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies the {@link SignInThrottle} to sign-in attempts (POST /login): refuses a throttled account-and-client pair
 * or client, and holds attempts on an account under attack for their turn. Not a bean on purpose.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;
    private final SignInEvents events;

    SignInThrottleFilter(SignInThrottle throttle, SignInEvents events) {
        this.throttle = throttle;
        this.events = events;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // the request URI, not the servlet path: that one depends on how the servlets are mapped
        return !("POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        String ip = ClientAddress.of(request);
        SignInThrottle.Verdict verdict = throttle.attempt(username, ip);
        if (verdict.refused()) {
            refuse(request, response, username, ip, verdict.refusal());
            return;
        }
        if (!verdict.delay().isZero()) {
            if (!throttle.startWaiting()) {
                refuse(request, response, username, ip, SignInThrottle.Reason.BUSY);
                return;
            }
            try {
                Thread.sleep(verdict.delay());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                refuse(request, response, username, ip, SignInThrottle.Reason.BUSY);
                return;
            } finally {
                throttle.stopWaiting();
            }
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String username, String ip,
            SignInThrottle.Reason reason) throws IOException {
        events.throttled(username, ip, reason);
        response.sendRedirect(request.getContextPath() + "/login?throttled");
    }
}
