package org.advocacy.feedback.internal;

import static org.advocacy.jooq.Tables.CUSTOMER_FEEDBACK;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.advocacy.feedback.ApprovedPraise;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

/** The SQL behind {@link ApprovedPraise}: approved praise that names an employee, on the praise indexes. */
@Repository
public class ApprovedPraiseQuery {

    /** Only praise a branch manager approved, and only praise that names an employee, may be shown. */
    private static final String APPROVED = "APPROVED";

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

    public List<ApprovedPraise.Entry> entries(Collection<Long> ids) {
        return dsl.select(CUSTOMER_FEEDBACK.ID, CUSTOMER_FEEDBACK.SUBMITTED_AT, CUSTOMER_FEEDBACK.PRAISE,
                        CUSTOMER_FEEDBACK.EMPLOYEE_ID, CUSTOMER_FEEDBACK.BRANCH_ID)
                .from(CUSTOMER_FEEDBACK).where(CUSTOMER_FEEDBACK.ID.in(ids)).and(approved(null, null))
                .fetch(Records.mapping(ApprovedPraise.Entry::new));
    }
}
