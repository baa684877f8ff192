package org.advocacy.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.advocacy.audit.internal.AuditEventRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the audit log. Writes join the caller's transaction, so a change and its audit line are
 * stored together or not at all; sign-in events, which have no surrounding transaction, get their own.
 */
@Service
public class AuditLog {

    private final AuditEventRepository repository;
    private final Clock clock;

    AuditLog(AuditEventRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Records an action of the signed-in user (or "system" when nobody is signed in). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditAction action, String target, String detail) {
        recordAs(currentActor(), action, target, detail, null);
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(String actor, AuditAction action, String target, String detail, String clientIp) {
        repository.insert(LocalDateTime.now(clock), actor, action.name(), truncate(target, 255),
                truncate(detail, 1000), truncate(clientIp, 64));
    }

    @PreAuthorize(AuditPermissions.ADMIN)
    @Transactional(readOnly = true)
    public List<AuditEvent> find(AuditFilter filter, int offset, int limit) {
        return repository.find(filter, offset, limit);
    }

    @PreAuthorize(AuditPermissions.ADMIN)
    @Transactional(readOnly = true)
    public int count(AuditFilter filter) {
        return repository.count(filter);
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return Optional.ofNullable(auth).filter(Authentication::isAuthenticated).map(Authentication::getName)
                .orElse("system");
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
