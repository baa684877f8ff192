package org.advocacy.security.internal;

import static org.advocacy.jooq.Tables.APP_USER;
import static org.advocacy.jooq.Tables.MANAGED_BRANCH;
import static org.advocacy.jooq.Tables.USER_ROLE;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.advocacy.security.AccountDirectory;
import org.advocacy.security.Role;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Reads behind {@link org.advocacy.security.AccountDirectory}: accounts by branch or employee. */
@Repository
public class AccountDirectoryQuery {

    private final DSLContext dsl;

    AccountDirectoryQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Long> managersOf(long branchId) {
        return dsl.selectDistinct(MANAGED_BRANCH.USER_ID).from(MANAGED_BRANCH)
                .join(USER_ROLE).on(USER_ROLE.USER_ID.eq(MANAGED_BRANCH.USER_ID)).and(USER_ROLE.ROLE.eq("MANAGER"))
                .join(APP_USER).on(APP_USER.ID.eq(MANAGED_BRANCH.USER_ID)).and(APP_USER.ENABLED.isTrue())
                .where(MANAGED_BRANCH.BRANCH_ID.eq(branchId)).fetch(MANAGED_BRANCH.USER_ID);
    }

    public List<Long> enabledWithRole(Role role) {
        return dsl.selectDistinct(APP_USER.ID).from(APP_USER).join(USER_ROLE).on(USER_ROLE.USER_ID.eq(APP_USER.ID))
                .where(USER_ROLE.ROLE.eq(role.name())).and(APP_USER.ENABLED.isTrue()).orderBy(APP_USER.ID)
                .fetch(APP_USER.ID);
    }

    public Optional<Long> accountOf(long employeeId) {
        return dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.EMPLOYEE_ID.eq(employeeId))
                .fetchOptional(APP_USER.ID);
    }

    public Set<Long> employeesWithRole(Collection<Long> employeeIds, Collection<Role> roles) {
        if (employeeIds.isEmpty() || roles.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(dsl.selectDistinct(APP_USER.EMPLOYEE_ID).from(APP_USER).join(USER_ROLE)
                .on(USER_ROLE.USER_ID.eq(APP_USER.ID))
                .where(APP_USER.EMPLOYEE_ID.in(employeeIds))
                .and(USER_ROLE.ROLE.in(roles.stream().map(Role::name).toList()))
                .fetch(APP_USER.EMPLOYEE_ID));
    }

    public Map<Long, String> displayNames(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return dsl.select(APP_USER.ID, APP_USER.DISPLAY_NAME).from(APP_USER).where(APP_USER.ID.in(userIds))
                .fetchMap(APP_USER.ID, APP_USER.DISPLAY_NAME);
    }

    public Map<Long, AccountDirectory.Contact> enabledContacts(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return dsl.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.DISPLAY_NAME, APP_USER.LOCALE).from(APP_USER)
                .where(APP_USER.ID.in(userIds)).and(APP_USER.ENABLED.isTrue())
                .fetchMap(APP_USER.ID, r -> new AccountDirectory.Contact(r.value2(), r.value3(), r.value4()));
    }

    public Map<Long, Long> enabledAccountsOf(Collection<Long> employeeIds) {
        return dsl.select(APP_USER.EMPLOYEE_ID, APP_USER.ID).from(APP_USER)
                .where(APP_USER.EMPLOYEE_ID.in(employeeIds)).and(APP_USER.ENABLED.isTrue())
                .fetchMap(APP_USER.EMPLOYEE_ID, APP_USER.ID);
    }
}
