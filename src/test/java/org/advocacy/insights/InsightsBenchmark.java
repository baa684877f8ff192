package org.advocacy.insights;

import static org.advocacy.jooq.Tables.APP_USER;
import static org.advocacy.jooq.Tables.BRANCH;
import static org.advocacy.jooq.Tables.CUSTOMER_FEEDBACK;
import static org.advocacy.jooq.Tables.DEPARTMENT;
import static org.advocacy.jooq.Tables.EMPLOYEE;
import static org.advocacy.jooq.Tables.PULSE_ANSWER;
import static org.advocacy.jooq.Tables.RECOGNITION;
import static org.advocacy.jooq.Tables.RECOGNITION_RECIPIENT;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
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
import org.jooq.Field;
import org.jooq.Row;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Not part of the normal test run: {@code ./mvnw -B -Pbenchmark verify -Dit.test=InsightsBenchmark
 * -Dbench.rows=1000000}. Generates a chain into MariaDB (streamed multi-row inserts of 2,000 rows: branches, 50 staff
 * each, customer answers, pulse answers = rows / 4, recognition = rows / 10, over 18 months), rebuilds the rollups
 * (timed), then prints p50 and p95 of the advocacy computation and of the branch page's figures with 1 and 8
 * concurrent readers, from the rollups and by direct aggregation over the raw tables, and their ratio.
 * Full size: {@code -Dbench.rows=20000000 -Dbench.branches=1000}. Figures are printed, never asserted.
 */
@SpringBootTest(properties = {"logging.level.org.advocacy=warn", "app.survey.scheduler.enabled=false"})
@ActiveProfiles("test")
class InsightsBenchmark {

    private static final int ROWS = Integer.getInteger("bench.rows", 10_000);
    private static final int BRANCHES = Integer.getInteger("bench.branches", Math.max(20, Math.min(1000, ROWS / 20_000)));
    private static final int STAFF_PER_BRANCH = 50;
    private static final int RUNS = Integer.getInteger("bench.runs", 40);
    private static final int CHUNK = 2000;
    private static final int MONTHS = 18;

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

    @Test
    void advocacyFromRollupsAgainstRawAggregation() throws Exception {
        Random random = new Random(42);
        long t0 = System.nanoTime();
        List<Long> branches = generate(random);
        System.out.printf("%nINSIGHTS BENCHMARK: %,d customer answers, %,d pulse answers, %,d recognitions, %d branches "
                + "(+ demo), generated in %.1f s%n", ROWS, ROWS / 4, ROWS / 10, branches.size(), (System.nanoTime() - t0) / 1e9);
        long r0 = System.nanoTime();
        rebuild.rebuild("benchmark");
        System.out.printf("rollup rebuild from raw rows: %.0f ms%n", (System.nanoTime() - r0) / 1e6);

        InsightsPeriod period = InsightsPeriod.rolling(3, insights.currentMonth());
        long oneBranch = branches.get(branches.size() / 2);
        YearMonth to = insights.currentMonth();
        YearMonth from = to.minusMonths(MONTHS - 1L);
        BranchScope scope = BranchScope.of(java.util.Set.of(oneBranch));
        for (int readers : new int[] {1, 8}) {
            double[] roll = measure(readers, () -> insights.advocacy(period, null, 0, Source.ROLLUPS));
            double[] raw = measure(readers, () -> insights.advocacy(period, null, 0, Source.RAW));
            print("advocacy (" + period.label() + ")", readers, roll, raw);
            double[] pageRoll = measure(readers, () -> List.of(rollups.customer(from, to, scope),
                    rollups.recognition(from, to, scope)));
            double[] pageRaw = measure(readers, () -> List.of(rollups.customerRaw(scope, from, to),
                    rollups.recognitionRaw(scope.branchIds(), from, to, java.time.ZoneId.of("Asia/Ho_Chi_Minh"))));
            print("branch page figures (18 months)", readers, pageRoll, pageRaw);
        }
        double[] staffOnly = measure(1, () -> context().staffMonths(period));
        System.out.printf("of which staff figures (survey's StaffAdvocacyQuery, not insights'): p50 %.1f ms, p95 %.1f ms%n",
                staffOnly[0], staffOnly[1]);
    }

    private org.advocacy.survey.StaffAdvocacyQuery staffQuery;

    private InsightsBenchmark context() {
        return this;
    }

    @Autowired
    void setStaffQuery(org.advocacy.survey.StaffAdvocacyQuery staffQuery) {
        this.staffQuery = staffQuery;
    }

    private Object staffMonths(InsightsPeriod period) {
        return staffQuery.branchMonths(period.from(), period.to());
    }

    private static void print(String what, int readers, double[] roll, double[] raw) {
        System.out.printf("%-34s %d reader(s): rollups p50 %8.1f ms p95 %8.1f ms | raw p50 %9.1f ms p95 %9.1f ms | "
                + "raw/rollups p95 %.0f×%n", what, readers, roll[0], roll[1], raw[0], raw[1], raw[1] / roll[1]);
    }

    /** p50 and p95 in ms of RUNS calls per reader, readers in parallel, each signed in as the leader. */
    private double[] measure(int readers, Supplier<Object> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        try {
            List<Future<List<Double>>> futures = new ArrayList<>();
            for (int r = 0; r < readers; r++) {
                futures.add(pool.submit(() -> {
                    signIn.as(SignIn.LEADER);
                    call.get(); // warm-up
                    List<Double> times = new ArrayList<>();
                    for (int i = 0; i < RUNS; i++) {
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

    private List<Long> generate(Random random) {
        LocalDateTime now = LocalDateTime.now();
        long department = dsl.select(DSEPARTMENT_ID).from(DEPARTMENT).limit(1).fetchOne(DSEPARTMENT_ID);
        long giver = dsl.select(APP_USER.ID).from(APP_USER).limit(1).fetchOne(APP_USER.ID);
        String tag = Long.toString(System.currentTimeMillis(), 36);
        List<Row> branchRows = new ArrayList<>();
        for (int b = 0; b < BRANCHES; b++) {
            branchRows.add(DSL.row("BM" + tag + b, "Bench branch " + b, "City " + (b % 40), "Region " + (b % 7), now, now));
        }
        insertRows(BRANCH, List.of(BRANCH.CODE, BRANCH.NAME, BRANCH.CITY, BRANCH.REGION, BRANCH.CREATED_AT,
                BRANCH.UPDATED_AT), branchRows);
        List<Long> branches = dsl.select(BRANCH.ID).from(BRANCH).where(BRANCH.CODE.startsWith("BM" + tag))
                .orderBy(BRANCH.ID).fetch(BRANCH.ID);
        List<Row> staff = new ArrayList<>();
        for (long b : branches) {
            for (int s = 0; s < STAFF_PER_BRANCH; s++) {
                staff.add(DSL.row("Staff " + b + "-" + s, "s" + b + "-" + s + "@" + tag + ".bench", b, department, "Staff",
                        LocalDate.of(2020, 1, 1), now, now));
                if (staff.size() == CHUNK) {
                    insertRows(EMPLOYEE, employeeFields(), staff);
                    staff.clear();
                }
            }
        }
        insertRows(EMPLOYEE, employeeFields(), staff);
        List<Long> employees = dsl.select(EMPLOYEE.ID, EMPLOYEE.BRANCH_ID).from(EMPLOYEE)
                .where(EMPLOYEE.EMAIL.endsWith("@" + tag + ".bench")).orderBy(EMPLOYEE.ID).fetch(EMPLOYEE.ID);
        YearMonth first = YearMonth.now().minusMonths(MONTHS - 1L);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            long b = branches.get(random.nextInt(branches.size()));
            LocalDate day = first.plusMonths(random.nextInt(MONTHS)).atDay(1 + random.nextInt(28));
            LocalDateTime at = day.atTime(3, 0);
            rows.add(DSL.row(b, (short) random.nextInt(11), random.nextBoolean() ? (short) (1 + random.nextInt(5)) : null,
                    random.nextBoolean() ? (short) (1 + random.nextInt(7)) : null, at, day, "api", at,
                    random.nextInt(50) == 0 ? "APPROVED" : null));
            if (rows.size() == CHUNK) {
                insertRows(CUSTOMER_FEEDBACK, feedbackFields(), rows);
                rows.clear();
            }
        }
        insertRows(CUSTOMER_FEEDBACK, feedbackFields(), rows);
        rows.clear();
        for (int i = 0; i < ROWS / 4; i++) {
            long b = branches.get(random.nextInt(branches.size()));
            rows.add(DSL.row(UUID.randomUUID().toString(), first.plusMonths(random.nextInt(MONTHS)).toString(), b,
                    random.nextInt(11), true));
            if (rows.size() == CHUNK) {
                insertRows(PULSE_ANSWER, pulseFields(), rows);
                rows.clear();
            }
        }
        insertRows(PULSE_ANSWER, pulseFields(), rows);
        rows.clear();
        int recognitions = ROWS / 10;
        long firstId = dsl.select(DSL.coalesce(DSL.max(RECOGNITION.ID), 0L)).from(RECOGNITION).fetchOne().value1() + 1;
        List<Row> recipients = new ArrayList<>();
        for (int i = 0; i < recognitions; i++) {
            int e = random.nextInt(employees.size());
            long employee = employees.get(e);
            long branch = branches.get(e / STAFF_PER_BRANCH);
            LocalDateTime at = first.plusMonths(random.nextInt(MONTHS)).atDay(1 + random.nextInt(28)).atTime(4, 0);
            rows.add(DSL.row(firstId + i, giver, "Bench", "BRANCH", at));
            recipients.add(DSL.row(firstId + i, employee, branch, at));
            if (rows.size() == CHUNK) {
                insertRows(RECOGNITION, recognitionFields(), rows);
                insertRows(RECOGNITION_RECIPIENT, recipientFields(), recipients);
                rows.clear();
                recipients.clear();
            }
        }
        insertRows(RECOGNITION, recognitionFields(), rows);
        insertRows(RECOGNITION_RECIPIENT, recipientFields(), recipients);
        return branches;
    }

    private static final Field<Long> DSEPARTMENT_ID = DEPARTMENT.ID;

    private static List<Field<?>> employeeFields() {
        return List.of(EMPLOYEE.FULL_NAME, EMPLOYEE.EMAIL, EMPLOYEE.BRANCH_ID, EMPLOYEE.DEPARTMENT_ID, EMPLOYEE.JOB_TITLE,
                EMPLOYEE.HIRE_DATE, EMPLOYEE.CREATED_AT, EMPLOYEE.UPDATED_AT);
    }

    private static List<Field<?>> feedbackFields() {
        return List.of(CUSTOMER_FEEDBACK.BRANCH_ID, CUSTOMER_FEEDBACK.NPS, CUSTOMER_FEEDBACK.CSAT, CUSTOMER_FEEDBACK.CES,
                CUSTOMER_FEEDBACK.SUBMITTED_AT, CUSTOMER_FEEDBACK.LOCAL_DATE, CUSTOMER_FEEDBACK.CHANNEL,
                CUSTOMER_FEEDBACK.CREATED_AT, CUSTOMER_FEEDBACK.PRAISE_STATUS);
    }

    private static List<Field<?>> pulseFields() {
        return List.of(PULSE_ANSWER.ID, PULSE_ANSWER.PERIOD_MONTH, PULSE_ANSWER.BRANCH_ID, PULSE_ANSWER.SCORE,
                PULSE_ANSWER.IMPORTED);
    }

    private static List<Field<?>> recognitionFields() {
        return List.of(RECOGNITION.ID, RECOGNITION.GIVER_USER_ID, RECOGNITION.MESSAGE, RECOGNITION.VISIBILITY,
                RECOGNITION.CREATED_AT);
    }

    private static List<Field<?>> recipientFields() {
        return List.of(RECOGNITION_RECIPIENT.RECOGNITION_ID, RECOGNITION_RECIPIENT.EMPLOYEE_ID,
                RECOGNITION_RECIPIENT.BRANCH_ID, RECOGNITION_RECIPIENT.CREATED_AT);
    }

    private void insertRows(org.jooq.Table<?> table, List<Field<?>> fields, List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        dsl.insertInto(table).columns(fields).valuesOfRows(rows.stream().map(r -> (org.jooq.RowN) DSL.row(r.fields()))
                .toList()).execute();
    }
}
