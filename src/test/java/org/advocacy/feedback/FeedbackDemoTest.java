package org.advocacy.feedback;

import static org.advocacy.jooq.Tables.BRANCH;
import static org.advocacy.jooq.Tables.CUSTOMER_FEEDBACK;
import static org.advocacy.jooq.Tables.FOLLOW_UP_CASE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.advocacy.demo.DemoBranch;
import org.advocacy.demo.DemoOrganisation;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.advocacy.test.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo history carries the planted relationship and every state the screens need. */
@PortalTest
class FeedbackDemoTest {

    @Autowired
    DSLContext dsl;

    @Test
    void customerNpsFollowsTheHiddenCultureExceptAtTheOutlier() {
        LocalDate from = LocalDate.now().minusMonths(12);
        Map<String, Double> meanNps = dsl.select(BRANCH.CODE, DSL.avg(CUSTOMER_FEEDBACK.NPS).cast(Double.class))
                .from(CUSTOMER_FEEDBACK).join(BRANCH).on(BRANCH.ID.eq(CUSTOMER_FEEDBACK.BRANCH_ID))
                .where(CUSTOMER_FEEDBACK.LOCAL_DATE.ge(from)).and(CUSTOMER_FEEDBACK.CHANNEL.in("web", "kiosk"))
                .groupBy(BRANCH.CODE).fetchMap(r -> r.value1(), r -> r.value2());
        double[] culture = DemoOrganisation.BRANCHES.stream().filter(b -> !b.code().equals("HP01"))
                .mapToDouble(DemoBranch::culture).toArray();
        double[] nps = DemoOrganisation.BRANCHES.stream().filter(b -> !b.code().equals("HP01"))
                .mapToDouble(b -> meanNps.get(b.code())).toArray();
        assertThat(pearson(culture, nps))
                .isGreaterThan(0.9);
        // HP01: the strongest culture (0.86) but customers well below branches of lower culture (DN01 0.70)
        assertThat(meanNps.get("HP01")).isLessThan(meanNps.get("DN01") - 1.0);
    }

    private static double pearson(double[] x, double[] y) {
        double mx = java.util.Arrays.stream(x).average().orElseThrow();
        double my = java.util.Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    @Test
    void thereIsPendingAndApprovedPraiseAndOpenOverdueAndClosedCases() {
        assertThat(dsl.fetchCount(CUSTOMER_FEEDBACK, CUSTOMER_FEEDBACK.PRAISE_STATUS.eq(PraiseStatus.APPROVED))).isGreaterThan(100);
        assertThat(dsl.fetchCount(CUSTOMER_FEEDBACK, CUSTOMER_FEEDBACK.PRAISE_STATUS.eq(PraiseStatus.PENDING))).isPositive();
        LocalDateTime now = LocalDateTime.now(java.time.ZoneOffset.UTC);
        assertThat(dsl.fetchCount(FOLLOW_UP_CASE, FOLLOW_UP_CASE.CLOSED_AT.isNull().and(FOLLOW_UP_CASE.DUE_AT.lt(now))))
                .as("overdue").isPositive();
        assertThat(dsl.fetchCount(FOLLOW_UP_CASE, FOLLOW_UP_CASE.CLOSED_AT.isNull().and(FOLLOW_UP_CASE.DUE_AT.ge(now))))
                .as("open, not yet due").isPositive();
        assertThat(dsl.fetchCount(FOLLOW_UP_CASE, FOLLOW_UP_CASE.STATUS.eq(FollowUpStatus.RESOLVED))).isPositive();
        assertThat(dsl.fetchCount(FOLLOW_UP_CASE, FOLLOW_UP_CASE.STATUS.eq(FollowUpStatus.UNREACHABLE))).isPositive();
    }
}
