package org.advocacy.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.advocacy.security.internal.AccountDirectoryQuery;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security module's published read of who holds which account, for modules that address people (the
 * notification module's event listeners). Not secured: its callers run after a commit or at a restart, without a
 * signed-in user, and it answers only account ids.
 */
@Component
public class AccountDirectory {

    private final AccountDirectoryQuery query;

    AccountDirectory(AccountDirectoryQuery query) {
        this.query = query;
    }

    /** The enabled accounts holding the MANAGER role for this branch. */
    @Transactional(readOnly = true)
    public List<Long> managersOf(long branchId) {
        return query.managersOf(branchId);
    }

    /** The account of an employee, enabled or not. */
    @Transactional(readOnly = true)
    public Optional<Long> accountOf(long employeeId) {
        return query.accountOf(employeeId);
    }

    /** The enabled accounts of these employees: employee id to account id. */
    @Transactional(readOnly = true)
    public Map<Long, Long> enabledAccountsOf(Collection<Long> employeeIds) {
        return employeeIds.isEmpty() ? Map.of() : query.enabledAccountsOf(employeeIds);
    }
}
