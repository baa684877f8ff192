package org.advocacy.org.internal;

import static org.advocacy.jooq.Tables.BRANCH;
import static org.advocacy.jooq.Tables.DEPARTMENT;
import static org.advocacy.jooq.Tables.EMPLOYEE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.advocacy.org.Employee;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind {@code StaffSearch}: active staff by name for other modules' pickers and lists. Names are ordered
 * here, by the database's collation, so every caller sorts names the same way.
 */
@Repository
public class StaffSearchQuery {

    /** The escape character of the LIKE patterns built from what a user typed. */
    private static final char ESCAPE = '!';

    private final DSLContext dsl;

    StaffSearchQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Employee> active(String text, Set<Long> branchIds, Long exceptEmployeeId, Long firstBranchId,
            int offset, int limit) {
        return activeQuery(text, branchIds, exceptEmployeeId, firstBranchId, offset, limit)
                .fetch(Records.mapping(Employee::new));
    }

    /** The statement of {@link #active}, for a test to EXPLAIN. */
    org.jooq.ResultQuery<org.jooq.Record11<Long, String, String, Long, String, Long, String, String,
            java.time.LocalDate, Boolean, Boolean>> activeQuery(String text, Set<Long> branchIds,
            Long exceptEmployeeId, Long firstBranchId, int offset, int limit) {
        // the first branch first: a CASE in the ORDER BY, so paging stays one query; without one, employee drives
        // (STRAIGHT_JOIN: branch and department are looked up per row) and a page is read in the order of
        // ix_employee_active_name (active, full_name, id), stopping after the page. Not a constant 0 in the CASE's
        // place: MariaDB reads "ORDER BY 0" as a column position and refuses the statement.
        List<SortField<?>> order = new ArrayList<>();
        if (firstBranchId != null) {
            order.add(DSL.when(EMPLOYEE.BRANCH_ID.eq(firstBranchId), DSL.inline(0)).otherwise(DSL.inline(1)).asc());
        }
        order.add(EMPLOYEE.FULL_NAME.asc());
        order.add(EMPLOYEE.ID.asc());
        return employees().where(activeCondition(text, branchIds, exceptEmployeeId))
                .orderBy(order)
                .offset(offset).limit(limit);
    }

    /**
     * Staff with their branch code and department name; employee drives (STRAIGHT_JOIN: branch and department are
     * looked up per row), so a page by name follows the name index and a list of ids its primary key.
     */
    private org.jooq.SelectOnConditionStep<org.jooq.Record11<Long, String, String, Long, String, Long, String, String,
            java.time.LocalDate, Boolean, Boolean>> employees() {
        return dsl.select(EMPLOYEE.ID, EMPLOYEE.FULL_NAME, EMPLOYEE.EMAIL, EMPLOYEE.BRANCH_ID, BRANCH.CODE,
                        EMPLOYEE.DEPARTMENT_ID, DEPARTMENT.NAME, EMPLOYEE.JOB_TITLE, EMPLOYEE.HIRE_DATE,
                        EMPLOYEE.MANAGER, EMPLOYEE.ACTIVE)
                .from(EMPLOYEE)
                .straightJoin(BRANCH).on(BRANCH.ID.eq(EMPLOYEE.BRANCH_ID))
                .straightJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(EMPLOYEE.DEPARTMENT_ID));
    }

    public int countActive(String text, Set<Long> branchIds, Long exceptEmployeeId) {
        return dsl.fetchCount(EMPLOYEE, activeCondition(text, branchIds, exceptEmployeeId));
    }

    public List<Long> activeIdsByName(Set<Long> branchIds, Long exceptEmployeeId) {
        return dsl.select(EMPLOYEE.ID).from(EMPLOYEE)
                .where(activeCondition(null, branchIds, exceptEmployeeId))
                .orderBy(EMPLOYEE.FULL_NAME, EMPLOYEE.ID)
                .fetch(EMPLOYEE.ID);
    }

    public List<Employee> byName(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return employees().where(EMPLOYEE.ID.in(ids))
                .orderBy(EMPLOYEE.FULL_NAME, EMPLOYEE.ID)
                .fetch(Records.mapping(Employee::new));
    }

    /** Active staff (of {@code branchIds}, null: all) but one, whose name contains {@code text} (null: any). */
    static Condition activeCondition(String text, Set<Long> branchIds, Long exceptEmployeeId) {
        Condition c = EMPLOYEE.ACTIVE.isTrue();
        if (branchIds != null) {
            c = c.and(branchIds.isEmpty() ? DSL.falseCondition() : EMPLOYEE.BRANCH_ID.in(branchIds));
        }
        if (exceptEmployeeId != null) {
            c = c.and(EMPLOYEE.ID.ne(exceptEmployeeId));
        }
        if (text != null && !text.isBlank()) {
            // what the user typed is text, not a pattern: "%" and "_" match themselves
            c = c.and(EMPLOYEE.FULL_NAME.like("%" + DSL.escape(text.strip(), ESCAPE) + "%", ESCAPE));
        }
        return c;
    }
}
