package org.advocacy.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.advocacy.security.internal.AccountDirectoryQuery;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security module's published read of who holds which account, for modules that address people (the
 * notification module's event listeners and mails, feedback's staff list). Not secured: its callers run after a
 * commit or at a restart, without a signed-in user, or have checked the user themselves; it answers account ids,
 * roles, and an enabled account's mail contact. Other modules do not read {@code app_user}, {@code user_role} or
 * {@code managed_branch} themselves (decision 0047).
 */
@Component
public class AccountDirectory {

    /** What a mail to an account needs: its address, name and language (null: none chosen). */
    public record Contact(String email, String displayName, String locale) {
    }

    private final AccountDirectoryQuery query;

    AccountDirectory(AccountDirectoryQuery query) {
        this.query = query;
    }

    /** The enabled accounts holding the MANAGER role for this branch. */
    @Transactional(readOnly = true)
    public List<Long> managersOf(long branchId) {
        return query.managersOf(branchId);
    }

    /** The enabled accounts holding this role, ascending. */
    @Transactional(readOnly = true)
    public List<Long> enabledWithRole(Role role) {
        return query.enabledWithRole(role);
    }

    /** The account of an employee, enabled or not. */
    @Transactional(readOnly = true)
    public Optional<Long> accountOf(long employeeId) {
        return query.accountOf(employeeId);
    }

    /** Those of the employees whose account holds one of the roles. */
    @Transactional(readOnly = true)
    public Set<Long> employeesWithRole(Collection<Long> employeeIds, Collection<Role> roles) {
        return query.employeesWithRole(employeeIds, roles);
    }

    /** The display names of these accounts (enabled or not), by account id: who gave, who wrote. */
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> userIds) {
        return query.displayNames(userIds);
    }

    /** The contact of an enabled account; empty when the account is disabled or gone. */
    @Transactional(readOnly = true)
    public Optional<Contact> enabledContact(long userId) {
        return Optional.ofNullable(query.enabledContacts(List.of(userId)).get(userId));
    }

    /** The contacts of those of the accounts that are enabled, by account id. */
    @Transactional(readOnly = true)
    public Map<Long, Contact> enabledContacts(Collection<Long> userIds) {
        return query.enabledContacts(userIds);
    }

    /** The enabled accounts of these employees: employee id to account id. */
    @Transactional(readOnly = true)
    public Map<Long, Long> enabledAccountsOf(Collection<Long> employeeIds) {
        return employeeIds.isEmpty() ? Map.of() : query.enabledAccountsOf(employeeIds);
    }
}
