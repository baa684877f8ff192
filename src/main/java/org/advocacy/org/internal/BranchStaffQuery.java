package org.advocacy.org.internal;

import static org.advocacy.jooq.Tables.EMPLOYEE;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.advocacy.org.BranchStaff;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The SQL behind {@code BranchStaff}: active staff of branches. */
@Repository
public class BranchStaffQuery {

    private final DSLContext dsl;

    BranchStaffQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    private org.jooq.SelectJoinStep<org.jooq.Record6<Long, String, String, Long, String, Boolean>> select() {
        return dsl.select(EMPLOYEE.ID, EMPLOYEE.FULL_NAME, EMPLOYEE.EMAIL, EMPLOYEE.BRANCH_ID, EMPLOYEE.JOB_TITLE,
                EMPLOYEE.MANAGER).from(EMPLOYEE);
    }

    private static BranchStaff.Member member(org.jooq.Record6<Long, String, String, Long, String, Boolean> r) {
        return new BranchStaff.Member(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                Boolean.TRUE.equals(r.value6()));
    }

    public List<BranchStaff.Member> active(long branchId) {
        return select().where(EMPLOYEE.BRANCH_ID.eq(branchId)).and(EMPLOYEE.ACTIVE.isTrue())
                .orderBy(EMPLOYEE.FULL_NAME, EMPLOYEE.ID).fetch(BranchStaffQuery::member);
    }

    public Optional<Long> activeInBranch(long employeeId, long branchId) {
        return dsl.select(EMPLOYEE.ID).from(EMPLOYEE).where(EMPLOYEE.ID.eq(employeeId))
                .and(EMPLOYEE.BRANCH_ID.eq(branchId)).and(EMPLOYEE.ACTIVE.isTrue()).fetchOptional(EMPLOYEE.ID);
    }

    public Optional<Long> activeInBranch(String email, long branchId) {
        return dsl.select(EMPLOYEE.ID).from(EMPLOYEE).where(EMPLOYEE.EMAIL.eq(email))
                .and(EMPLOYEE.BRANCH_ID.eq(branchId)).and(EMPLOYEE.ACTIVE.isTrue()).fetchOptional(EMPLOYEE.ID);
    }

    public List<BranchStaff.Member> active(Collection<String> emails, Collection<Long> ids) {
        return select().where(EMPLOYEE.ACTIVE.isTrue())
                .and(DSL.or(emails.isEmpty() ? DSL.falseCondition() : EMPLOYEE.EMAIL.in(emails),
                        ids.isEmpty() ? DSL.falseCondition() : EMPLOYEE.ID.in(ids)))
                .fetch(BranchStaffQuery::member);
    }
}
