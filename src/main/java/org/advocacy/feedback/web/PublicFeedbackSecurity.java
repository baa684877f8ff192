package org.advocacy.feedback.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The customers' pages (/f/** form, /k/** kiosk): anonymous, stateless (no session, no saved request, no security
 * context stored), so a visit leaves no memory on the server. Ordered after the API chain and before the Vaadin
 * chain, which would otherwise send visitors to the sign-in page. CSRF protection is replaced by the one-time
 * submission id, the honeypot and the rate limits (see docs/decisions/0007-public-feedback-form.md).
 */
@Configuration
class PublicFeedbackSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain publicFeedbackFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/f/**", "/k/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(r -> r.disable())
                .securityContext(c -> c.requireExplicitSave(true))
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .headers(h -> h.contentSecurityPolicy(p -> p.policyDirectives(
                        "default-src 'none'; style-src 'unsafe-inline'; script-src " + PublicScript.CSP_HASH
                                + "; img-src 'self' data:; form-action 'self'; "
                                + "frame-ancestors 'none'; base-uri 'none'")))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll());
        return http.build();
    }
}
