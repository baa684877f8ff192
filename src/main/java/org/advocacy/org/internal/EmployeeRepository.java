package org.advocacy.org.internal;

import static org.advocacy.jooq.Tables.BRANCH;
import static org.advocacy.jooq.Tables.DEPARTMENT;
import static org.advocacy.jooq.Tables.EMPLOYEE;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.advocacy.org.Employee;
import org.advocacy.org.EmployeeCursor;
import org.advocacy.org.EmployeeData;
import org.advocacy.org.EmployeeFilter;
import org.advocacy.org.EmployeeSort;
import org.advocacy.security.BranchScope;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.SelectOnConditionStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** jOOQ access to employees. Every read takes the caller's branch scope and applies it in SQL. */
@Repository
public class EmployeeRepository {

    private final DSLContext dsl;

    EmployeeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Employee> find(EmployeeFilter filter, BranchScope scope, List<EmployeeSort> sort, int offset, int limit) {
        return select()
                .where(conditions(filter, scope))
                .orderBy(sortFields(sort))
                .offset(offset).limit(limit)
                .fetch(Records.mapping(Employee::new));
    }

    /**
     * Keyset paging: up to {@code limit} employees that come after {@code after} in the given order (from the start
     * when null), skipping {@code skip} of them first (a grid scrolled a little past the last page it loaded). The
     * cursor's values enter the WHERE clause, spelled out for mixed directions as
     * {@code a > x OR (a = x AND b < y) OR (a = x AND b = y AND id > z)}, so the database reads from the cursor on in
     * index order instead of sorting and skipping every row before the page.
     */
    public List<Employee> findAfter(EmployeeFilter filter, BranchScope scope, List<EmployeeSort> sort,
            EmployeeCursor after, int skip, int limit) {
        // STRAIGHT_JOIN keeps employee the driving table, so a page by name is read in the order of
        // ix_employee_active_name / ix_employee_branch_name and stops after the page (no sort of all staff)
        return dsl.select(EMPLOYEE.ID, EMPLOYEE.FULL_NAME, EMPLOYEE.EMAIL, EMPLOYEE.BRANCH_ID, BRANCH.CODE,
                        EMPLOYEE.DEPARTMENT_ID, DEPARTMENT.NAME, EMPLOYEE.JOB_TITLE, EMPLOYEE.HIRE_DATE, EMPLOYEE.MANAGER,
                        EMPLOYEE.ACTIVE)
                .from(EMPLOYEE)
                .straightJoin(BRANCH).on(BRANCH.ID.eq(EMPLOYEE.BRANCH_ID))
                .straightJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(EMPLOYEE.DEPARTMENT_ID))
                .where(conditions(filter, scope))
                .and(after == null ? DSL.noCondition() : keyset(sort, after))
                .orderBy(sortFields(sort))
                .offset(skip).limit(limit)
                .fetch(Records.mapping(Employee::new));
    }

    private static Condition keyset(List<EmployeeSort> sort, EmployeeCursor after) {
        List<EmployeeSort> s = sort == null || sort.isEmpty() ? List.of(EmployeeSort.DEFAULT) : sort;
        Condition result = DSL.noCondition();
        Condition equalSoFar = DSL.noCondition();
        for (EmployeeSort column : s) {
            @SuppressWarnings("unchecked")
            Field<Object> f = (Field<Object>) sortColumn(column.column());
            Object v = after.value(column.column());
            if (v == null) {
                throw new IllegalArgumentException("cursor lacks " + column.column());
            }
            result = result.or(equalSoFar.and(column.ascending() ? f.gt(v) : f.lt(v)));
            equalSoFar = equalSoFar.and(f.eq(v));
        }
        // the redundant bound on the first column lets MariaDB start a range scan at the cursor instead of
        // filtering the index from its beginning
        EmployeeSort first = s.getFirst();
        @SuppressWarnings("unchecked")
        Field<Object> lead = (Field<Object>) sortColumn(first.column());
        Object leadValue = after.value(first.column());
        return (first.ascending() ? lead.ge(leadValue) : lead.le(leadValue))
                .and(result.or(equalSoFar.and(EMPLOYEE.ID.gt(after.id()))));
    }

    public int count(EmployeeFilter filter, BranchScope scope) {
        return dsl.fetchCount(dsl.select(EMPLOYEE.ID).from(EMPLOYEE).where(conditions(filter, scope)));
    }

    public Optional<Employee> findById(long id, BranchScope scope) {
        return select().where(EMPLOYEE.ID.eq(id)).and(scopeCondition(scope)).fetchOptional(Records.mapping(Employee::new));
    }

    /** The employees of these ids, active or not, whatever the caller's scope (the published read's callers scope). */
    public List<Employee> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : select().where(EMPLOYEE.ID.in(ids)).fetch(Records.mapping(Employee::new));
    }

    public Optional<Long> idOfEmail(String email) {
        return dsl.select(EMPLOYEE.ID).from(EMPLOYEE).where(EMPLOYEE.EMAIL.eq(email)).fetchOptional(EMPLOYEE.ID);
    }

    /** E-mail (lower case) to id, for the import's "update or insert" decision. */
    public Map<String, Long> idsByEmail(Collection<String> emails) {
        return dsl.select(EMPLOYEE.EMAIL, EMPLOYEE.ID).from(EMPLOYEE).where(EMPLOYEE.EMAIL.in(emails))
                .fetchMap(EMPLOYEE.EMAIL, EMPLOYEE.ID);
    }

    public boolean emailTaken(String email, Long exceptId) {
        return dsl.fetchExists(EMPLOYEE, EMPLOYEE.EMAIL.eq(email)
                .and(exceptId == null ? DSL.noCondition() : EMPLOYEE.ID.ne(exceptId)));
    }

    public long insert(EmployeeData d, LocalDateTime now) {
        return dsl.insertInto(EMPLOYEE)
                .set(EMPLOYEE.FULL_NAME, d.fullName()).set(EMPLOYEE.EMAIL, d.email())
                .set(EMPLOYEE.BRANCH_ID, d.branchId()).set(EMPLOYEE.DEPARTMENT_ID, d.departmentId())
                .set(EMPLOYEE.JOB_TITLE, d.jobTitle()).set(EMPLOYEE.HIRE_DATE, d.hireDate())
                .set(EMPLOYEE.MANAGER, d.manager()).set(EMPLOYEE.ACTIVE, d.active())
                .set(EMPLOYEE.CREATED_AT, now).set(EMPLOYEE.UPDATED_AT, now)
                .returningResult(EMPLOYEE.ID).fetchOne(EMPLOYEE.ID);
    }

    public void update(long id, EmployeeData d, LocalDateTime now) {
        dsl.update(EMPLOYEE)
                .set(EMPLOYEE.FULL_NAME, d.fullName()).set(EMPLOYEE.EMAIL, d.email())
                .set(EMPLOYEE.BRANCH_ID, d.branchId()).set(EMPLOYEE.DEPARTMENT_ID, d.departmentId())
                .set(EMPLOYEE.JOB_TITLE, d.jobTitle()).set(EMPLOYEE.HIRE_DATE, d.hireDate())
                .set(EMPLOYEE.MANAGER, d.manager()).set(EMPLOYEE.ACTIVE, d.active())
                .set(EMPLOYEE.UPDATED_AT, now)
                .where(EMPLOYEE.ID.eq(id)).execute();
    }

    public List<org.advocacy.org.BranchHeadcount> headcount(BranchScope scope) {
        var staff = DSL.count(EMPLOYEE.ID).filterWhere(EMPLOYEE.ACTIVE.isTrue());
        return dsl.select(BRANCH.ID, BRANCH.CODE, BRANCH.NAME, staff)
                .from(BRANCH).leftJoin(EMPLOYEE).on(EMPLOYEE.BRANCH_ID.eq(BRANCH.ID))
                .where(scope.all() ? DSL.noCondition()
                        : scope.branchIds().isEmpty() ? DSL.falseCondition() : BRANCH.ID.in(scope.branchIds()))
                .and(BRANCH.ACTIVE.isTrue())
                .groupBy(BRANCH.ID, BRANCH.CODE, BRANCH.NAME)
                .orderBy(BRANCH.CODE)
                .fetch(Records.mapping(org.advocacy.org.BranchHeadcount::new));
    }

    public int count() {
        return dsl.fetchCount(EMPLOYEE);
    }

    private SelectOnConditionStep<org.jooq.Record11<Long, String, String, Long, String, Long, String, String,
            java.time.LocalDate, Boolean, Boolean>> select() {
        return dsl.select(EMPLOYEE.ID, EMPLOYEE.FULL_NAME, EMPLOYEE.EMAIL, EMPLOYEE.BRANCH_ID, BRANCH.CODE,
                        EMPLOYEE.DEPARTMENT_ID, DEPARTMENT.NAME, EMPLOYEE.JOB_TITLE, EMPLOYEE.HIRE_DATE, EMPLOYEE.MANAGER,
                        EMPLOYEE.ACTIVE)
                .from(EMPLOYEE)
                .join(BRANCH).on(BRANCH.ID.eq(EMPLOYEE.BRANCH_ID))
                .join(DEPARTMENT).on(DEPARTMENT.ID.eq(EMPLOYEE.DEPARTMENT_ID));
    }

    private static Condition conditions(EmployeeFilter f, BranchScope scope) {
        Condition c = scopeCondition(scope);
        if (f.name() != null && !f.name().isBlank()) {
            String like = "%" + f.name().trim() + "%";
            c = c.and(EMPLOYEE.FULL_NAME.like(like).or(EMPLOYEE.EMAIL.like(like)));
        }
        if (f.branchId() != null) {
            c = c.and(EMPLOYEE.BRANCH_ID.eq(f.branchId()));
        }
        if (f.departmentId() != null) {
            c = c.and(EMPLOYEE.DEPARTMENT_ID.eq(f.departmentId()));
        }
        if (f.active() != null) {
            c = c.and(EMPLOYEE.ACTIVE.eq(f.active()));
        }
        return c;
    }

    private static Condition scopeCondition(BranchScope scope) {
        if (scope.all()) {
            return DSL.noCondition();
        }
        return scope.branchIds().isEmpty() ? DSL.falseCondition() : EMPLOYEE.BRANCH_ID.in(scope.branchIds());
    }

    private static List<SortField<?>> sortFields(List<EmployeeSort> sort) {
        List<EmployeeSort> s = sort == null || sort.isEmpty() ? List.of(EmployeeSort.DEFAULT) : sort;
        List<SortField<?>> fields = new java.util.ArrayList<>(s.stream().map(EmployeeRepository::sortField).toList());
        fields.add(EMPLOYEE.ID.asc()); // stable paging
        return fields;
    }

    private static SortField<?> sortField(EmployeeSort s) {
        Field<?> f = sortColumn(s.column());
        return s.ascending() ? f.asc() : f.desc();
    }

    private static Field<?> sortColumn(EmployeeSort.Column column) {
        return switch (column) {
            case NAME -> EMPLOYEE.FULL_NAME;
            case EMAIL -> EMPLOYEE.EMAIL;
            case BRANCH -> BRANCH.CODE;
            case DEPARTMENT -> DEPARTMENT.NAME;
            case JOB_TITLE -> EMPLOYEE.JOB_TITLE;
            case HIRE_DATE -> EMPLOYEE.HIRE_DATE;
        };
    }
}
