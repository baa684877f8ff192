package org.advocacy.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.nio.charset.StandardCharsets;
import org.advocacy.security.ui.LoginView;
import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three separate filter chains: the integration API (bearer tokens only, stateless, JSON errors), public
 * operational endpoints (health, and the API description when {@link ApiDocsAccess} says it is public), and the
 * Vaadin UI (form sign-in with a session). A token never opens a view and a session never calls the API.
 * Every chain sends the security headers of docs/decisions/0017; the UI chain protects the sign-in form against
 * CSRF and registers sessions so that disabling an account ends them (docs/decisions/0015).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
public class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokenService tokens, ApiRateLimiter rateLimiter,
            JsonMapper json) throws Exception {
        ApiErrorWriter errors = new ApiErrorWriter(json);
        http.securityMatcher("/api/v1/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(r -> r.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .anonymous(a -> a.disable())
                .addFilterBefore(new ApiTokenFilter(tokens, rateLimiter, errors), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(errors::unauthorized).accessDeniedHandler(errors::forbidden))
                .headers(h -> headers(h, API_CSP))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated());
        return http.build();
    }

    /** Admin ⊇ every API scope, stated once ({@link ApiScope#hierarchy()}); method security applies it. */
    @Bean
    static RoleHierarchy apiScopeHierarchy() {
        return ApiScope.hierarchy();
    }

    /**
     * What Vaadin Flow 25 needs to run (docs/decisions/0017): its bootstrap and {@code executeJs} evaluate scripts
     * ('unsafe-inline', 'unsafe-eval'), its components set inline styles, charts and icons use data: images. No
     * other origin is allowed anywhere, and nobody may frame the portal.
     */
    public static final String UI_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; worker-src 'self' blob:; manifest-src 'self'; media-src 'self'; object-src 'none'; "
            + "frame-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
    /** JSON only: nothing may load, nothing may frame it. */
    public static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    static void headers(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> h,
            String csp) {
        h.contentSecurityPolicy(p -> p.policyDirectives(csp))
                .contentTypeOptions(o -> { })
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                // sent only on HTTPS requests (directly or through a trusted proxy), as the standard requires
                .httpStrictTransportSecurity(t -> t.maxAgeInSeconds(31_536_000).includeSubDomains(false))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
        // Vaadin answers in a FORWARD to its own servlet, past Spring Security's lazy (on commit) header writing:
        // write the headers before the request goes on
        h.withObjectPostProcessor(new org.springframework.security.config.ObjectPostProcessor<
                org.springframework.security.web.header.HeaderWriterFilter>() {
            @Override
            public <O extends org.springframework.security.web.header.HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
    }

    private static final RequestMatcher API_DOCS = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/api/docs"),
            PathPatternRequestMatcher.withDefaults().matcher("/api/docs/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"));
    private static final RequestMatcher HEALTH = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/actuator/health"),
            PathPatternRequestMatcher.withDefaults().matcher("/actuator/health/**"));

    @Bean
    @Order(2)
    SecurityFilterChain publicEndpointsFilterChain(HttpSecurity http, ApiDocsAccess docs) throws Exception {
        http.securityMatcher(new OrRequestMatcher(HEALTH, request -> docs.isPublic() && API_DOCS.matches(request)))
                .headers(h -> headers(h, UI_CSP))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(r -> r.disable())
                .authorizeHttpRequests(a -> a.anyRequest().permitAll());
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain vaadinFilterChain(HttpSecurity http, SignInThrottle throttle, SignInEvents events,
            RequestUtil vaadinRequests, SessionRegistry sessionRegistry) throws Exception {
        http.authorizeHttpRequests(a -> a
                .requestMatchers(PathRequest.toStaticResources().atCommonLocations()).permitAll()
                .requestMatchers("/styles/**", "/images/**", "/icons/**").permitAll()
                // the API description when it is not public: administrators, who create the tokens
                .requestMatchers(API_DOCS).hasRole(Role.ADMIN_));
        http.addFilterBefore(new SignInThrottleFilter(throttle, events), UsernamePasswordAuthenticationFilter.class);
        // Vaadin exempts its login page from CSRF, which allows login CSRF (a cross-site POST signing the victim in
        // as the attacker). Only Vaadin's own requests are exempt here (they carry Vaadin's CSRF token); the login
        // form sends Spring's token, which Vaadin's bootstrap page carries as <meta name="_csrf">.
        http.csrf(c -> c.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.headers(h -> headers(h, UI_CSP));
        // every signed-in session is registered, so AccountAccess can end the sessions of a disabled account
        http.sessionManagement(s -> s.maximumSessions(-1).sessionRegistry(sessionRegistry)
                .expiredSessionStrategy(SecurityConfig::sessionEnded));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?logout")
                .enableCsrfConfiguration(false));
        return http.build();
    }

    /**
     * A request arriving with a session that was ended (account disabled): Vaadin's own requests get Vaadin's
     * "session expired" answer, so the browser reloads into the sign-in page; anything else is redirected there.
     */
    private static void sessionEnded(org.springframework.security.web.session.SessionInformationExpiredEvent event)
            throws java.io.IOException {
        var request = event.getRequest();
        var response = event.getResponse();
        if (request.getParameter("v-r") != null) {
            response.setStatus(200);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("for(;;);[{\"meta\":{\"sessionExpired\":true}}]");
        } else {
            response.sendRedirect(request.getContextPath() + "/login?ended");
        }
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry (and SignedInSessions) when the container creates or destroys a session. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // {bcrypt} by default; the prefix lets us move to argon2 later without resetting anybody's password
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(org.advocacy.security.internal.UserRepository users) {
        return username -> users.findByEmail(username)
                .orElseThrow(() -> new org.springframework.security.core.userdetails.UsernameNotFoundException(username));
    }
}
