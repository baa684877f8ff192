package org.advocacy.org.internal;

import static org.advocacy.jooq.Tables.BRANCH;
import static org.advocacy.jooq.Tables.EMPLOYEE;

import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The SQL behind {@code OrgDirectory}: branch ids and headcounts, no personal data. */
@Repository
public class OrgDirectoryQuery {

    private final DSLContext dsl;

    OrgDirectoryQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Long> allBranchIds() {
        return dsl.select(BRANCH.ID).from(BRANCH).orderBy(BRANCH.ID).fetch(BRANCH.ID);
    }

    public Map<Long, Integer> activeHeadcount() {
        return dsl.select(EMPLOYEE.BRANCH_ID, DSL.count()).from(EMPLOYEE).where(EMPLOYEE.ACTIVE.isTrue())
                .groupBy(EMPLOYEE.BRANCH_ID).fetchMap(r -> r.value1(), r -> r.value2());
    }

    public int activeHeadcount(long branchId) {
        return dsl.fetchCount(EMPLOYEE, EMPLOYEE.BRANCH_ID.eq(branchId).and(EMPLOYEE.ACTIVE.isTrue()));
    }
}
