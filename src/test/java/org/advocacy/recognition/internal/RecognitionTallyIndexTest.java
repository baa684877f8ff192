package org.advocacy.recognition.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Set;
import org.advocacy.feedback.internal.ApprovedPraiseQuery;
import org.advocacy.recognition.BranchRank;
import org.advocacy.test.PortalTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14: the recognition API's per-branch tallies count a month's approved praise from the praise indexes, a
 * range read, not every approved praise of the branch. The counting is the feedback module's published read
 * (decision 0047): (praise_status, branch_id, submitted_at) for chosen branches, (praise_status, submitted_at) for all.
 */
@PortalTest
class RecognitionTallyIndexTest {

    @Autowired
    RecognitionQuery query;
    @Autowired
    ApprovedPraiseQuery praise;
    @Autowired
    DSLContext dsl;

    @Test
    void praiseTalliesReadAMonthRangeOfTheIndex() {
        LocalDateTime from = LocalDateTime.now().withDayOfMonth(1).toLocalDate().atStartOfDay().minusMonths(1);
        String all = dsl.explain(praise.countByBranchQuery(null, from, from.plusMonths(1))).plan();
        assertThat(all).contains("ix_customer_feedback_praise_recent").containsIgnoringCase("range");
        String some = dsl.explain(praise.countByBranchQuery(Set.of(1L, 2L), from, from.plusMonths(1))).plan();
        assertThat(some).contains("ix_customer_feedback_praise_time").containsIgnoringCase("range");
        // and the tallies themselves still come out (the demo organisation has approved praise every month)
        assertThat(query.branchTallies(null, from, from.plusMonths(1))).isNotEmpty()
                .anySatisfy(b -> assertThat(b.praise()).isPositive());
        BranchRank first = query.branchTallies(null, from, from.plusMonths(1)).stream()
                .filter(b -> b.praise() > 0).findFirst().orElseThrow();
        assertThat(query.branchTallies(Set.of(first.branchId()), from, from.plusMonths(1)))
                .singleElement().satisfies(b -> assertThat(b.praise()).isEqualTo(first.praise()));
    }
}
