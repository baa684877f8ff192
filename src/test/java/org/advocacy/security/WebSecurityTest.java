package org.advocacy.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.Set;
import org.advocacy.audit.AuditAction;
import org.advocacy.audit.AuditFilter;
import org.advocacy.audit.AuditLog;
import org.advocacy.kernel.web.TrustedProxyFilter;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.advocacy.test.UniqueCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The UI chain over HTTP (MockMvc with the trusted-proxy filter in front, as in the server): login CSRF, the
 * security headers, the API description setting, and sign-in throttling that strangers cannot turn into a lock-out.
 * The test profile trusts the proxy range 10.9.0.0/16 (application-test.properties).
 */
@PortalTest
class WebSecurityTest {

    private static final String PROXY = "10.9.0.1";

    @Autowired
    WebApplicationContext wac;
    @Autowired
    TrustedProxyFilter proxies;
    @Autowired
    ApiDocsAccess docs;
    @Autowired
    UserAccountService accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    SignIn signIn;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(wac).addFilters(proxies)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder b, String address) {
        return b.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    private MockHttpServletResponse perform(RequestBuilder b) throws Exception {
        return mvc.perform(b).andReturn().getResponse();
    }

    private String account(String local) {
        String email = local + "." + UniqueCodes.nextLower() + "@senspa.vn";
        signIn.as(SignIn.ADMIN);
        try {
            accounts.create(new UserAccountData(email, "Test " + local, null, EnumSet.of(Role.LEADER), Set.of(), true,
                    "right-password-1"));
        } finally {
            signIn.out();
        }
        return email;
    }

    private MockHttpServletRequestBuilder login(String email, String password) {
        return post("/login").with(csrf()).param("username", email).param("password", password);
    }

    // --- login CSRF ---

    @Test
    void aCrossSiteLoginWithoutTheTokenIsRefused() throws Exception {
        MvcResult forged = mvc.perform(post("/login").param("username", SignIn.EMPLOYEE).param("password", "demo-senspa"))
                .andReturn();
        assertThat(forged.getResponse().getStatus()).isEqualTo(403);
        assertThat(forged.getRequest().getSession(false) == null
                || forged.getRequest().getSession(false).getAttribute("SPRING_SECURITY_CONTEXT") == null)
                .as("nobody was signed in").isTrue();

        MvcResult wrongToken = mvc.perform(post("/login").with(csrf().useInvalidToken())
                .param("username", SignIn.EMPLOYEE).param("password", "demo-senspa")).andReturn();
        assertThat(wrongToken.getResponse().getStatus()).isEqualTo(403);

        assertThat(perform(login(SignIn.EMPLOYEE, "demo-senspa")).getRedirectedUrl()).as("with the token").isEqualTo("/");
    }

    // --- headers ---

    @Test
    void theSignedInUiSendsTheSecurityHeaders() throws Exception {
        MockHttpServletResponse r = perform(get("/employees"));
        assertThat(r.getRedirectedUrl()).endsWith("/login");
        assertThat(r.getHeader("Content-Security-Policy")).isEqualTo(SecurityConfig.UI_CSP)
                .contains("frame-ancestors 'none'").contains("object-src 'none'").doesNotContain("*");
        assertThat(r.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(r.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(r.getHeader("Permissions-Policy")).contains("camera=()");
        assertThat(r.getHeader("Strict-Transport-Security")).as("no HSTS over plain HTTP").isNull();

        MockHttpServletResponse api = perform(get("/api/v1/branches"));
        assertThat(api.getHeader("Content-Security-Policy")).isEqualTo(SecurityConfig.API_CSP);
        assertThat(api.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void hstsOverHttpsDirectlyOrThroughATrustedProxyOnly() throws Exception {
        assertThat(perform(get("/").secure(true)).getHeader("Strict-Transport-Security"))
                .startsWith("max-age=31536000");
        assertThat(perform(from(get("/"), PROXY).header("X-Forwarded-Proto", "https"))
                .getHeader("Strict-Transport-Security")).as("behind the trusted proxy").startsWith("max-age=");
        MockHttpServletResponse spoofed = perform(from(get("/"), "203.0.113.50").header("X-Forwarded-Proto", "https"));
        assertThat(spoofed.getHeader("Strict-Transport-Security")).as("a client cannot claim HTTPS").isNull();
    }

    // --- the API description ---

    @Test
    void theApiDescriptionIsPublicOrForAdministratorsBySetting() throws Exception {
        boolean before = docs.isPublic();
        try {
            docs.setPublic(true);
            assertThat(perform(get("/api/docs")).getStatus()).isEqualTo(200);

            docs.setPublic(false);
            assertThat(perform(get("/api/docs")).getRedirectedUrl()).endsWith("/login");
            Authentication employee = signIn.as(SignIn.EMPLOYEE);
            signIn.out();
            assertThat(perform(get("/api/docs").with(authentication(employee))).getStatus()).isEqualTo(403);
            Authentication admin = signIn.as(SignIn.ADMIN);
            signIn.out();
            MockHttpServletResponse r = perform(get("/api/docs").with(authentication(admin)));
            assertThat(r.getStatus()).isEqualTo(200);
            assertThat(r.getContentAsString()).contains("/api/v1/");
            assertThat(r.getHeader("Content-Security-Policy")).isEqualTo(SecurityConfig.UI_CSP);
        } finally {
            docs.setPublic(before);
        }
    }

    // --- throttling ---

    @Test
    void strangersCannotLockTheOwnerOutAndTheAuditLogShowsTheAttack() throws Exception {
        String email = account("bi.tan.cong");
        // one attacker address: ten wrong passwords, then it is refused for this account, even with the right one
        for (int i = 0; i < 10; i++) {
            assertThat(perform(from(login(email, "guess-" + i), "203.0.113.66")).getRedirectedUrl())
                    .isEqualTo("/login?error");
        }
        assertThat(perform(from(login(email, "right-password-1"), "203.0.113.66")).getRedirectedUrl())
                .isEqualTo("/login?throttled");
        // more wrong passwords through the proxy from other addresses
        for (int i = 0; i < 5; i++) {
            assertThat(perform(from(login(email, "guess-x" + i), PROXY).header("X-Forwarded-For", "198.51.100." + i))
                    .getRedirectedUrl()).endsWith("/login?error");
        }
        // the owner, from a new address, gets in (after a short wait at most)
        long t0 = System.nanoTime();
        MockHttpServletResponse owner = perform(from(login(email, "right-password-1"), PROXY)
                .header("X-Forwarded-For", "192.0.2.77"));
        System.out.printf("Owner's sign-in during the attack took %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        assertThat(owner.getRedirectedUrl()).isEqualTo("http://localhost/");

        signIn.as(SignIn.ADMIN);
        try {
            var attack = audit.find(new AuditFilter(email, AuditAction.SIGN_IN_UNDER_ATTACK, null, null), 0, 10);
            assertThat(attack).singleElement().satisfies(e -> assertThat(e.detail()).contains("10 failed sign-ins"));
            var failed = audit.find(new AuditFilter(email, AuditAction.SIGN_IN_FAILED, null, null), 0, 100);
            assertThat(failed).hasSize(15).extracting(e -> e.clientIp())
                    .as("each failure with the real client address, not the proxy's")
                    .contains("203.0.113.66", "198.51.100.0", "198.51.100.4").doesNotContain(PROXY);
            assertThat(audit.find(new AuditFilter(email, AuditAction.SIGN_IN_THROTTLED, null, null), 0, 10))
                    .singleElement().satisfies(e -> assertThat(e.detail()).isEqualTo("ACCOUNT_AND_CLIENT"));
        } finally {
            signIn.out();
        }
    }

    @Test
    void withoutATrustedProxyForwardedAddressesAreIgnored() throws Exception {
        String email = account("gia.mao");
        // a client that forges X-Forwarded-For still counts as itself: its forged addresses share one bucket
        for (int i = 0; i < 10; i++) {
            perform(from(login(email, "guess-" + i), "203.0.113.99").header("X-Forwarded-For", "192.0.2." + i));
        }
        assertThat(perform(from(login(email, "right-password-1"), "203.0.113.99").header("X-Forwarded-For", "192.0.2.99"))
                .getRedirectedUrl()).isEqualTo("/login?throttled");
    }
}
