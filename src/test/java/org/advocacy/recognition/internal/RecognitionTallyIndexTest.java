package org.advocacy.recognition.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.advocacy.test.PortalTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14: the recognition API's per-branch tallies count a month's approved praise from the index on
 * (praise_status, branch_id, submitted_at), a range read, not every approved praise of the branch.
 */
@PortalTest
class RecognitionTallyIndexTest {

    @Autowired
    RecognitionQuery query;
    @Autowired
    DSLContext dsl;

    @Test
    void praiseTalliesReadAMonthRangeOfTheIndex() {
        LocalDateTime from = LocalDateTime.now().withDayOfMonth(1).toLocalDate().atStartOfDay().minusMonths(1);
        String plan = dsl.explain(query.branchTalliesQuery(null, from, from.plusMonths(1))).plan();
        assertThat(plan).contains("ix_customer_feedback_praise_time");
        // and the tallies themselves still come out (the demo organisation has approved praise every month)
        assertThat(query.branchTallies(null, from, from.plusMonths(1))).isNotEmpty()
                .anySatisfy(b -> assertThat(b.praise()).isPositive());
    }
}
