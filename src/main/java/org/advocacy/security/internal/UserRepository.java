package org.advocacy.security.internal;

import static org.advocacy.jooq.Tables.APP_USER;
import static org.advocacy.jooq.Tables.BRANCH;
import static org.advocacy.jooq.Tables.EMPLOYEE;
import static org.advocacy.jooq.Tables.MANAGED_BRANCH;
import static org.advocacy.jooq.Tables.USER_ROLE;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.advocacy.security.PortalUser;
import org.advocacy.security.Role;
import org.advocacy.security.UserListItem;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** jOOQ access to accounts, their roles and managed branches. */
@Repository
public class UserRepository {

    private final DSLContext dsl;

    UserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The account for sign-in; it counts as enabled only while its employee (if any) is still active. */
    public Optional<PortalUser> findByEmail(String email) {
        return dsl.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.DISPLAY_NAME, APP_USER.EMPLOYEE_ID, APP_USER.LOCALE,
                        APP_USER.PASSWORD_HASH, APP_USER.ENABLED, EMPLOYEE.ACTIVE)
                .from(APP_USER).leftJoin(EMPLOYEE).on(EMPLOYEE.ID.eq(APP_USER.EMPLOYEE_ID))
                .where(APP_USER.EMAIL.eq(email.trim().toLowerCase())).fetchOptional()
                .map(u -> new PortalUser(u.value1(), u.value2(), u.value3(), u.value4(), u.value5(),
                        roles(u.value1()), u.value6(),
                        Boolean.TRUE.equals(u.value7()) && (u.value4() == null || Boolean.TRUE.equals(u.value8()))));
    }

    /** Whether this account may still act: enabled, and its employee (if any) still active. */
    public boolean isActive(long userId) {
        return dsl.fetchExists(dsl.selectOne().from(APP_USER).leftJoin(EMPLOYEE).on(EMPLOYEE.ID.eq(APP_USER.EMPLOYEE_ID))
                .where(APP_USER.ID.eq(userId)).and(APP_USER.ENABLED.isTrue())
                .and(APP_USER.EMPLOYEE_ID.isNull().or(EMPLOYEE.ACTIVE.isTrue())));
    }

    /** Whether the employee linked to this account (if any) is inactive. */
    public boolean employeeInactive(long userId) {
        return dsl.fetchExists(dsl.selectOne().from(APP_USER).join(EMPLOYEE).on(EMPLOYEE.ID.eq(APP_USER.EMPLOYEE_ID))
                .where(APP_USER.ID.eq(userId)).and(EMPLOYEE.ACTIVE.isFalse()));
    }

    /** One account's access, as AccountAccess changes it when its employee leaves. */
    public record Access(long userId, String email, String displayName, boolean enabled, Set<Role> roles,
            Set<Long> managedBranches) {
    }

    /** The accounts of these employees with their roles and managed branches. */
    public List<Access> accessOfEmployees(Collection<Long> employeeIds) {
        return dsl.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.DISPLAY_NAME, APP_USER.ENABLED).from(APP_USER)
                .where(APP_USER.EMPLOYEE_ID.in(employeeIds)).orderBy(APP_USER.ID)
                .fetch(r -> new Access(r.value1(), r.value2(), r.value3(), Boolean.TRUE.equals(r.value4()),
                        roles(r.value1()), managedBranchIds(r.value1())));
    }

    public Optional<Long> idOfEmail(String email) {
        return dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.EMAIL.eq(email.trim().toLowerCase()))
                .fetchOptional(APP_USER.ID);
    }

    public Set<Role> roles(long userId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        dsl.select(USER_ROLE.ROLE).from(USER_ROLE).where(USER_ROLE.USER_ID.eq(userId))
                .forEach(r -> roles.add(Role.valueOf(r.value1())));
        return roles;
    }

    public Set<Long> managedBranchIds(long userId) {
        return Set.copyOf(dsl.select(MANAGED_BRANCH.BRANCH_ID).from(MANAGED_BRANCH)
                .where(MANAGED_BRANCH.USER_ID.eq(userId)).fetch(MANAGED_BRANCH.BRANCH_ID));
    }

    public long insert(String email, String displayName, String passwordHash, Long employeeId, LocalDateTime now) {
        return dsl.insertInto(APP_USER)
                .set(APP_USER.EMAIL, email.trim().toLowerCase())
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.EMPLOYEE_ID, employeeId)
                .set(APP_USER.ENABLED, true)
                .set(APP_USER.CREATED_AT, now)
                .returningResult(APP_USER.ID).fetchOne(APP_USER.ID);
    }

    public void setRoles(long userId, Collection<Role> roles) {
        dsl.deleteFrom(USER_ROLE).where(USER_ROLE.USER_ID.eq(userId)).execute();
        if (!roles.isEmpty()) {
            var insert = dsl.insertInto(USER_ROLE, USER_ROLE.USER_ID, USER_ROLE.ROLE);
            for (Role r : roles) {
                insert = insert.values(userId, r.name());
            }
            insert.execute();
        }
    }

    public void setManagedBranches(long userId, Collection<Long> branchIds) {
        dsl.deleteFrom(MANAGED_BRANCH).where(MANAGED_BRANCH.USER_ID.eq(userId)).execute();
        if (!branchIds.isEmpty()) {
            var insert = dsl.insertInto(MANAGED_BRANCH, MANAGED_BRANCH.USER_ID, MANAGED_BRANCH.BRANCH_ID);
            for (Long b : branchIds) {
                insert = insert.values(userId, b);
            }
            insert.execute();
        }
    }

    public void setPassword(long userId, String hash) {
        dsl.update(APP_USER).set(APP_USER.PASSWORD_HASH, hash).where(APP_USER.ID.eq(userId)).execute();
    }

    public void update(long userId, String displayName, boolean enabled) {
        dsl.update(APP_USER).set(APP_USER.DISPLAY_NAME, displayName).set(APP_USER.ENABLED, enabled)
                .where(APP_USER.ID.eq(userId)).execute();
    }

    public void setLocale(long userId, String locale) {
        dsl.update(APP_USER).set(APP_USER.LOCALE, locale).where(APP_USER.ID.eq(userId)).execute();
    }

    public void markSignedIn(long userId, LocalDateTime at) {
        dsl.update(APP_USER).set(APP_USER.LAST_SIGN_IN_AT, at).where(APP_USER.ID.eq(userId)).execute();
    }

    public int countEnabledWithRole(Role role) {
        return dsl.fetchCount(dsl.select(APP_USER.ID).from(APP_USER).join(USER_ROLE).on(USER_ROLE.USER_ID.eq(APP_USER.ID))
                .where(USER_ROLE.ROLE.eq(role.name())).and(APP_USER.ENABLED.isTrue()));
    }

    public boolean emailExists(String email) {
        return dsl.fetchExists(APP_USER, APP_USER.EMAIL.eq(email.trim().toLowerCase()));
    }

    public boolean employeeHasAccount(long employeeId) {
        return dsl.fetchExists(APP_USER, APP_USER.EMPLOYEE_ID.eq(employeeId));
    }

    public Optional<String> email(long userId) {
        return dsl.select(APP_USER.EMAIL).from(APP_USER).where(APP_USER.ID.eq(userId)).fetchOptional(APP_USER.EMAIL);
    }

    /** One page of accounts, filtered by name or e-mail and optionally by role. */
    public List<UserListItem> find(String text, Role role, List<SortField<?>> sort, int offset, int limit) {
        List<Long> ids = dsl.select(APP_USER.ID).from(APP_USER)
                .leftJoin(EMPLOYEE).on(EMPLOYEE.ID.eq(APP_USER.EMPLOYEE_ID))
                .leftJoin(BRANCH).on(BRANCH.ID.eq(EMPLOYEE.BRANCH_ID))
                .where(conditions(text, role))
                .orderBy(sort.isEmpty() ? List.of(APP_USER.EMAIL.asc()) : sort)
                .offset(offset).limit(limit)
                .fetch(APP_USER.ID);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Role>> roles = dsl.select(USER_ROLE.USER_ID, USER_ROLE.ROLE).from(USER_ROLE)
                .where(USER_ROLE.USER_ID.in(ids))
                .collect(Collectors.groupingBy(r -> r.value1(),
                        Collectors.mapping(r -> Role.valueOf(r.value2()), Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))));
        Map<Long, List<String>> managed = dsl.select(MANAGED_BRANCH.USER_ID, BRANCH.CODE).from(MANAGED_BRANCH)
                .join(BRANCH).on(BRANCH.ID.eq(MANAGED_BRANCH.BRANCH_ID))
                .where(MANAGED_BRANCH.USER_ID.in(ids)).orderBy(BRANCH.CODE)
                .collect(Collectors.groupingBy(r -> r.value1(), Collectors.mapping(r -> r.value2(), Collectors.toList())));
        Map<Long, UserListItem> byId = dsl.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.DISPLAY_NAME, APP_USER.EMPLOYEE_ID,
                        BRANCH.CODE, APP_USER.ENABLED, APP_USER.LAST_SIGN_IN_AT)
                .from(APP_USER)
                .leftJoin(EMPLOYEE).on(EMPLOYEE.ID.eq(APP_USER.EMPLOYEE_ID))
                .leftJoin(BRANCH).on(BRANCH.ID.eq(EMPLOYEE.BRANCH_ID))
                .where(APP_USER.ID.in(ids))
                .fetchMap(r -> r.value1(), r -> new UserListItem(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        roles.getOrDefault(r.value1(), EnumSet.noneOf(Role.class)),
                        managed.getOrDefault(r.value1(), List.of()), Boolean.TRUE.equals(r.value6()), r.value7()));
        List<UserListItem> page = new ArrayList<>();
        ids.forEach(id -> page.add(byId.get(id)));
        return page;
    }

    public int count(String text, Role role) {
        return dsl.fetchCount(dsl.select(APP_USER.ID).from(APP_USER)
                .leftJoin(EMPLOYEE).on(EMPLOYEE.ID.eq(APP_USER.EMPLOYEE_ID))
                .leftJoin(BRANCH).on(BRANCH.ID.eq(EMPLOYEE.BRANCH_ID))
                .where(conditions(text, role)));
    }

    /** Sortable columns of the accounts grid, by the key the view uses. */
    public static Optional<Field<?>> sortField(String key) {
        return Optional.ofNullable(switch (key) {
            case "email" -> APP_USER.EMAIL;
            case "displayName" -> APP_USER.DISPLAY_NAME;
            case "branch" -> BRANCH.CODE;
            case "lastSignIn" -> APP_USER.LAST_SIGN_IN_AT;
            default -> null;
        });
    }

    private Condition conditions(String text, Role role) {
        Condition c = DSL.noCondition();
        if (text != null && !text.isBlank()) {
            String like = "%" + text.trim() + "%";
            c = c.and(APP_USER.EMAIL.like(like).or(APP_USER.DISPLAY_NAME.like(like)));
        }
        if (role != null) {
            c = c.and(DSL.exists(DSL.selectOne().from(USER_ROLE)
                    .where(USER_ROLE.USER_ID.eq(APP_USER.ID)).and(USER_ROLE.ROLE.eq(role.name()))));
        }
        return c;
    }

    /** e-mail (lower case) → display name of the accounts among these addresses. */
    public java.util.Map<String, String> displayNames(java.util.Collection<String> emails) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        dsl.select(APP_USER.EMAIL, APP_USER.DISPLAY_NAME).from(APP_USER)
                .where(APP_USER.EMAIL.in(emails.stream().map(e -> e.toLowerCase(java.util.Locale.ROOT)).toList()))
                .forEach(r -> out.put(r.value1().toLowerCase(java.util.Locale.ROOT), r.value2()));
        return out;
    }
}
