package org.advocacy.org.internal;

import static org.advocacy.jooq.Tables.DEPARTMENT;
import static org.advocacy.jooq.Tables.EMPLOYEE;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.advocacy.org.StaffAudience;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The SQL behind {@code StaffAudience}: counts and ids of active staff of some branches and departments. */
@Repository
public class StaffAudienceQuery {

    private final DSLContext dsl;

    StaffAudienceQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Active staff in the branches and departments (an empty set: any). */
    private static Condition audience(Set<Long> branchIds, Set<Long> departmentIds) {
        return EMPLOYEE.ACTIVE.isTrue()
                .and(branchIds.isEmpty() ? DSL.noCondition() : EMPLOYEE.BRANCH_ID.in(branchIds))
                .and(departmentIds.isEmpty() ? DSL.noCondition() : EMPLOYEE.DEPARTMENT_ID.in(departmentIds));
    }

    public int count(Set<Long> branchIds, Set<Long> departmentIds) {
        return dsl.fetchCount(EMPLOYEE, audience(branchIds, departmentIds));
    }

    public List<Long> ids(Set<Long> branchIds, Set<Long> departmentIds) {
        return dsl.select(EMPLOYEE.ID).from(EMPLOYEE).where(audience(branchIds, departmentIds)).orderBy(EMPLOYEE.ID)
                .fetch(EMPLOYEE.ID);
    }

    public List<StaffAudience.Cell> countsByBranchAndDepartment(Set<Long> branchIds, Set<Long> departmentIds) {
        return dsl.select(EMPLOYEE.BRANCH_ID, DEPARTMENT.NAME, DSL.count()).from(EMPLOYEE).join(DEPARTMENT)
                .on(DEPARTMENT.ID.eq(EMPLOYEE.DEPARTMENT_ID)).where(audience(branchIds, departmentIds))
                .groupBy(EMPLOYEE.BRANCH_ID, DEPARTMENT.NAME)
                .fetch(r -> new StaffAudience.Cell(r.value1(), r.value2(), r.value3()));
    }

    public int countSharing(Set<Long> branchIds, Set<Long> departmentIds, long branchId, String department,
            LocalDate hiredAfter, LocalDate hiredOnOrBefore) {
        Condition where = audience(branchIds, departmentIds).and(EMPLOYEE.BRANCH_ID.eq(branchId));
        if (department != null) {
            where = where.and(EMPLOYEE.DEPARTMENT_ID.in(DSL.select(DEPARTMENT.ID).from(DEPARTMENT)
                    .where(DEPARTMENT.NAME.eq(department))));
        }
        if (hiredAfter != null) {
            where = where.and(EMPLOYEE.HIRE_DATE.gt(hiredAfter));
        }
        if (hiredOnOrBefore != null) {
            where = where.and(EMPLOYEE.HIRE_DATE.le(hiredOnOrBefore));
        }
        return dsl.fetchCount(EMPLOYEE, where);
    }

    public List<String> departmentNames() {
        return dsl.select(DEPARTMENT.NAME).from(DEPARTMENT).fetch(DEPARTMENT.NAME);
    }
}
