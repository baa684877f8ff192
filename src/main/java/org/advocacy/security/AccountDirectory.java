package org.advocacy.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.advocacy.kernel.id.AccountId;
import org.advocacy.kernel.id.EmployeeId;
import org.advocacy.security.internal.AccountDirectoryQuery;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security module's published read of who holds which account, for modules that address people (the
 * notification module's event listeners and mails, feedback's staff list). Not secured: its callers run after a
 * commit or at a restart, without a signed-in user, or have checked the user themselves; it answers account ids,
 * roles, and an enabled account's mail contact. Other modules do not read {@code app_user}, {@code user_role} or
 * {@code managed_branch} themselves (decision 0047). Accounts and employees are both numbered: the ids are typed
 * ({@link AccountId}, {@link EmployeeId}) so that one cannot be passed for the other.
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
    public List<AccountId> managersOf(long branchId) {
        return accounts(query.managersOf(branchId));
    }

    /** The enabled accounts holding this role, ascending. */
    @Transactional(readOnly = true)
    public List<AccountId> enabledWithRole(Role role) {
        return accounts(query.enabledWithRole(role));
    }

    /** The account of an employee, enabled or not. */
    @Transactional(readOnly = true)
    public Optional<AccountId> accountOf(EmployeeId employee) {
        return query.accountOf(employee.value()).map(AccountId::of);
    }

    /** Those of the employees whose account holds one of the roles. */
    @Transactional(readOnly = true)
    public Set<EmployeeId> employeesWithRole(Collection<EmployeeId> employees, Collection<Role> roles) {
        return query.employeesWithRole(values(employees, EmployeeId::value), roles).stream().map(EmployeeId::of)
                .collect(Collectors.toSet());
    }

    /** The display names of these accounts (enabled or not), by account: who gave, who wrote. */
    @Transactional(readOnly = true)
    public Map<AccountId, String> displayNames(Collection<AccountId> accounts) {
        return keyed(query.displayNames(values(accounts, AccountId::value)), AccountId::of);
    }

    /** The contact of an enabled account; empty when the account is disabled or gone. */
    @Transactional(readOnly = true)
    public Optional<Contact> enabledContact(AccountId account) {
        return Optional.ofNullable(query.enabledContacts(List.of(account.value())).get(account.value()));
    }

    /** The contacts of those of the accounts that are enabled, by account. */
    @Transactional(readOnly = true)
    public Map<AccountId, Contact> enabledContacts(Collection<AccountId> accounts) {
        return keyed(query.enabledContacts(values(accounts, AccountId::value)), AccountId::of);
    }

    /** The enabled accounts of these employees: employee to account. */
    @Transactional(readOnly = true)
    public Map<EmployeeId, AccountId> enabledAccountsOf(Collection<EmployeeId> employees) {
        if (employees.isEmpty()) {
            return Map.of();
        }
        return query.enabledAccountsOf(values(employees, EmployeeId::value)).entrySet().stream().collect(
                Collectors.toMap(e -> EmployeeId.of(e.getKey()), e -> AccountId.of(e.getValue())));
    }

    private static List<AccountId> accounts(List<Long> ids) {
        return ids.stream().map(AccountId::of).toList();
    }

    private static <T> List<Long> values(Collection<T> ids, java.util.function.ToLongFunction<T> value) {
        return ids.stream().mapToLong(value).boxed().distinct().toList();
    }

    private static <K, V> Map<K, V> keyed(Map<Long, V> byLong, Function<Long, K> key) {
        return byLong.entrySet().stream().collect(Collectors.toMap(e -> key.apply(e.getKey()), Map.Entry::getValue));
    }
}
