package org.advocacy.security;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.advocacy.security.internal.UserRepository;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Who is calling, and which branches they may see. Services ask it; views never decide scope themselves. */
@Component
public class CurrentUser {

    private final UserRepository users;

    CurrentUser(UserRepository users) {
        this.users = users;
    }

    public Optional<PortalUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PortalUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public PortalUser require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not signed in"));
    }

    public boolean has(Role role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
    }

    /**
     * HR, leaders and admins see every branch; a manager sees the branches they manage (read fresh from the
     * database, so a change of assignment applies at once); API tokens carry their own scope. A session whose
     * account was disabled meanwhile sees nothing, even before the session itself has ended. Within one read-only
     * transaction the answer is read once: a screen that asks several services (the insights branch page asks four)
     * reads the same snapshot anyway.
     */
    public BranchScope branchScope() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return BranchScope.NONE;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return scopeOf(auth);
        }
        @SuppressWarnings("unchecked")
        Map<Authentication, BranchScope> memo = (Map<Authentication, BranchScope>) TransactionSynchronizationManager
                .getResource(SCOPE_MEMO);
        if (memo == null) {
            Map<Authentication, BranchScope> fresh = new IdentityHashMap<>();
            TransactionSynchronizationManager.bindResource(SCOPE_MEMO, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResourceIfPossible(SCOPE_MEMO);
                }

                @Override
                public void resume() {
                    TransactionSynchronizationManager.bindResource(SCOPE_MEMO, fresh);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(SCOPE_MEMO);
                }
            });
            memo = fresh;
        }
        return memo.computeIfAbsent(auth, this::scopeOf);
    }

    /** The key of the per-transaction memo of {@link #branchScope()}. */
    private static final String SCOPE_MEMO = CurrentUser.class.getName() + ".branchScope";

    private BranchScope scopeOf(Authentication auth) {
        if (auth.getPrincipal() instanceof ApiClient client) {
            return client.branchId() == null ? BranchScope.ALL : BranchScope.of(java.util.Set.of(client.branchId()));
        }
        if (auth.getPrincipal() instanceof PortalUser user && !users.isActive(user.id())) {
            return BranchScope.NONE; // disabled, or left the organisation, while a session was still open
        }
        if (has(Role.HR) || has(Role.LEADER) || has(Role.ADMIN)) {
            return BranchScope.ALL;
        }
        if (has(Role.MANAGER) && auth.getPrincipal() instanceof PortalUser user) {
            return BranchScope.of(users.managedBranchIds(user.id()));
        }
        return BranchScope.NONE;
    }
}
