package org.advocacy.security;

import java.time.Clock;
import java.time.LocalDateTime;
import org.advocacy.audit.AuditAction;
import org.advocacy.audit.AuditLog;
import org.advocacy.security.internal.UserRepository;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes every sign-in, failed sign-in, throttled attempt and sign-out to the audit log, and feeds the throttle. */
@Component
class SignInEvents {

    private final AuditLog audit;
    private final SignInThrottle throttle;
    private final UserRepository users;
    private final Clock clock;

    SignInEvents(AuditLog audit, SignInThrottle throttle, UserRepository users, Clock clock) {
        this.audit = audit;
        this.throttle = throttle;
        this.users = users;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        if (!(auth.getPrincipal() instanceof PortalUser user)) {
            return; // API calls are not sign-ins
        }
        users.markSignedIn(user.id(), LocalDateTime.now(clock));
        throttle.recordSuccess(user.email(), clientIp(auth));
        audit.recordAs(user.email(), AuditAction.SIGN_IN, user.email(), null, clientIp(auth));
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        Authentication auth = event.getAuthentication();
        String username = auth.getName();
        String ip = clientIp(auth);
        int failures = throttle.recordFailure(username, ip);
        audit.recordAs(username == null || username.isBlank() ? "?" : username, AuditAction.SIGN_IN_FAILED, username,
                event.getException().getClass().getSimpleName(), ip);
        if (failures == SignInThrottle.FREE_FAILURES || (failures > SignInThrottle.FREE_FAILURES && failures % 100 == 0)) {
            // the account is being guessed at: say so once when it starts, then every hundred failures
            audit.recordAs("system", AuditAction.SIGN_IN_UNDER_ATTACK, username, failures + " failed sign-ins from "
                    + throttle.attackingClients(username) + " address(es) within "
                    + SignInThrottle.ACCOUNT_WINDOW.toMinutes() + " minutes; new addresses are slowed down", ip);
        }
    }

    @EventListener
    @Transactional
    public void onLogout(LogoutSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        if (auth != null) {
            audit.recordAs(auth.getName(), AuditAction.SIGN_OUT, auth.getName(), null, clientIp(auth));
        }
    }

    @Transactional
    public void throttled(String username, String ip, SignInThrottle.Reason reason) {
        audit.recordAs(username == null || username.isBlank() ? "?" : username, AuditAction.SIGN_IN_THROTTLED,
                username, reason == null ? null : reason.name(), ip);
    }

    private static String clientIp(Authentication auth) {
        return auth.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
    }
}
