package org.advocacy.feedback.internal;

import static org.advocacy.jooq.Tables.BRANCH;
import static org.advocacy.jooq.Tables.CUSTOMER_FEEDBACK;
import static org.advocacy.jooq.Tables.EMPLOYEE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.advocacy.feedback.PraiseItem;
import org.advocacy.security.BranchScope;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record9;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Praise that names an employee: the moderation queue, the employee's own list and the branch feed. */
@Repository
public class PraiseRepository {

    private final DSLContext dsl;

    PraiseRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private SelectOnConditionStep<Record9<Long, String, Long, String, String, Short, LocalDate, String, String>> select() {
        return dsl.select(CUSTOMER_FEEDBACK.ID, BRANCH.CODE, EMPLOYEE.ID, EMPLOYEE.FULL_NAME, CUSTOMER_FEEDBACK.PRAISE,
                        CUSTOMER_FEEDBACK.NPS, CUSTOMER_FEEDBACK.LOCAL_DATE, CUSTOMER_FEEDBACK.PRAISE_STATUS,
                        CUSTOMER_FEEDBACK.PRAISE_REASON)
                .from(CUSTOMER_FEEDBACK)
                .join(BRANCH).on(BRANCH.ID.eq(CUSTOMER_FEEDBACK.BRANCH_ID))
                .join(EMPLOYEE).on(EMPLOYEE.ID.eq(CUSTOMER_FEEDBACK.EMPLOYEE_ID));
    }

    private static PraiseItem map(Record9<Long, String, Long, String, String, Short, LocalDate, String, String> r) {
        return new PraiseItem(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                r.value8(), r.value9());
    }

    public List<PraiseItem> byStatus(String status, BranchScope scope, int offset, int limit) {
        return select().where(CUSTOMER_FEEDBACK.PRAISE_STATUS.eq(status)).and(scope(scope))
                .orderBy(CUSTOMER_FEEDBACK.SUBMITTED_AT.desc(), CUSTOMER_FEEDBACK.ID.desc())
                .offset(offset).limit(limit).fetch(PraiseRepository::map);
    }

    public int countByStatus(String status, BranchScope scope) {
        return dsl.fetchCount(CUSTOMER_FEEDBACK, CUSTOMER_FEEDBACK.PRAISE_STATUS.eq(status).and(scope(scope)));
    }

    public List<PraiseItem> approvedFor(long employeeId, int offset, int limit) {
        return select().where(CUSTOMER_FEEDBACK.PRAISE_STATUS.eq("APPROVED")).and(CUSTOMER_FEEDBACK.EMPLOYEE_ID.eq(employeeId))
                .orderBy(CUSTOMER_FEEDBACK.SUBMITTED_AT.desc(), CUSTOMER_FEEDBACK.ID.desc())
                .offset(offset).limit(limit).fetch(PraiseRepository::map);
    }

    public int countApprovedFor(long employeeId) {
        return dsl.fetchCount(CUSTOMER_FEEDBACK, CUSTOMER_FEEDBACK.PRAISE_STATUS.eq("APPROVED")
                .and(CUSTOMER_FEEDBACK.EMPLOYEE_ID.eq(employeeId)));
    }

    public List<PraiseItem> approvedInBranches(BranchScope scope, LocalDate from, LocalDate toExclusive, int offset, int limit) {
        return select().where(CUSTOMER_FEEDBACK.PRAISE_STATUS.eq("APPROVED")).and(scope(scope))
                .and(CUSTOMER_FEEDBACK.LOCAL_DATE.ge(from)).and(CUSTOMER_FEEDBACK.LOCAL_DATE.lt(toExclusive))
                .orderBy(CUSTOMER_FEEDBACK.SUBMITTED_AT.desc(), CUSTOMER_FEEDBACK.ID.desc())
                .offset(offset).limit(limit).fetch(PraiseRepository::map);
    }

    public Optional<PraiseItem> find(long feedbackId, BranchScope scope) {
        return select().where(CUSTOMER_FEEDBACK.ID.eq(feedbackId)).and(CUSTOMER_FEEDBACK.PRAISE_STATUS.isNotNull())
                .and(scope(scope)).fetchOptional(PraiseRepository::map);
    }

    /** Moves a pending praise to its decision; false when it was decided meanwhile. */
    public boolean decide(long feedbackId, String status, String reason, long moderatorId, LocalDateTime now) {
        return dsl.update(CUSTOMER_FEEDBACK).set(CUSTOMER_FEEDBACK.PRAISE_STATUS, status)
                .set(CUSTOMER_FEEDBACK.PRAISE_REASON, reason).set(CUSTOMER_FEEDBACK.MODERATED_BY, moderatorId)
                .set(CUSTOMER_FEEDBACK.MODERATED_AT, now)
                .where(CUSTOMER_FEEDBACK.ID.eq(feedbackId)).and(CUSTOMER_FEEDBACK.PRAISE_STATUS.eq("PENDING")).execute() == 1;
    }

    static Condition scope(BranchScope scope) {
        if (scope.all()) {
            return DSL.noCondition();
        }
        return scope.branchIds().isEmpty() ? DSL.falseCondition() : CUSTOMER_FEEDBACK.BRANCH_ID.in(scope.branchIds());
    }
}
