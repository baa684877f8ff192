package org.advocacy.feedback.internal;

import static org.advocacy.jooq.Tables.CUSTOMER_FEEDBACK;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.advocacy.feedback.ApprovedPraise;
import org.advocacy.feedback.PraiseStatus;
import org.advocacy.jooq.Indexes;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The SQL behind {@link ApprovedPraise}: approved praise that names an employee, on the praise indexes. */
@Repository
public class ApprovedPraiseQuery {

    /** Only praise a branch manager approved, and only praise that names an employee, may be shown. */
    private static final PraiseStatus APPROVED = PraiseStatus.APPROVED;

    private final DSLContext dsl;

    ApprovedPraiseQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static Condition approved(Long branchId, Long employeeId) {
        Condition c = CUSTOMER_FEEDBACK.PRAISE_STATUS.eq(APPROVED).and(CUSTOMER_FEEDBACK.EMPLOYEE_ID.isNotNull())
                .and(CUSTOMER_FEEDBACK.PRAISE.isNotNull());
        if (branchId != null) {
            c = c.and(CUSTOMER_FEEDBACK.BRANCH_ID.eq(branchId));
        }
        if (employeeId != null) {
            c = c.and(CUSTOMER_FEEDBACK.EMPLOYEE_ID.eq(employeeId));
        }
        return c;
    }

    public List<ApprovedPraise.Key> newest(Long branchId, Long employeeId, int n) {
        return dsl.select(CUSTOMER_FEEDBACK.ID, CUSTOMER_FEEDBACK.SUBMITTED_AT).from(CUSTOMER_FEEDBACK)
                .where(approved(branchId, employeeId))
                .orderBy(CUSTOMER_FEEDBACK.SUBMITTED_AT.desc(), CUSTOMER_FEEDBACK.ID.desc()).limit(n)
                .fetch(Records.mapping(ApprovedPraise.Key::new));
    }

    public int count(Long branchId, Long employeeId) {
        return dsl.fetchCount(CUSTOMER_FEEDBACK, approved(branchId, employeeId));
    }

    public List<LocalDateTime> times(Long branchId, Long employeeId) {
        return dsl.select(CUSTOMER_FEEDBACK.SUBMITTED_AT).from(CUSTOMER_FEEDBACK).where(approved(branchId, employeeId))
                .fetch(CUSTOMER_FEEDBACK.SUBMITTED_AT);
    }

    /**
     * The count per branch of praise approved and given in [from, to). One branch set reads a month's range of
     * ix_customer_feedback_praise_time (praise_status, branch_id, submitted_at) per branch; all branches read the
     * month's range of ix_customer_feedback_praise_recent (praise_status, submitted_at): never every approved praise
     * ever given (issue 14; RecognitionTallyIndexTest checks the plan).
     */
    public org.jooq.ResultQuery<org.jooq.Record2<Long, Integer>> countByBranchQuery(Collection<Long> branchIds,
            LocalDateTime from, LocalDateTime to) {
        String index = branchIds == null ? Indexes.IX_CUSTOMER_FEEDBACK_PRAISE_RECENT.getName()
                : Indexes.IX_CUSTOMER_FEEDBACK_PRAISE_TIME.getName();
        // forced: with stale statistics MariaDB picked (branch_id, local_date) and read every answer of the branch
        return dsl.select(CUSTOMER_FEEDBACK.BRANCH_ID, DSL.count())
                .from(CUSTOMER_FEEDBACK.forceIndex(index))
                .where(approved(null, null))
                .and(branchIds == null ? DSL.noCondition() : CUSTOMER_FEEDBACK.BRANCH_ID.in(branchIds))
                .and(CUSTOMER_FEEDBACK.SUBMITTED_AT.ge(from)).and(CUSTOMER_FEEDBACK.SUBMITTED_AT.lt(to))
                .groupBy(CUSTOMER_FEEDBACK.BRANCH_ID);
    }

    /** The count per person of praise approved in one branch and given in [from, to). */
    public java.util.Map<Long, Integer> countByPerson(long branchId, LocalDateTime from, LocalDateTime to) {
        return dsl.select(CUSTOMER_FEEDBACK.EMPLOYEE_ID, DSL.count()).from(CUSTOMER_FEEDBACK)
                .where(approved(branchId, null))
                .and(CUSTOMER_FEEDBACK.SUBMITTED_AT.ge(from)).and(CUSTOMER_FEEDBACK.SUBMITTED_AT.lt(to))
                .groupBy(CUSTOMER_FEEDBACK.EMPLOYEE_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    public List<ApprovedPraise.Entry> entries(Collection<Long> ids) {
        return dsl.select(CUSTOMER_FEEDBACK.ID, CUSTOMER_FEEDBACK.SUBMITTED_AT, CUSTOMER_FEEDBACK.PRAISE,
                        CUSTOMER_FEEDBACK.EMPLOYEE_ID, CUSTOMER_FEEDBACK.BRANCH_ID)
                .from(CUSTOMER_FEEDBACK).where(CUSTOMER_FEEDBACK.ID.in(ids)).and(approved(null, null))
                .fetch(Records.mapping(ApprovedPraise.Entry::new));
    }
}
