package org.advocacy.security;

import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.session.HttpSessionCreatedEvent;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.security.web.session.HttpSessionIdChangedEvent;
import org.springframework.stereotype.Component;

/**
 * The open sessions of signed-in people, so that disabling an account ends them at once. Spring Security's
 * {@link SessionRegistry} knows which session belongs to whom (its {@code ConcurrentSessionFilter} signs an expired
 * session out on its next request); the HTTP sessions themselves are kept here, from the container's session events,
 * so they can be invalidated right away: that also closes the Vaadin session and its UIs, including a push
 * connection that no longer passes through the filters.
 */
@Component
public class SignedInSessions {

    private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);

    private final SessionRegistry registry;
    private final Map<String, HttpSession> live = new ConcurrentHashMap<>();

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    void created(HttpSessionCreatedEvent event) {
        live.put(event.getSession().getId(), event.getSession());
    }

    /** Signing in changes the session id (session fixation protection); follow it. */
    @EventListener
    void idChanged(HttpSessionIdChangedEvent event) {
        HttpSession session = live.remove(event.getOldSessionId());
        if (session != null) {
            live.put(event.getNewSessionId(), session);
        }
    }

    @EventListener
    void destroyed(HttpSessionDestroyedEvent event) {
        live.remove(event.getId());
    }

    /** Ends every session of this account; returns how many there were. */
    public int end(long userId) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof PortalUser user && user.id() == userId) {
                for (SessionInformation info : registry.getAllSessions(principal, false)) {
                    info.expireNow();
                    HttpSession session = live.remove(info.getSessionId());
                    if (session != null) {
                        try {
                            session.invalidate();
                        } catch (IllegalStateException alreadyInvalid) {
                            // ended meanwhile
                        }
                    }
                    ended++;
                }
            }
        }
        if (ended > 0) {
            log.info("Ended {} session(s) of account {}", ended, userId);
        }
        return ended;
    }

    /** The registered, unexpired sessions of this account (for tests and the audit line). */
    public int count(long userId) {
        int n = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof PortalUser user && user.id() == userId) {
                n += registry.getAllSessions(principal, false).size();
            }
        }
        return n;
    }
}
