package org.advocacy.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.advocacy.feedback.FeedbackData;
import org.advocacy.feedback.FeedbackService;
import org.advocacy.survey.ImportBatch;
import org.advocacy.survey.PulseRegionTest;
import org.advocacy.survey.PulseImportService;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The advocacy cache (docs/decisions/0045): a view is computed once and kept while the months it reads are unchanged;
 * a customer answer in one of its months, or a pulse release added to or deleted from them, makes the next view
 * compute afresh with the new figures, while views of other months stay cached.
 */
@PortalTest
class AdvocacyCacheTest {

    @Autowired
    InsightsService insights;
    @Autowired
    FeedbackService feedback;
    @Autowired
    PulseImportService survey;
    @Autowired
    SignIn signIn;

    @AfterEach
    void out() {
        signIn.out();
    }

    @Test
    void aCustomerAnswerRecomputesTheViewsOfItsMonthOnly() throws Exception {
        signIn.as(SignIn.LEADER);
        YearMonth month = insights.currentMonth().minusMonths(2);
        InsightsPeriod answered = InsightsPeriod.parse(month.toString(), insights.currentMonth());
        InsightsPeriod other = InsightsPeriod.parse(month.minusMonths(3).toString(), insights.currentMonth());
        AdvocacyAnalysis first = insights.advocacy(answered, null, 0);
        AdvocacyAnalysis otherFirst = insights.advocacy(other, null, 0);
        LagAnalysis lagFirst = insights.lag(other, null);
        // unchanged inputs: the same computed figures come back (the same list, not an equal copy)
        assertThat(insights.advocacy(answered, null, 0).branches()).isSameAs(first.branches());
        assertThat(insights.lag(other, null)).isSameAs(lagFirst);
        int before = npsAnswers(first, "HN01");

        signIn.as(SignIn.HR);
        String run = UUID.randomUUID().toString();
        feedback.importBatch(List.of(new FeedbackData("HN01", 10, null, null, null, null, null, "cache " + run, null,
                null, null, false, month.atDay(15).atTime(12, 0).atOffset(ZoneOffset.UTC), "cache-" + run, null,
                null)));
        signIn.as(SignIn.LEADER);

        // the rollups take the answer in after the import's commit (an event): ask until they have
        AdvocacyAnalysis after = first;
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (npsAnswers(after, "HN01") == before && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            after = insights.advocacy(answered, null, 0);
        }
        assertThat(npsAnswers(after, "HN01")).isEqualTo(before + 1);
        assertThat(after.branches()).isNotSameAs(first.branches());
        // another month's view was not touched by the answer: still the one computed before
        assertThat(insights.advocacy(other, null, 0).branches()).isSameAs(otherFirst.branches());
        // the lag view's 12-month window (ending 3 months before the answer) plus its 3 lag months reaches it
        assertThat(insights.lag(other, null)).isNotSameAs(lagFirst);
    }

    @Test
    void aReleaseAddedOrDeletedInThePeriodRecomputesIt() {
        signIn.as(SignIn.LEADER);
        InsightsPeriod quarter = InsightsPeriod.parse("2019-Q4", insights.currentMonth());
        AdvocacyAnalysis empty = insights.advocacy(quarter, null, 0);
        assertThat(staffAnswers(empty, "HN02")).isZero();
        assertThat(insights.advocacy(quarter, null, 0).branches()).isSameAs(empty.branches());

        signIn.as(SignIn.HR);
        ImportBatch batch = survey.importBatch("Cache check 2019", PulseRegionTest.rows("2019-11",
                Map.of("HN02", 6, "SG01", 6)));
        signIn.as(SignIn.LEADER);
        AdvocacyAnalysis imported = insights.advocacy(quarter, null, 0);
        assertThat(staffAnswers(imported, "HN02")).isEqualTo(6);

        signIn.as(SignIn.HR);
        survey.deleteImportBatch(batch.id());
        signIn.as(SignIn.LEADER);
        assertThat(staffAnswers(insights.advocacy(quarter, null, 0), "HN02")).isZero();
    }

    @Test
    void eachCallerScopeAndRegionIsItsOwnEntry() {
        signIn.as(SignIn.LEADER);
        InsightsPeriod quarter = insights.period(null);
        String region = insights.regions().getFirst();
        AdvocacyAnalysis all = insights.advocacy(quarter, null, 0);
        AdvocacyAnalysis one = insights.advocacy(quarter, region, 0);
        assertThat(one.branches()).isNotSameAs(all.branches())
                .allSatisfy(b -> assertThat(b.region()).isEqualTo(region));
        assertThat(all.branches()).anySatisfy(b -> assertThat(b.region()).isNotEqualTo(region));
    }

    private static int npsAnswers(AdvocacyAnalysis a, String code) {
        return a.branches().stream().filter(b -> b.code().equals(code)).mapToInt(BranchFigures::npsN).sum();
    }

    private static int staffAnswers(AdvocacyAnalysis a, String code) {
        return a.branches().stream().filter(b -> b.code().equals(code)).mapToInt(BranchFigures::enpsN).sum();
    }
}
