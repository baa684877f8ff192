package org.advocacy.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.advocacy.demo.DemoBranch;
import org.advocacy.demo.DemoOrganisation;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On the demo organisation the screens' service recovers what the generator planted (demo/DemoContext.cultureAt):
 * staff and customer advocacy go together across branches, HP01 is named as the exception, and within branches
 * staff advocacy leads customers' by one month.
 */
@PortalTest
class DemoAdvocacyTest {

    @Autowired
    InsightsService insights;
    @Autowired
    AdvocacyText text;
    @Autowired
    SignIn signIn;

    @AfterEach
    void out() {
        signIn.out();
    }

    @Test
    void theDefaultViewShowsAClearPositiveRelationshipAndNamesHp01() {
        signIn.as(SignIn.LEADER);
        // the leader's default view (map and home section): the last complete quarter, all regions, no lag
        InsightsPeriod period = insights.period(null);
        assertThat(period).isEqualTo(InsightsPeriod.lastQuarter(insights.currentMonth()));
        assertThat(period.to()).isBefore(insights.currentMonth());
        AdvocacyAnalysis a = insights.advocacy(period, null, 0);
        System.out.println("demo advocacy " + period.label() + ": " + a.correlation() + " exceptions " + a.exceptions());
        a.branches().forEach(b -> System.out.println("  " + b));
        List<String> demoCodes = DemoOrganisation.BRANCHES.stream().map(DemoBranch::code).toList();
        assertThat(a.included()).extracting(BranchFigures::code).containsAll(demoCodes);
        // docs/domain-rules.md#correlation-across-branches: a relationship is reported when the 95 % Fisher interval of
        // r excludes zero
        assertThat(a.correlation().r()).isPositive();
        assertThat(a.correlation().low()).isPositive();
        assertThat(a.correlation().clear()).isTrue();
        assertThat(a.correlation().p()).isLessThan(0.05);
        String sentence = text.relationship(a, Locale.ENGLISH);
        assertThat(sentence).startsWith("Across " + a.correlation().n() + " branches, those whose staff recommend the"
                + " workplace more also tend to have customers who recommend them more").contains("not causation");
        assertThat(a.exceptions()).extracting(AdvocacyStatistics.Exception::branch).contains("HP01");
        AdvocacyStatistics.Exception hp01 = a.exceptions().stream().filter(e -> e.branch().equals("HP01")).findFirst()
                .orElseThrow();
        assertThat(hp01.studentized()).as("customers below the chain's pattern").isLessThan(-2);
        System.out.println("demo exception: " + text.exception(hp01, Locale.ENGLISH));
        assertThat(text.exception(hp01, Locale.ENGLISH)).startsWith("HP01: staff eNPS").contains("well below");
        assertThat(hp01.y()).as("outside the range the sentence quotes").isLessThan(hp01.predicted() - hp01.predictionMargin());
        BranchFigures hp = a.included().stream().filter(b -> b.code().equals("HP01")).findFirst().orElseThrow();
        assertThat(hp.enps()).as("HP01's staff advocacy above the chain's median").isGreaterThan(a.medianEnps());
    }

    @Test
    void withoutTheOutlierTheRelationshipIsStrongAndClear() {
        signIn.as(SignIn.LEADER);
        // the 12 complete months before last month: with the one-month lag the customer side then ends last month, so
        // the feedback other tests post today (into the shared demo database) does not enter the demo's relationship
        InsightsPeriod period = InsightsPeriod.rolling(12, insights.period("last-3").to());
        AdvocacyAnalysis a = insights.advocacy(period, null, 1);
        System.out.println("demo advocacy last-12 lag 1: " + a.correlation() + " exceptions " + a.exceptions());
        assertThat(a.correlation().clear()).isTrue();
    }

    @Test
    void withinBranchesStaffLeadsCustomersByOneMonth() {
        signIn.as(SignIn.LEADER);
        LagAnalysis lag = insights.lag(insights.period(null), null);
        lag.points().forEach(p -> System.out.println("lag " + p.lag() + " across " + p.across() + " within " + p.within()));
        assertThat(lag.suggestedLag()).isEqualTo(1);
    }
}
