package org.advocacy.demo.internal;

import static org.advocacy.jooq.Tables.APP_USER;
import static org.advocacy.jooq.Tables.BRANCH;
import static org.advocacy.jooq.Tables.DEPARTMENT;
import static org.advocacy.jooq.Tables.EMPLOYEE;
import static org.advocacy.jooq.Tables.MANAGED_BRANCH;
import static org.advocacy.jooq.Tables.USER_ROLE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.advocacy.demo.DemoBranch;
import org.advocacy.settings.AppSettings;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Bulk writes of the demo generator. */
@Repository
public class DemoRepository {

    /** One generated member of staff. */
    public record NewEmployee(String fullName, String email, long branchId, long departmentId, String jobTitle,
            LocalDate hireDate, boolean manager, boolean active) {
    }

    private final DSLContext dsl;
    private final AppSettings settings;

    DemoRepository(DSLContext dsl, AppSettings settings) {
        this.dsl = dsl;
        this.settings = settings;
    }

    public boolean hasBranches() {
        return dsl.fetchExists(BRANCH);
    }

    public long insertBranch(DemoBranch b, LocalDateTime now) {
        return dsl.insertInto(BRANCH)
                .set(BRANCH.CODE, b.code()).set(BRANCH.NAME, b.name()).set(BRANCH.CITY, b.city())
                .set(BRANCH.REGION, b.region()).set(BRANCH.TIME_ZONE, "Asia/Ho_Chi_Minh").set(BRANCH.ACTIVE, true)
                .set(BRANCH.CREATED_AT, now).set(BRANCH.UPDATED_AT, now)
                .returningResult(BRANCH.ID).fetchOne(BRANCH.ID);
    }

    public long insertDepartment(String name, LocalDateTime now) {
        return dsl.insertInto(DEPARTMENT).set(DEPARTMENT.NAME, name).set(DEPARTMENT.ACTIVE, true)
                .set(DEPARTMENT.CREATED_AT, now).returningResult(DEPARTMENT.ID).fetchOne(DEPARTMENT.ID);
    }

    /** Inserts everybody in one statement and answers e-mail to id. */
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

    public long insertUser(String email, String name, String hash, Long employeeId, List<String> roles, LocalDateTime now) {
        long id = dsl.insertInto(APP_USER)
                .set(APP_USER.EMAIL, email).set(APP_USER.DISPLAY_NAME, name).set(APP_USER.PASSWORD_HASH, hash)
                .set(APP_USER.EMPLOYEE_ID, employeeId).set(APP_USER.ENABLED, true).set(APP_USER.CREATED_AT, now)
                .returningResult(APP_USER.ID).fetchOne(APP_USER.ID);
        var insert = dsl.insertInto(USER_ROLE, USER_ROLE.USER_ID, USER_ROLE.ROLE);
        for (String r : roles) {
            insert = insert.values(id, r);
        }
        insert.execute();
        return id;
    }

    public void insertManagedBranch(long userId, long branchId) {
        dsl.insertInto(MANAGED_BRANCH).set(MANAGED_BRANCH.USER_ID, userId).set(MANAGED_BRANCH.BRANCH_ID, branchId).execute();
    }

    public boolean settingExists(String key) {
        return settings.exists(key);
    }

    public void putSetting(String key, String value) {
        settings.put(key, value);
    }
}
