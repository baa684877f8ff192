package org.advocacy.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.advocacy.security.internal.AccountDirectoryQuery;
import org.springframework.stereotype.Component;

/**
 * The published read of accounts for other modules: who manages a branch, which account belongs to an employee,
 * who holds a role. Other modules do not read {@code app_user}, {@code user_role} or {@code managed_branch}
 * themselves (decision 0047). It runs in the caller's transaction; the caller checks roles.
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

    /** The enabled accounts with the manager role that manage the branch (to notify them). */
    public List<Long> enabledManagersOf(long branchId) {
        return query.enabledManagersOf(branchId);
    }

    /** The contact of an enabled account; empty when the account is disabled or gone. */
    public Optional<Contact> enabledContact(long userId) {
        return Optional.ofNullable(query.enabledContacts(List.of(userId)).get(userId));
    }

    /** The contacts of those of the accounts that are enabled, by account id. */
    public java.util.Map<Long, Contact> enabledContacts(Collection<Long> userIds) {
        return query.enabledContacts(userIds);
    }

    /** The account of an employee, if they have one (enabled or not). */
    public Optional<Long> accountOf(long employeeId) {
        return query.accountOf(employeeId);
    }

    /** Those of the employees whose account holds one of the roles. */
    public Set<Long> employeesWithRole(Collection<Long> employeeIds, Collection<Role> roles) {
        return query.employeesWithRole(employeeIds, roles);
    }
}
