package org.advocacy.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.advocacy.base.ClientAddress;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses sign-in attempts (POST /login) while the account or client is throttled. Not a bean on purpose. */
final class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;
    private final SignInEvents events;

    SignInThrottleFilter(SignInThrottle throttle, SignInEvents events) {
        this.throttle = throttle;
        this.events = events;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        String ip = ClientAddress.of(request);
        if (throttle.isBlocked(username, ip)) {
            events.throttled(username, ip);
            response.sendRedirect(request.getContextPath() + "/login?throttled");
            return;
        }
        chain.doFilter(request, response);
    }
}
