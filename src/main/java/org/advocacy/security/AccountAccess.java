package org.advocacy.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.advocacy.audit.AuditAction;
import org.advocacy.audit.AuditLog;
import org.advocacy.kernel.ValidationException;
import org.advocacy.security.internal.UserRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What happens to a person's account when they leave (docs/domain-rules.md#people-who-leave): called by the
 * organisation screens and the CSV import inside their transaction whenever an employee is set inactive. The account is
 * disabled, every role beyond EMPLOYEE and every managed branch is taken away (written to the audit log, so an
 * administrator can give them back on purpose), and once the change is committed the person's open sessions end.
 * The account also keeps its own copy of whether its employee is active ({@code app_user.employee_active}: sign-in
 * reads it, not org's table), which {@link #employeesLeft} and {@link #employeesReturned} keep in step. Reactivating
 * the employee does not enable the account again: an administrator does that on the accounts screen.
 */
@Component
public class AccountAccess {

    private final UserRepository users;
    private final SignedInSessions sessions;
    private final AuditLog audit;

    AccountAccess(UserRepository users, SignedInSessions sessions, AuditLog audit) {
        this.users = users;
        this.sessions = sessions;
        this.audit = audit;
    }

    /**
     * Disables the accounts of these employees (those that still have access). Throws a {@link ValidationException}
     * on field "active" when it would disable the last active administrator.
     */
    public void employeesLeft(Collection<Long> employeeIds) {
        if (employeeIds.isEmpty()) {
            return;
        }
        users.setEmployeeActive(employeeIds, false);
        List<Long> disabled = new ArrayList<>();
        for (UserRepository.Access a : users.accessOfEmployees(employeeIds)) {
            if (!a.enabled() && a.roles().equals(Set.of(Role.EMPLOYEE)) && a.managedBranches().isEmpty()) {
                continue; // already without access
            }
            if (a.enabled() && a.roles().contains(Role.ADMIN) && users.countEnabledWithRole(Role.ADMIN) <= 1) {
                throw new ValidationException("active", "user.error.lastAdminLeaves", a.email());
            }
            users.update(a.userId(), a.displayName(), false);
            users.setRoles(a.userId(), EnumSet.of(Role.EMPLOYEE));
            users.setManagedBranches(a.userId(), Set.of());
            audit.record(AuditAction.USER_ACCESS_REVOKED, a.email(),
                    "roles " + a.roles() + (a.managedBranches().isEmpty() ? "" : ", branches " + a.managedBranches()));
            disabled.add(a.userId());
        }
        afterCommit(() -> disabled.forEach(sessions::end));
    }

    /**
     * Records that these employees are active again (the employee form or the CSV import, in their transaction): their
     * accounts may be enabled again by an administrator; nothing else changes.
     */
    public void employeesReturned(Collection<Long> employeeIds) {
        if (!employeeIds.isEmpty()) {
            users.setEmployeeActive(employeeIds, true);
        }
    }

    /** Ends the sessions of one account once the current transaction (if any) has committed. */
    public void endSessionsAfterCommit(long userId) {
        afterCommit(() -> sessions.end(userId));
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
