package org.advocacy.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
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
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three separate filter chains: the integration API (bearer tokens only, stateless, JSON errors), public
 * operational endpoints (health, API description), and the Vaadin UI (form sign-in with a session). A token never
 * opens a view and a session never calls the API.
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
                .authorizeHttpRequests(a -> a.anyRequest().authenticated());
        return http.build();
    }

    /** Admin ⊇ every API scope, stated once ({@link ApiScope#hierarchy()}); method security applies it. */
    @Bean
    static RoleHierarchy apiScopeHierarchy() {
        return ApiScope.hierarchy();
    }

    @Bean
    @Order(2)
    SecurityFilterChain publicEndpointsFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/health", "/actuator/health/**", "/api/docs", "/api/docs/**", "/swagger-ui/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(r -> r.disable())
                .authorizeHttpRequests(a -> a.anyRequest().permitAll());
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain vaadinFilterChain(HttpSecurity http, SignInThrottle throttle, SignInEvents events) throws Exception {
        http.authorizeHttpRequests(a -> a
                .requestMatchers(PathRequest.toStaticResources().atCommonLocations()).permitAll()
                .requestMatchers("/styles/**", "/images/**", "/icons/**").permitAll());
        http.addFilterBefore(new SignInThrottleFilter(throttle, events), UsernamePasswordAuthenticationFilter.class);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?logout"));
        return http.build();
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
