package org.advocacy.security.internal;

import static org.advocacy.jooq.Tables.APP_USER;
import static org.advocacy.jooq.Tables.MANAGED_BRANCH;
import static org.advocacy.jooq.Tables.USER_ROLE;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.advocacy.security.AccountPeople;
import org.advocacy.security.PortalUser;
import org.advocacy.security.Role;
import org.advocacy.security.UserListItem;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * jOOQ access to accounts, their roles and managed branches. Whether an account's employee is still active is the
 * account's own copy ({@code app_user.employee_active}, kept in step by the organisation through AccountAccess); the
 * branch codes the accounts list shows come from {@link AccountPeople} (decision 0047: no join of org's tables).
 */
@Repository
public class UserRepository {

    private final DSLContext dsl;
    private final AccountPeople people;

    UserRepository(DSLContext dsl, AccountPeople people) {
        this.dsl = dsl;
        this.people = people;
    }

    /** The account for sign-in; it counts as enabled only while its employee (if any) is still active. */
    public Optional<PortalUser> findByEmail(String email) {
        return dsl.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.DISPLAY_NAME, APP_USER.EMPLOYEE_ID, APP_USER.LOCALE,
                        APP_USER.PASSWORD_HASH, APP_USER.ENABLED, APP_USER.EMPLOYEE_ACTIVE)
                .from(APP_USER)
                .where(APP_USER.EMAIL.eq(email.trim().toLowerCase())).fetchOptional()
                .map(u -> new PortalUser(u.value1(), u.value2(), u.value3(), u.value4(), u.value5(),
                        roles(u.value1()), u.value6(),
                        Boolean.TRUE.equals(u.value7()) && (u.value4() == null || Boolean.TRUE.equals(u.value8()))));
    }

    /** Whether this account may still act: enabled, and its employee (if any) still active. */
    public boolean isActive(long userId) {
        return dsl.fetchExists(dsl.selectOne().from(APP_USER)
                .where(APP_USER.ID.eq(userId)).and(APP_USER.ENABLED.isTrue())
                .and(APP_USER.EMPLOYEE_ID.isNull().or(APP_USER.EMPLOYEE_ACTIVE.isTrue())));
    }

    /** Whether the employee linked to this account (if any) is inactive. */
    public boolean employeeInactive(long userId) {
        return dsl.fetchExists(dsl.selectOne().from(APP_USER)
                .where(APP_USER.ID.eq(userId)).and(APP_USER.EMPLOYEE_ID.isNotNull())
                .and(APP_USER.EMPLOYEE_ACTIVE.isFalse()));
    }

    /** Records that these employees left ({@code false}) or came back ({@code true}) on their accounts, if any. */
    public int setEmployeeActive(Collection<Long> employeeIds, boolean active) {
        int changed = 0;
        List<Long> ids = List.copyOf(employeeIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            changed += dsl.update(APP_USER).set(APP_USER.EMPLOYEE_ACTIVE, active)
                    .where(APP_USER.EMPLOYEE_ID.in(ids.subList(from, Math.min(ids.size(), from + CHUNK))))
                    .and(APP_USER.EMPLOYEE_ACTIVE.ne(active)).execute();
        }
        return changed;
    }

    private static final int CHUNK = 1000;

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

    public long insert(String email, String displayName, String passwordHash, Long employeeId, boolean employeeActive,
            LocalDateTime now) {
        return dsl.insertInto(APP_USER)
                .set(APP_USER.EMAIL, email.trim().toLowerCase())
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.EMPLOYEE_ID, employeeId)
                .set(APP_USER.EMPLOYEE_ACTIVE, employeeId == null || employeeActive)
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

    /** Sortable columns of the accounts grid. */
    public enum Sort { EMAIL, DISPLAY_NAME, BRANCH, LAST_SIGN_IN }

    /**
     * One page of accounts, filtered by name or e-mail and optionally by role ({@code sort} null: by e-mail). The
     * branch is the account's employee's, which lives in the organisation's tables: sorted by it, the matching
     * accounts' ids and employees are read (two longs a row), their employees asked from {@link AccountPeople} (one
     * statement per 1,000: 20 at 20,000 accounts, a few megabytes for the request's duration), and the list sorted
     * here by the branches' code order, then e-mail. Bounded by the number of accounts, not by the page.
     */
    public List<UserListItem> find(String text, Role role, Sort sort, boolean ascending, int offset, int limit) {
        List<Long> ids = sort == Sort.BRANCH ? pageByBranch(text, role, ascending, offset, limit)
                : dsl.select(APP_USER.ID).from(APP_USER)
                        .where(conditions(text, role))
                        .orderBy(sort == null ? APP_USER.EMAIL.asc() : ascending ? field(sort).asc() : field(sort).desc())
                        .offset(offset).limit(limit)
                        .fetch(APP_USER.ID);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Role>> roles = dsl.select(USER_ROLE.USER_ID, USER_ROLE.ROLE).from(USER_ROLE)
                .where(USER_ROLE.USER_ID.in(ids))
                .collect(Collectors.groupingBy(r -> r.value1(),
                        Collectors.mapping(r -> Role.valueOf(r.value2()), Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))));
        Map<Long, List<Long>> managedIds = dsl.select(MANAGED_BRANCH.USER_ID, MANAGED_BRANCH.BRANCH_ID).from(MANAGED_BRANCH)
                .where(MANAGED_BRANCH.USER_ID.in(ids))
                .collect(Collectors.groupingBy(r -> r.value1(), Collectors.mapping(r -> r.value2(), Collectors.toList())));
        var rows = dsl.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.DISPLAY_NAME, APP_USER.EMPLOYEE_ID,
                        APP_USER.ENABLED, APP_USER.LAST_SIGN_IN_AT)
                .from(APP_USER).where(APP_USER.ID.in(ids)).fetch();
        Map<Long, AccountPeople.Person> staff = people.people(rows.stream().map(r -> r.value4())
                .filter(Objects::nonNull).toList());
        Map<Long, String> codes = people.branchCodes(managedIds.values().stream().flatMap(List::stream)
                .collect(Collectors.toSet()));
        Map<Long, UserListItem> byId = new HashMap<>();
        for (var r : rows) {
            AccountPeople.Person person = r.value4() == null ? null : staff.get(r.value4());
            List<String> managed = managedIds.getOrDefault(r.value1(), List.of()).stream().map(codes::get)
                    .filter(Objects::nonNull).sorted(String.CASE_INSENSITIVE_ORDER).toList();
            byId.put(r.value1(), new UserListItem(r.value1(), r.value2(), r.value3(), r.value4(),
                    person == null ? null : person.branchCode(),
                    roles.getOrDefault(r.value1(), EnumSet.noneOf(Role.class)), managed,
                    Boolean.TRUE.equals(r.value5()), r.value6()));
        }
        List<UserListItem> page = new ArrayList<>();
        ids.forEach(id -> page.add(byId.get(id)));
        return page;
    }

    /** The ids of one page of accounts sorted by their employee's branch code (none first, ascending), then e-mail. */
    private List<Long> pageByBranch(String text, Role role, boolean ascending, int offset, int limit) {
        var accounts = dsl.select(APP_USER.ID, APP_USER.EMPLOYEE_ID).from(APP_USER).where(conditions(text, role))
                .orderBy(APP_USER.EMAIL).fetch();
        Map<Long, AccountPeople.Person> staff = people.people(accounts.stream().map(r -> r.value2())
                .filter(Objects::nonNull).toList());
        Map<Long, Integer> rank = new HashMap<>();
        List<Long> branchOrder = people.branchIdsByCode();
        for (int i = 0; i < branchOrder.size(); i++) {
            rank.put(branchOrder.get(i), i);
        }
        // as SQL sorts a missing code: first when ascending, last when descending; ties keep the e-mail order
        Comparator<Integer> byRank = Comparator.nullsFirst(Comparator.<Integer>naturalOrder());
        Comparator<Integer> order = ascending ? byRank : byRank.reversed();
        return accounts.stream()
                .map(r -> {
                    AccountPeople.Person p = r.value2() == null ? null : staff.get(r.value2());
                    return Map.entry(r.value1(), p == null ? Integer.valueOf(-1) : rank.getOrDefault(p.branchId(), -1));
                })
                .sorted(Map.Entry.comparingByValue(Comparator.comparing(v -> v < 0 ? null : v, order)))
                .skip(offset).limit(limit).map(Map.Entry::getKey).toList();
    }

    public int count(String text, Role role) {
        return dsl.fetchCount(dsl.select(APP_USER.ID).from(APP_USER).where(conditions(text, role)));
    }

    private static Field<?> field(Sort sort) {
        return switch (sort) {
            case EMAIL -> APP_USER.EMAIL;
            case DISPLAY_NAME -> APP_USER.DISPLAY_NAME;
            case LAST_SIGN_IN -> APP_USER.LAST_SIGN_IN_AT;
            case BRANCH -> throw new IllegalArgumentException("sorted by branch in Java");
        };
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
