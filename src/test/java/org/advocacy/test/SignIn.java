package org.advocacy.test;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Signs a real account of the demo organisation in for service and browserless tests. */
@Component
public class SignIn {

    /** The demo sign-ins, one per role (see DemoOrganisation.LOGINS). */
    public static final String EMPLOYEE = "lan.tran@senspa.vn";
    public static final String MANAGER = "minh.le@senspa.vn";
    public static final String HR = "thao.pham@senspa.vn";
    public static final String LEADER = "hung.vo@senspa.vn";
    public static final String ADMIN = "admin@senspa.vn";

    private final UserDetailsService users;
    private final org.springframework.beans.factory.ObjectProvider<
            org.springframework.security.core.context.SecurityContextHolderStrategy> strategy;

    SignIn(UserDetailsService users, org.springframework.beans.factory.ObjectProvider<
            org.springframework.security.core.context.SecurityContextHolderStrategy> strategy) {
        this.users = users;
        this.strategy = strategy;
    }

    public Authentication as(String email) {
        // Vaadin makes its security-context strategy the JVM-wide one when an application context starts; a test
        // class running on a cached context after another context started must put this context's back, or the
        // method security of this context does not see the sign-in
        strategy.ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        UserDetails user = users.loadUserByUsername(email);
        Authentication auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        return auth;
    }

    /** The employee record of a demo account (read without signing it in). */
    public long employeeIdOf(String email) {
        return ((org.advocacy.security.PortalUser) users.loadUserByUsername(email)).employeeId();
    }

    public void out() {
        SecurityContextHolder.clearContext();
    }
}
