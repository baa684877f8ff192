package org.advocacy.feedback;

import static org.advocacy.jooq.Tables.CUSTOMER_FEEDBACK;
import static org.advocacy.jooq.Tables.EMPLOYEE;
import static org.advocacy.jooq.Tables.FOLLOW_UP_CASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.advocacy.org.OrgService;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The batch path at database speed (issue 13): set-based checks and multi-row inserts must keep every rule of the
 * item-by-item path: named staff found per branch, follow-up cases on exactly the right answers (their ids come back
 * from the multi-row insert), stored external and submission ids skipped, repeats inside one batch refused.
 */
@PortalTest
class BatchIngestTest {

    @Autowired
    FeedbackService feedback;
    @Autowired
    OrgService org;
    @Autowired
    SignIn signIn;
    @Autowired
    DSLContext dsl;

    @AfterEach
    void out() {
        signIn.out();
    }

    private static FeedbackData item(int nps, String employee, String praise, String phone, String email,
            String externalId, String submissionId, String comment) {
        boolean consent = phone != null || email != null;
        return new FeedbackData("HN01", nps, null, null, null, employee, praise, comment, consent ? "Khách" : null, phone,
                email, consent, OffsetDateTime.now(ZoneOffset.UTC).minusDays(1), externalId, submissionId, null);
    }

    @Test
    void aMixedBatchKeepsEveryRuleOfSingleAnswers() {
        signIn.as(SignIn.HR);
        long hn01 = org.branchByCode("HN01").orElseThrow().id();
        Record staff = dsl.select(EMPLOYEE.ID, EMPLOYEE.EMAIL).from(EMPLOYEE).where(EMPLOYEE.BRANCH_ID.eq(hn01))
                .and(EMPLOYEE.ACTIVE.isTrue()).orderBy(EMPLOYEE.ID).limit(1).fetchSingle();
        String run = UUID.randomUUID().toString();
        String submission = UUID.randomUUID().toString();
        List<FeedbackData> batch = List.of(
                item(9, null, null, null, null, "ext-" + run, null, run + " 0"),
                item(2, null, null, "0901 234 567", null, null, null, run + " 1"),
                item(10, staff.get(EMPLOYEE.EMAIL).toUpperCase(java.util.Locale.ROOT), "Rất chu đáo", null, null, null,
                        null, run + " 2"),
                item(1, null, null, null, "khach-" + run + "@example.vn", null, null, run + " 3"),
                item(10, null, null, null, null, null, submission, run + " 4"),
                item(5, null, null, null, null, null, null, run + " 5"));

        assertThat(feedback.importBatch(batch)).isEqualTo(new BatchResult(6, 0));

        var rows = dsl.selectFrom(CUSTOMER_FEEDBACK).where(CUSTOMER_FEEDBACK.COMMENT_TEXT.startsWith(run))
                .orderBy(CUSTOMER_FEEDBACK.COMMENT_TEXT).fetch();
        assertThat(rows).hasSize(6);
        // the named member of staff, found by e-mail in any letter case, with praise waiting for moderation
        assertThat(rows.get(2).getEmployeeId()).isEqualTo(staff.get(EMPLOYEE.ID));
        assertThat(rows.get(2).getPraiseStatus()).isEqualTo(PraiseStatus.PENDING);
        // follow-up cases on exactly the two detractors who may be contacted, by the ids the insert returned
        List<Long> cased = dsl.select(FOLLOW_UP_CASE.FEEDBACK_ID).from(FOLLOW_UP_CASE)
                .where(FOLLOW_UP_CASE.FEEDBACK_ID.in(rows.map(r -> r.getId()))).orderBy(FOLLOW_UP_CASE.FEEDBACK_ID)
                .fetch(FOLLOW_UP_CASE.FEEDBACK_ID);
        assertThat(cased).containsExactly(rows.get(1).getId(), rows.get(3).getId());
        assertThat(dsl.fetchCount(FOLLOW_UP_CASE, FOLLOW_UP_CASE.FEEDBACK_ID.in(cased)
                .and(FOLLOW_UP_CASE.BRANCH_ID.eq(hn01)))).isEqualTo(2);

        // sent again: the answers with an external or submission id are skipped, nothing is stored twice
        assertThat(feedback.importBatch(List.of(batch.get(0), batch.get(4)))).isEqualTo(new BatchResult(0, 2));
        assertThat(dsl.fetchCount(CUSTOMER_FEEDBACK, CUSTOMER_FEEDBACK.COMMENT_TEXT.startsWith(run))).isEqualTo(6);
    }

    @Test
    void repeatsInsideOneBatchAreRefusedItemByItemAndNothingIsStored() {
        signIn.as(SignIn.HR);
        String run = UUID.randomUUID().toString();
        String submission = UUID.randomUUID().toString();
        List<FeedbackData> batch = List.of(
                item(9, null, null, null, null, null, submission, run + " 0"),
                item(8, null, null, null, null, "ext-" + run, null, run + " 1"),
                item(7, null, null, null, null, null, submission, run + " 2"),
                item(6, null, null, null, null, "ext-" + run, null, run + " 3"),
                item(9, "nobody-" + run + "@example.com", null, null, null, null, null, run + " 4"));

        assertThatThrownBy(() -> feedback.importBatch(batch)).isInstanceOfSatisfying(BatchValidationException.class,
                e -> assertThat(e.errors()).extracting(BatchItemError::index, BatchItemError::messageKey)
                        .containsExactly(
                                tuple(2, "feedback.error.submissionIdRepeated"),
                                tuple(3, "feedback.error.externalIdRepeated"),
                                tuple(4, "feedback.error.employee")));
        assertThat(dsl.fetchCount(CUSTOMER_FEEDBACK, CUSTOMER_FEEDBACK.COMMENT_TEXT.startsWith(run))).isZero();
    }
}
