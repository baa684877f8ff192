package org.advocacy.feedback.internal;

import static org.advocacy.jooq.Tables.CUSTOMER_FEEDBACK;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.advocacy.feedback.PraiseItem;
import org.advocacy.feedback.PraiseStatus;
import org.advocacy.org.Employee;
import org.advocacy.org.OrgDirectory;
import org.advocacy.security.BranchScope;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record8;
import org.jooq.SelectConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Praise that names an employee: the moderation queue, the employee's own list and the branch feed. The branch codes
 * and the employees' names are org's: asked once for all the rows of a page.
 */
@Repository
public class PraiseRepository {

    private final DSLContext dsl;
    private final OrgDirectory directory;

    PraiseRepository(DSLContext dsl, OrgDirectory directory) {
        this.dsl = dsl;
        this.directory = directory;
    }

    /** Feedback's own columns of praise that names someone (the branch and the person are org's). */
    private SelectConditionStep<Record8<Long, Long, Long, String, Short, LocalDate, PraiseStatus, String>>
            select(Condition where) {
        return dsl.select(CUSTOMER_FEEDBACK.ID, CUSTOMER_FEEDBACK.BRANCH_ID, CUSTOMER_FEEDBACK.EMPLOYEE_ID,
                        CUSTOMER_FEEDBACK.PRAISE, CUSTOMER_FEEDBACK.NPS, CUSTOMER_FEEDBACK.LOCAL_DATE,
                        CUSTOMER_FEEDBACK.PRAISE_STATUS, CUSTOMER_FEEDBACK.PRAISE_REASON)
                .from(CUSTOMER_FEEDBACK)
                .where(CUSTOMER_FEEDBACK.EMPLOYEE_ID.isNotNull()).and(where);
    }

    /**
     * The rows with their branch codes and employees' names: one statement for the page's people, whose records
     * carry their own branch's code, and one more for the page's other branches only when someone was praised in a
     * branch they no longer work in. A row whose branch or employee org does not know is left out, as the joins did.
     */
    private List<PraiseItem> map(
            List<Record8<Long, Long, Long, String, Short, LocalDate, PraiseStatus, String>> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Employee> employees = directory.employees(rows.stream().map(r -> r.value3())
                .collect(Collectors.toSet()));
        Map<Long, String> codes = new HashMap<>();
        employees.values().forEach(e -> codes.put(e.branchId(), e.branchCode()));
        Set<Long> otherBranches = rows.stream().map(r -> r.value2()).filter(b -> !codes.containsKey(b))
                .collect(Collectors.toSet());
        if (!otherBranches.isEmpty()) {
            directory.branches(otherBranches).values().forEach(b -> codes.put(b.id(), b.code()));
        }
        return rows.stream().filter(r -> codes.containsKey(r.value2()) && employees.containsKey(r.value3()))
                .map(r -> new PraiseItem(r.value1(), codes.get(r.value2()), r.value3(),
                        employees.get(r.value3()).fullName(), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8()))
                .toList();
    }

    public List<PraiseItem> byStatus(PraiseStatus status, BranchScope scope, int offset, int limit) {
        return map(select(CUSTOMER_FEEDBACK.PRAISE_STATUS.eq(status)).and(scope(scope))
                .orderBy(CUSTOMER_FEEDBACK.SUBMITTED_AT.desc(), CUSTOMER_FEEDBACK.ID.desc())
                .offset(offset).limit(limit).fetch());
    }

    public int countByStatus(PraiseStatus status, BranchScope scope) {
        return dsl.fetchCount(CUSTOMER_FEEDBACK, CUSTOMER_FEEDBACK.PRAISE_STATUS.eq(status).and(scope(scope)));
    }

    public List<PraiseItem> approvedFor(long employeeId, int offset, int limit) {
        return map(select(CUSTOMER_FEEDBACK.PRAISE_STATUS.eq(PraiseStatus.APPROVED))
                .and(CUSTOMER_FEEDBACK.EMPLOYEE_ID.eq(employeeId))
                .orderBy(CUSTOMER_FEEDBACK.SUBMITTED_AT.desc(), CUSTOMER_FEEDBACK.ID.desc())
                .offset(offset).limit(limit).fetch());
    }

    public int countApprovedFor(long employeeId) {
        return dsl.fetchCount(CUSTOMER_FEEDBACK, CUSTOMER_FEEDBACK.PRAISE_STATUS.eq(PraiseStatus.APPROVED)
                .and(CUSTOMER_FEEDBACK.EMPLOYEE_ID.eq(employeeId)));
    }

    public List<PraiseItem> approvedInBranches(BranchScope scope, LocalDate from, LocalDate toExclusive, int offset, int limit) {
        return map(select(CUSTOMER_FEEDBACK.PRAISE_STATUS.eq(PraiseStatus.APPROVED)).and(scope(scope))
                .and(CUSTOMER_FEEDBACK.LOCAL_DATE.ge(from)).and(CUSTOMER_FEEDBACK.LOCAL_DATE.lt(toExclusive))
                .orderBy(CUSTOMER_FEEDBACK.SUBMITTED_AT.desc(), CUSTOMER_FEEDBACK.ID.desc())
                .offset(offset).limit(limit).fetch());
    }

    public Optional<PraiseItem> find(long feedbackId, BranchScope scope) {
        return select(CUSTOMER_FEEDBACK.ID.eq(feedbackId)).and(CUSTOMER_FEEDBACK.PRAISE_STATUS.isNotNull())
                .and(scope(scope)).fetchOptional().flatMap(r -> map(List.of(r)).stream().findFirst());
    }

    /** Moves a pending praise to its decision; false when it was decided meanwhile. */
    public boolean decide(long feedbackId, PraiseStatus status, String reason, long moderatorId, LocalDateTime now) {
        return dsl.update(CUSTOMER_FEEDBACK).set(CUSTOMER_FEEDBACK.PRAISE_STATUS, status)
                .set(CUSTOMER_FEEDBACK.PRAISE_REASON, reason).set(CUSTOMER_FEEDBACK.MODERATED_BY, moderatorId)
                .set(CUSTOMER_FEEDBACK.MODERATED_AT, now)
                .where(CUSTOMER_FEEDBACK.ID.eq(feedbackId)).and(CUSTOMER_FEEDBACK.PRAISE_STATUS.eq(PraiseStatus.PENDING))
                .execute() == 1;
    }

    static Condition scope(BranchScope scope) {
        if (scope.all()) {
            return DSL.noCondition();
        }
        return scope.branchIds().isEmpty() ? DSL.falseCondition() : CUSTOMER_FEEDBACK.BRANCH_ID.in(scope.branchIds());
    }
}
