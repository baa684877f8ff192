package org.advocacy.org.internal;

import static org.advocacy.jooq.Tables.BRANCH;
import static org.advocacy.jooq.Tables.DEPARTMENT;
import static org.advocacy.jooq.Tables.EMPLOYEE;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.advocacy.org.OrgSeed.NewEmployee;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Bulk writes of a generated organisation (the demo), behind {@code OrgSeed}. */
@Repository
public class OrgSeedRepository {

    private final DSLContext dsl;

    OrgSeedRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public boolean hasBranches() {
        return dsl.fetchExists(BRANCH);
    }

    public long insertBranch(String code, String name, String city, String region, String timeZone,
            LocalDateTime now) {
        return dsl.insertInto(BRANCH)
                .set(BRANCH.CODE, code).set(BRANCH.NAME, name).set(BRANCH.CITY, city)
                .set(BRANCH.REGION, region).set(BRANCH.TIME_ZONE, timeZone).set(BRANCH.ACTIVE, true)
                .set(BRANCH.CREATED_AT, now).set(BRANCH.UPDATED_AT, now)
                .returningResult(BRANCH.ID).fetchOne(BRANCH.ID);
    }

    public long insertDepartment(String name, LocalDateTime now) {
        return dsl.insertInto(DEPARTMENT).set(DEPARTMENT.NAME, name).set(DEPARTMENT.ACTIVE, true)
                .set(DEPARTMENT.CREATED_AT, now).returningResult(DEPARTMENT.ID).fetchOne(DEPARTMENT.ID);
    }

    public Map<String, Long> insertEmployees(List<NewEmployee> people, LocalDateTime now) {
        var insert = dsl.insertInto(EMPLOYEE, EMPLOYEE.FULL_NAME, EMPLOYEE.EMAIL, EMPLOYEE.BRANCH_ID, EMPLOYEE.DEPARTMENT_ID,
                EMPLOYEE.JOB_TITLE, EMPLOYEE.HIRE_DATE, EMPLOYEE.MANAGER, EMPLOYEE.ACTIVE, EMPLOYEE.CREATED_AT,
                EMPLOYEE.UPDATED_AT);
        for (NewEmployee p : people) {
            insert = insert.values(p.fullName(), p.email(), p.branchId(), p.departmentId(), p.jobTitle(), p.hireDate(),
                    p.manager(), p.active(), now, now);
        }
        insert.execute();
        return dsl.select(EMPLOYEE.EMAIL, EMPLOYEE.ID).from(EMPLOYEE).fetchMap(EMPLOYEE.EMAIL, EMPLOYEE.ID);
    }
}
