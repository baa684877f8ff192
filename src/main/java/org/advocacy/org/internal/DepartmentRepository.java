package org.advocacy.org.internal;

import static org.advocacy.jooq.Tables.DEPARTMENT;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.advocacy.org.Department;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** jOOQ access to departments. */
@Repository
public class DepartmentRepository {

    private final DSLContext dsl;

    DepartmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Department> findAll() {
        return dsl.select(DEPARTMENT.ID, DEPARTMENT.NAME, DEPARTMENT.ACTIVE).from(DEPARTMENT)
                .orderBy(DEPARTMENT.NAME).fetch(Records.mapping(Department::new));
    }

    public Optional<Department> findByName(String name) {
        return dsl.select(DEPARTMENT.ID, DEPARTMENT.NAME, DEPARTMENT.ACTIVE).from(DEPARTMENT)
                .where(DEPARTMENT.NAME.eq(name)).fetchOptional(Records.mapping(Department::new));
    }

    public boolean nameTaken(String name, Long exceptId) {
        return dsl.fetchExists(DEPARTMENT, DEPARTMENT.NAME.eq(name)
                .and(exceptId == null ? DSL.noCondition() : DEPARTMENT.ID.ne(exceptId)));
    }

    public boolean exists(long id) {
        return dsl.fetchExists(DEPARTMENT, DEPARTMENT.ID.eq(id));
    }

    public long insert(String name, boolean active, LocalDateTime now) {
        return dsl.insertInto(DEPARTMENT).set(DEPARTMENT.NAME, name).set(DEPARTMENT.ACTIVE, active)
                .set(DEPARTMENT.CREATED_AT, now).returningResult(DEPARTMENT.ID).fetchOne(DEPARTMENT.ID);
    }

    public void update(long id, String name, boolean active) {
        dsl.update(DEPARTMENT).set(DEPARTMENT.NAME, name).set(DEPARTMENT.ACTIVE, active)
                .where(DEPARTMENT.ID.eq(id)).execute();
    }
}
