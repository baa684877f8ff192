package org.advocacy.insights;

import static org.advocacy.jooq.Tables.BRANCH;
import static org.advocacy.jooq.Tables.CUSTOMER_FEEDBACK;
import static org.advocacy.jooq.Tables.PULSE_ANSWER;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.advocacy.insights.InsightsService.Source;
import org.advocacy.insights.internal.RollupRebuild;
import org.advocacy.insights.internal.RollupRepository;
import org.advocacy.security.BranchScope;
import org.advocacy.test.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Not part of the normal test run: {@code ./mvnw -B -Pbenchmark verify -Dit.test=InsightsBenchmark
 * -Dbench.rows=1000000} (see the README). Generates a chain into MariaDB with {@link InsightsBenchmarkData} (unless
 * the database already holds a complete one, which is reused): {@code bench.rows} customer answers, a quarter as many
 * pulse answers in closed, released rounds, a tenth as many recognitions. Then rebuilds the rollups (timed) and prints
 * p50 and p95 of the advocacy computation (the map's default quarter, all branches) and of a branch page with 1 and 8
 * concurrent readers: the map as the screens get it (cached until its months change, docs/decisions/0045), computed
 * afresh from the rollups (what the first view after a change costs), and by direct aggregation over the raw tables,
 * their ratios; then the parts of both. Full size: {@code -Dbench.rows=20000000 -Dbench.branches=1000}. Figures are printed, never
 * asserted.
 */
@SpringBootTest(properties = {"logging.level.org.advocacy=warn", "app.survey.scheduler.enabled=false",
        "app.insights.headcount-seconds=60"})
@ActiveProfiles("test")
class InsightsBenchmark {

    private static final int ROWS = Integer.getInteger("bench.rows", 10_000);
    private static final int BRANCHES = Integer.getInteger("bench.branches", Math.max(20, Math.min(1000, ROWS / 20_000)));
    private static final int RUNS = Integer.getInteger("bench.runs", 40);
    private static final int RAW_RUNS = Integer.getInteger("bench.rawRuns", 5);
    private static final boolean MEASURE = !Boolean.getBoolean("bench.generateOnly");


    @Autowired
    DSLContext dsl;
    @Autowired
    InsightsService insights;
    @Autowired
    RollupRebuild rebuild;
    @Autowired
    RollupRepository rollups;
    @Autowired
    SignIn signIn;
    @Autowired
    org.advocacy.survey.StaffAdvocacyQuery staffQuery;

    @Autowired
    org.advocacy.survey.internal.ReleaseRepository releaseRepository;
    @Autowired
    org.advocacy.survey.BranchDriverQuery drivers;
    @Autowired
    org.advocacy.kernel.OrgTimeZone orgZone;
    @Autowired
    org.advocacy.feedback.FollowUpService followUps;
    @Autowired
    org.advocacy.survey.ActionPlanService plans;
    @Autowired
    org.advocacy.feedback.PraiseService praise;
    @Autowired
    org.advocacy.survey.AnonymityRules anonymityRules;

    @Test
    void advocacyFromRollupsAgainstRawAggregation() throws Exception {
        long t0 = System.nanoTime();
        List<Long> branches = InsightsBenchmarkData.existing(dsl);
        if (branches.isEmpty()) {
            branches = new InsightsBenchmarkData(dsl, releaseRepository, anonymityRules, new InsightsBenchmarkData.Sizes(BRANCHES, ROWS,
                    ROWS / 4, ROWS / 10)).generate();
            System.out.printf("%nINSIGHTS BENCHMARK: generated %,d customer answers, %,d pulse answers, %,d recognitions, "
                    + "%d branches (+ demo) in %.1f s%n", ROWS, ROWS / 4, ROWS / 10, branches.size(),
                    (System.nanoTime() - t0) / 1e9);
        } else {
            System.out.printf("%nINSIGHTS BENCHMARK: reusing the data set already in the database (%d branches)%n",
                    branches.size());
        }
        if (!MEASURE) {
            return;
        }
        long r0 = System.nanoTime();
        if (Boolean.parseBoolean(System.getProperty("bench.rebuild", "true"))) { // -Dbench.rebuild=false: reuse them
            rebuild.rebuild("benchmark");
        }
        System.out.printf("rollup rebuild from raw rows: %.0f ms (%,d customer answers, %,d pulse answers in the "
                + "database)%n", (System.nanoTime() - r0) / 1e6, dsl.fetchCount(CUSTOMER_FEEDBACK),
                dsl.fetchCount(PULSE_ANSWER));

        InsightsPeriod period = insights.period(null); // the map's default: the last complete quarter
        String code = dsl.select(BRANCH.CODE).from(BRANCH).where(BRANCH.ID.eq(branches.get(branches.size() / 2)))
                .fetchOne(BRANCH.CODE);
        for (int readers : new int[] {1, 8}) {
            double[] cached = measure(readers, RUNS, () -> insights.advocacy(period, null, 0, Source.ROLLUPS));
            double[] computed = measure(readers, RUNS, () -> insights.advocacy(period, null, 0, Source.ROLLUPS_UNCACHED));
            double[] raw = measure(readers, RAW_RUNS, () -> insights.advocacy(period, null, 0, Source.RAW));
            System.out.printf("%-34s %d reader(s): cached p50 %7.1f ms p95 %7.1f ms | computed from rollups p50 %7.1f ms"
                    + " p95 %7.1f ms | raw p50 %9.1f ms p95 %9.1f ms | raw/computed p95 %.0f×, raw/cached p95 %.0f×%n",
                    "advocacy (" + period.label() + ", all branches)", readers, cached[0], cached[1], computed[0],
                    computed[1], raw[0], raw[1], raw[1] / computed[1], raw[1] / cached[1]);
            double[] pageRoll = measure(readers, RUNS, () -> insights.branch(code, Source.ROLLUPS));
            double[] pageRaw = measure(readers, RAW_RUNS, () -> insights.branch(code, Source.RAW));
            print("branch page (" + code + ", 18 months)", readers, pageRoll, pageRaw);
        }
        System.out.println("parts, 1 reader (p50 / p95 ms):");
        part("staff eNPS per branch-month (survey's StaffAdvocacyQuery)",
                () -> staffQuery.branchMonths(period.from(), period.to()));
        part("customer rollups, all branches", () -> rollups.customer(period.from(), period.to(), BranchScope.ALL));
        part("recognition rollups, all branches", () -> rollups.recognition(period.from(), period.to(), BranchScope.ALL));
        part("active headcount per branch (read once a minute)", () -> rollups.activeHeadcount());
        part("versions of the period (rollups and releases)", () -> List.of(
                rollups.monthsVersion(period.from(), period.to()), staffQuery.version(period.from(), period.to())));
        part("lead and lag (7 lags, 12-month window), cached", () -> insights.lag(period, null));
        long branchId = branches.get(branches.size() / 2);
        java.time.YearMonth now = insights.currentMonth();
        BranchScope one = BranchScope.of(java.util.Set.of(branchId));
        System.out.println("branch page parts, 1 reader (p50 / p95 ms):");
        part("staff eNPS, 18 months", () -> staffQuery.branchMonths(now.minusMonths(17), now, List.of(branchId)));
        part("customer rollups, 18 months", () -> rollups.customer(now.minusMonths(17), now, one));
        part("recognition rollups, 18 months", () -> rollups.recognition(now.minusMonths(17), now, one));
        part("active headcount of the branch", () -> rollups.activeHeadcount(branchId));
        part("drivers, last 3 months", () -> drivers.drivers(branchId, now.minusMonths(2), now));
        part("open follow-up cases", () -> followUps.openOfBranch(branchId, 5));
        part("action plans of 6 rounds", () -> plans.plansOfBranch(branchId, 6));
        part("recent approved praise", () -> praise.feedOfBranch(branchId, java.time.LocalDate.now().minusDays(90),
                java.time.LocalDate.now().plusDays(1), 5));
        part("the whole branch page", () -> insights.branch(code, Source.ROLLUPS));
        // what the rollups replace on the branch page: the 18 months' customer and recognition figures of one branch
        part("customer figures, 18 months, from the raw answers", () -> rollups.customerRaw(one, now.minusMonths(17), now));
        part("recognition figures, 18 months, from the raw rows", () -> rollups.recognitionRaw(List.of(branchId),
                now.minusMonths(17), now, orgZone.zone()));
    }

    private void part(String what, Supplier<Object> call) throws Exception {
        double[] t = measure(1, RUNS, call);
        System.out.printf("  %-60s %7.1f / %7.1f%n", what, t[0], t[1]);
    }

    private static void print(String what, int readers, double[] roll, double[] raw) {
        System.out.printf("%-34s %d reader(s): rollups p50 %8.1f ms p95 %8.1f ms | raw p50 %9.1f ms p95 %9.1f ms | "
                + "raw/rollups p95 %.0f×%n", what, readers, roll[0], roll[1], raw[0], raw[1], raw[1] / roll[1]);
    }

    /** p50 and p95 in ms of RUNS calls per reader, readers in parallel, each signed in as the leader. */
    private double[] measure(int readers, int runs, Supplier<Object> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        try {
            List<Future<List<Double>>> futures = new ArrayList<>();
            for (int r = 0; r < readers; r++) {
                futures.add(pool.submit(() -> {
                    signIn.as(SignIn.LEADER);
                    for (int w = 0; w < (runs >= 5 ? 3 : 0); w++) { // none for the few slow raw runs at full size
                        call.get(); // warm-up (JIT, connection pool, buffer pool)
                    }
                    List<Double> times = new ArrayList<>();
                    for (int i = 0; i < runs; i++) {
                        long s = System.nanoTime();
                        call.get();
                        times.add((System.nanoTime() - s) / 1e6);
                    }
                    signIn.out();
                    return times;
                }));
            }
            List<Double> all = new ArrayList<>();
            for (Future<List<Double>> f : futures) {
                all.addAll(f.get());
            }
            all.sort(Double::compare);
            return new double[] {all.get(all.size() / 2), all.get((int) Math.ceil(all.size() * 0.95) - 1)};
        } finally {
            pool.shutdown();
        }
    }
}
