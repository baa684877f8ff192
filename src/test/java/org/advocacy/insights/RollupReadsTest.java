package org.advocacy.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.advocacy.feedback.CustomerMetrics;
import org.advocacy.feedback.CustomerMetricsService;
import org.advocacy.feedback.FeedbackData;
import org.advocacy.feedback.FeedbackService;
import org.advocacy.feedback.Period;
import org.advocacy.feedback.internal.MetricsQuery;
import org.advocacy.org.BranchData;
import org.advocacy.org.OrgService;
import org.advocacy.recognition.BranchRank;
import org.advocacy.recognition.LeaderboardService;
import org.advocacy.recognition.internal.RecognitionQuery;
import org.advocacy.test.InsightsEvents;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13: the customer metrics (period and trend) and the branch leaderboard read the monthly rollups instead of
 * the raw rows; once the events are processed, they show exactly what aggregating the raw rows shows.
 */
@PortalTest
class RollupReadsTest {

    @Autowired
    CustomerMetricsService metrics;
    @Autowired
    MetricsQuery raw;
    @Autowired
    FeedbackService feedback;
    @Autowired
    LeaderboardService leaderboards;
    @Autowired
    RecognitionQuery recognitionRaw;
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

    /** The id of a branch of its own for this test, made by the administrator on the first run. */
    private long branch(String code) {
        signIn.as(SignIn.ADMIN);
        if (org.branchByCode(code).isEmpty()) {
            org.createBranch(new BranchData(code, "Sen Spa " + code, "Vinh", "Miền Trung", "", true));
        }
        return org.branchByCode(code).orElseThrow().id();
    }

    @Test
    void customerMetricsFromRollupsEqualTheRawAnswers() {
        long branch = branch("RR01");
        signIn.as(SignIn.HR);
        Random random = new Random(13);
        List<FeedbackData> items = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            // three months in 2023, some answers on the months' edges in the organisation's time zone
            OffsetDateTime at = OffsetDateTime.of(2023, 1 + i % 3, 1 + random.nextInt(28), random.nextInt(24), 0, 0, 0,
                    ZoneOffset.ofHours(7));
            if (i % 50 == 0) {
                at = OffsetDateTime.of(2023, 2, 1, 0, 30, 0, 0, ZoneOffset.ofHours(7)); // 1 Feb local, 31 Jan UTC
            }
            items.add(new FeedbackData("RR01", random.nextInt(11), random.nextInt(3) == 0 ? null : 1 + random.nextInt(5),
                    random.nextInt(3) == 0 ? null : 1 + random.nextInt(7), null, null, null, null, null, null, null,
                    false, at, null, null, null));
        }
        feedback.importBatch(items);
        InsightsEvents.awaitProcessed(dsl);

        for (String p : List.of("2023-01", "2023-02", "2023-03", "2023-Q1", "2023-04")) {
            Period period = Period.parse(p);
            CustomerMetrics fromRollups = metrics.branch("RR01", period);
            CustomerMetrics fromRaw = raw.branch(p, branch, period.from(), period.toExclusive());
            assertSame(fromRollups, fromRaw);
        }
        assertThat(metrics.branch("RR01", Period.parse("2023-Q1")).nps().n()).isEqualTo(300);
        List<CustomerMetrics> trend = metrics.trend("RR01", YearMonth.of(2022, 12), YearMonth.of(2023, 4));
        List<CustomerMetrics> rawTrend = raw.byMonth(branch, YearMonth.of(2022, 12).atDay(1),
                YearMonth.of(2023, 5).atDay(1));
        assertThat(trend).extracting(CustomerMetrics::label).containsExactly("2023-01", "2023-02", "2023-03");
        assertThat(trend).hasSameSizeAs(rawTrend);
        for (int i = 0; i < trend.size(); i++) {
            assertSame(trend.get(i), rawTrend.get(i));
        }
    }

    private static void assertSame(CustomerMetrics a, CustomerMetrics b) {
        assertThat(a.label()).isEqualTo(b.label());
        assertThat(a.nps()).isEqualTo(b.nps());
        assertThat(a.csatN()).isEqualTo(b.csatN());
        assertThat(a.cesN()).isEqualTo(b.cesN());
        assertThat(a.csatPct()).isEqualTo(b.csatPct());
        if (b.cesMean() == null) {
            assertThat(a.cesMean()).isNull();
        } else {
            // SQL's AVG over the raw rows is a DECIMAL with four places; the rollups divide exactly
            assertThat(a.cesMean()).isCloseTo(b.cesMean(), within(1e-4));
        }
    }

    @Test
    void equalAnswersOfABatchFoldedInTheEventAreEachCounted() {
        long branch = branch("RR02");
        signIn.as(SignIn.HR);
        List<FeedbackData> items = new ArrayList<>();
        OffsetDateTime at = OffsetDateTime.of(2023, 5, 12, 10, 0, 0, 0, ZoneOffset.ofHours(7));
        for (int i = 0; i < 200; i++) { // six kinds of answer, on one day: the event holds six entries
            items.add(new FeedbackData("RR02", 8 + i % 3, i % 2 == 0 ? 5 : null, null, null, null, null, null, null,
                    null, null, false, at, null, null, null));
        }
        int before = metrics.branch("RR02", Period.parse("2023-05")).nps().n();
        feedback.importBatch(items);
        InsightsEvents.awaitProcessed(dsl);

        CustomerMetrics fromRollups = metrics.branch("RR02", Period.parse("2023-05"));
        assertThat(fromRollups.nps().n()).isEqualTo(before + 200);
        assertSame(fromRollups, raw.branch("2023-05", branch, Period.parse("2023-05").from(),
                Period.parse("2023-05").toExclusive()));
    }

    @Test
    void branchLeaderboardFromRollupsEqualsTheRawCounts() {
        InsightsEvents.awaitProcessed(dsl);
        signIn.as(SignIn.HR);
        java.time.ZoneId zone = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
        YearMonth now = YearMonth.now(zone);
        for (YearMonth month : List.of(now, now.minusMonths(1), now.minusMonths(6))) {
            LocalDateTime from = month.atDay(1).atStartOfDay(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
            LocalDateTime to = month.plusMonths(1).atDay(1).atStartOfDay(zone).withZoneSameInstant(ZoneOffset.UTC)
                    .toLocalDateTime();
            List<BranchRank> rawRanks = recognitionRaw.branchTallies(null, from, to);
            List<BranchRank> ranks = leaderboards.branchLeaderboard(month);
            assertThat(ranks).extracting(BranchRank::code).containsExactlyInAnyOrderElementsOf(
                    rawRanks.stream().map(BranchRank::code).toList());
            for (BranchRank r : rawRanks) {
                BranchRank mine = ranks.stream().filter(x -> x.branchId() == r.branchId()).findFirst().orElseThrow();
                assertThat(mine.recognitions()).as(month + " " + r.code()).isEqualTo(r.recognitions());
                assertThat(mine.praise()).as(month + " " + r.code()).isEqualTo(r.praise());
                assertThat(mine.headcount()).isEqualTo(r.headcount());
            }
        }
    }
}
