package org.advocacy.kernel.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.advocacy.kernel.ClientAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Forwarded headers ({@code Forwarded}, {@code X-Forwarded-For/-Proto/-Host/-Port/-Prefix}) are honoured only when
 * the direct peer is one of the trusted proxies ({@code TRUSTED_PROXIES}); from anybody else they are removed, so a
 * client cannot pretend to be another address or to use HTTPS. Scheme, host and port are applied by Spring's
 * {@link ForwardedHeaderFilter}; the client address is resolved here from the right of {@code X-Forwarded-For} (the
 * left part is written by the client and never believed), and published through {@link ClientAddress}.
 * Runs before Spring Security, so throttles, HSTS and redirects see the real client and scheme.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class TrustedProxyFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(TrustedProxyFilter.class);

    private final TrustedProxies proxies;
    private final ForwardedHeaderFilter apply = new ForwardedHeaderFilter();
    private final ForwardedHeaderFilter remove = new ForwardedHeaderFilter();

    public TrustedProxyFilter(@Value("${app.security.trusted-proxies:}") String trustedProxies) {
        this.proxies = TrustedProxies.parse(trustedProxies);
        remove.setRemoveOnly(true);
        if (!proxies.isEmpty()) {
            log.info("Forwarded headers are honoured from the trusted proxies {}", proxies);
        }
    }

    public TrustedProxies proxies() {
        return proxies;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String peer = request.getRemoteAddr();
        if (!proxies.contains(peer)) {
            request.setAttribute(ClientAddress.ATTRIBUTE, peer);
            remove.doFilter(request, response, chain);
            return;
        }
        String forwarded = proxies.clientOf(request.getHeader("X-Forwarded-For"));
        String client = forwarded == null ? peer : forwarded;
        request.setAttribute(ClientAddress.ATTRIBUTE, client);
        apply.doFilter(request, response, (req, res) -> chain.doFilter(new ClientRequest((HttpServletRequest) req, client), res));
    }

    /** The request as seen from the client behind the proxy. */
    private static final class ClientRequest extends HttpServletRequestWrapper {
        private final String client;

        ClientRequest(HttpServletRequest request, String client) {
            super(request);
            this.client = client;
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }
    }
}
