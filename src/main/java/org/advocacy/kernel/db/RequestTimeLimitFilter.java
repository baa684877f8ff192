package org.advocacy.kernel.db;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts every HTTP request (screens' Vaadin requests, the API, the public pages) under its database time limit,
 * before anything else reads the database (the API token check included).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestTimeLimitFilter extends OncePerRequestFilter {

    private final DatabaseTimeLimit limit;

    public RequestTimeLimitFilter(DatabaseTimeLimit limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        try {
            limit.within(limit.limitForPath(path), () -> {
                try {
                    chain.doFilter(request, response);
                } catch (IOException | ServletException e) {
                    throw new Wrapped(e);
                }
                return null;
            });
        } catch (Wrapped w) {
            if (w.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) w.getCause();
        }
    }

    /** Carries a checked exception through {@link DatabaseTimeLimit#within}. */
    private static final class Wrapped extends RuntimeException {
        Wrapped(Exception cause) {
            super(cause);
        }
    }
}
