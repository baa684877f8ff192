package org.advocacy.feedback.internal;

import static org.advocacy.jooq.Tables.FOLLOW_UP_CASE;

import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** jOOQ access to follow-up cases and their notes. */
@Repository
public class FollowUpRepository {

    private final DSLContext dsl;

    FollowUpRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long open(long feedbackId, long branchId, LocalDateTime dueAt, LocalDateTime now) {
        return dsl.insertInto(FOLLOW_UP_CASE)
                .set(FOLLOW_UP_CASE.FEEDBACK_ID, feedbackId).set(FOLLOW_UP_CASE.BRANCH_ID, branchId)
                .set(FOLLOW_UP_CASE.STATUS, "NEW").set(FOLLOW_UP_CASE.DUE_AT, dueAt)
                .set(FOLLOW_UP_CASE.CREATED_AT, now).set(FOLLOW_UP_CASE.UPDATED_AT, now)
                .returningResult(FOLLOW_UP_CASE.ID).fetchOne(FOLLOW_UP_CASE.ID);
    }
}
