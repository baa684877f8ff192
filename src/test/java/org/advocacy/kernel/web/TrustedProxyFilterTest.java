package org.advocacy.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.atomic.AtomicReference;
import org.advocacy.kernel.ClientAddress;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Forwarded headers are believed from the configured proxies only, and the client is read from the right. */
class TrustedProxyFilterTest {

    private static HttpServletRequest seen(TrustedProxyFilter filter, MockHttpServletRequest request) throws Exception {
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set((HttpServletRequest) req));
        return seen.get();
    }

    private static MockHttpServletRequest forwarded(String peer) {
        MockHttpServletRequest r = new MockHttpServletRequest("GET", "/employees");
        r.setRemoteAddr(peer);
        r.addHeader("X-Forwarded-For", "6.6.6.6, 198.51.100.23, 10.0.0.7");
        r.addHeader("X-Forwarded-Proto", "https");
        r.addHeader("X-Forwarded-Host", "portal.senspa.vn");
        return r;
    }

    @Test
    void behindATrustedProxyTheClientAndSchemeAreTheForwardedOnes() throws Exception {
        TrustedProxyFilter filter = new TrustedProxyFilter("10.0.0.0/8, ::1");
        HttpServletRequest r = seen(filter, forwarded("10.0.0.5"));
        // 10.0.0.7 is a trusted proxy too; 6.6.6.6 was written by the client and is not believed
        assertThat(ClientAddress.of(r)).isEqualTo("198.51.100.23");
        assertThat(r.getRemoteAddr()).isEqualTo("198.51.100.23");
        assertThat(r.isSecure()).isTrue();
        assertThat(r.getScheme()).isEqualTo("https");
        assertThat(r.getServerName()).isEqualTo("portal.senspa.vn");
        assertThat(r.getRequestURL().toString()).isEqualTo("https://portal.senspa.vn/employees");
    }

    @Test
    void fromAnybodyElseForwardedHeadersAreRemovedAndIgnored() throws Exception {
        TrustedProxyFilter filter = new TrustedProxyFilter("10.0.0.0/8");
        HttpServletRequest r = seen(filter, forwarded("203.0.113.9"));
        assertThat(ClientAddress.of(r)).isEqualTo("203.0.113.9");
        assertThat(r.isSecure()).isFalse();
        assertThat(r.getScheme()).isEqualTo("http");
        assertThat(r.getHeader("X-Forwarded-For")).isNull();
        assertThat(r.getHeader("X-Forwarded-Proto")).isNull();
    }

    @Test
    void withoutSettingNoProxyIsTrusted() throws Exception {
        TrustedProxyFilter filter = new TrustedProxyFilter("");
        HttpServletRequest r = seen(filter, forwarded("127.0.0.1"));
        assertThat(ClientAddress.of(r)).isEqualTo("127.0.0.1");
        assertThat(r.isSecure()).isFalse();
    }

    @Test
    void addressesAndRangesAreParsedStrictly() {
        TrustedProxies p = TrustedProxies.parse("10.1.2.3, 172.16.0.0/12 fd00::/8");
        assertThat(p.contains("10.1.2.3")).isTrue();
        assertThat(p.contains("10.1.2.4")).isFalse();
        assertThat(p.contains("172.31.255.1")).isTrue();
        assertThat(p.contains("172.32.0.1")).isFalse();
        assertThat(p.contains("fd12:3456::1")).isTrue();
        assertThat(p.contains("fe80::1")).isFalse();
        assertThat(p.contains("portal.senspa.vn")).as("never a host name, never DNS").isFalse();
        assertThat(p.clientOf("203.0.113.5:51234, 10.1.2.3")).isEqualTo("203.0.113.5");
        assertThat(p.clientOf("garbage, 10.1.2.3")).as("stops at the last trusted hop").isEqualTo("10.1.2.3");
        assertThat(p.clientOf(null)).isNull();
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrustedProxies.parse("proxy.local")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sessionCookiesAreSecureWhenThePublicAddressIsHttps() {
        assertThat(SecureCookies.decide("auto", "https://portal.senspa.vn")).isTrue();
        assertThat(SecureCookies.decide("auto", "http://localhost:8080")).isFalse();
        assertThat(SecureCookies.decide("true", "http://localhost:8080")).isTrue();
        assertThat(SecureCookies.decide("false", "https://portal.senspa.vn")).isFalse();
        var context = new org.springframework.mock.web.MockServletContext();
        new SecureCookies("auto", () -> "https://portal.senspa.vn").onStartup(context);
        assertThat(context.getSessionCookieConfig().isSecure()).isTrue();
    }
}
