package org.advocacy;

import static org.advocacy.jooq.Tables.CUSTOMER_FEEDBACK;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.advocacy.feedback.ContactErasureJob;
import org.advocacy.org.Employee;
import org.advocacy.org.EmployeeCursor;
import org.advocacy.org.EmployeeFilter;
import org.advocacy.org.EmployeeSort;
import org.advocacy.org.internal.EmployeeRepository;
import org.advocacy.recognition.internal.RecognitionQuery;
import org.advocacy.security.BranchScope;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 14, not part of the normal test run:
 * {@code DB_URL=jdbc:mariadb://127.0.0.1:3306/bench ./mvnw -B -Pbenchmark verify -Dit.test=BoundedWorkBenchmark
 * -Dbench.sizes=10000,1000000}. Into an empty database it generates branches and staff, then grows the feedback
 * table to each size in turn (streamed multi-row inserts) and at each size runs the background job and the paged
 * reads, printing their times beside the work they did. Bounded work means: the times stay flat, or grow with the
 * work done (answers erased, a month's praise), not with the table. The old statements are timed beside them for
 * contrast. Figures are printed, never asserted.
 */
@SpringBootTest(properties = {"app.demo.enabled=false", "app.survey.scheduler.enabled=false",
        "logging.level.org.advocacy=warn", "app.db.time-limit.background=3600s", "app.feedback.retention-cron=-",
        "app.insights.events.purge-cron=-"})
@ActiveProfiles("test")
class BoundedWorkBenchmark {

    private static final List<Integer> SIZES = Arrays.stream(System.getProperty("bench.sizes", "10000,1000000")
            .split(",")).map(String::strip).map(Integer::parseInt).toList();
    private static final int BRANCHES = Integer.getInteger("bench.branches", 200);
    private static final int STAFF = Integer.getInteger("bench.staff", 20_000);
    private static final int ROWS_PER_INSERT = 1000;
    private static final int MONTHS = 24;

    @Autowired
    DataSource dataSource;
    @Autowired
    DSLContext dsl;
    @Autowired
    ContactErasureJob erasure;
    @Autowired
    EmployeeRepository employees;
    @Autowired
    RecognitionQuery recognition;
    @Autowired
    org.advocacy.feedback.CustomerMonthTotals customerMonths;
    @Autowired
    org.advocacy.recognition.RecognitionMonthTotals recognitionMonths;
    @Autowired
    org.advocacy.feedback.internal.MetricsQuery rawMetrics;
    @Autowired
    org.advocacy.insights.internal.EventPublicationPurge eventPurge;

    private final Random random = new Random(14);
    private final LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
    private long firstBranch;
    private long firstEmployee;
    private long rows;

    @Test
    void boundedWorkAtEachSize() throws Exception {
        if (!reuse()) {
            if (dsl.fetchCount(CUSTOMER_FEEDBACK) > 0) {
                throw new IllegalStateException("BoundedWorkBenchmark needs an empty database (a fresh DB_URL) or one "
                        + "it generated itself");
            }
            generateOrganisation();
        }
        System.out.printf("%nBounded work benchmark: %d branches, %d staff, feedback over %d months, sizes %s%n",
                BRANCHES, STAFF, MONTHS, SIZES);
        for (int size : SIZES) {
            if (size < rows) {
                System.out.printf("%n== %,d feedback rows: skipped, the database already holds %,d ==%n", size, rows);
                continue;
            }
            long t = System.nanoTime();
            generateFeedback(size - rows);
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
                st.execute("ANALYZE TABLE employee, customer_feedback, recognition_recipient"); // fresh statistics
            }
            System.out.printf("%n== %,d feedback rows, %,d recognitions (generated in %,d ms) ==%n", rows,
                    recognitions.get(), ms(t));
            measure();
        }
    }

    /** Continues on a database this benchmark generated before (sizes below its size are skipped). */
    private boolean reuse() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            long branch = firstId(s, "SELECT COALESCE(MIN(id), 0) FROM branch WHERE code = 'B0' AND name = 'Bench branch 0'");
            if (branch == 0) {
                return false;
            }
            firstBranch = branch;
            firstEmployee = firstId(s, "SELECT MIN(id) FROM employee WHERE email LIKE 'bench%'");
            giver = firstId(s, "SELECT MIN(id) FROM app_user WHERE email = 'bench-giver@example.com'");
            firstValue = firstId(s, "SELECT MIN(id) FROM company_value WHERE code LIKE 'bench%'");
            rows = firstId(s, "SELECT COUNT(*) FROM customer_feedback");
            recognitions.set(firstId(s, "SELECT COALESCE(MAX(id), 0) FROM recognition"));
            long t = System.nanoTime();
            // a run stopped in the middle of a step wrote its answers but not that step's rollups: recount them
            s.execute("DELETE FROM insights_customer_month");
            s.execute("INSERT INTO insights_customer_month (branch_id, month, promoters, passives, detractors, csat_n, "
                    + "csat_sum, csat_top2, ces_n, ces_sum) SELECT branch_id, DATE_FORMAT(local_date, '%Y-%m'), "
                    + "SUM(nps >= 9), SUM(nps BETWEEN 7 AND 8), SUM(nps <= 6), COUNT(csat), COALESCE(SUM(csat), 0), "
                    + "COALESCE(SUM(csat >= 4), 0), COUNT(ces), COALESCE(SUM(ces), 0) FROM customer_feedback "
                    + "GROUP BY branch_id, DATE_FORMAT(local_date, '%Y-%m')");
            s.execute("DELETE FROM insights_recognition_month");
            s.execute("INSERT INTO insights_recognition_month (branch_id, month, recognitions, praise) "
                    + "SELECT branch_id, m, SUM(r), SUM(p) FROM ("
                    + "SELECT branch_id, DATE_FORMAT(CONVERT_TZ(created_at, '+00:00', '+07:00'), '%Y-%m') m, 1 r, 0 p "
                    + "FROM recognition_recipient UNION ALL SELECT branch_id, DATE_FORMAT(local_date, '%Y-%m') m, 0 r, 1 p "
                    + "FROM customer_feedback WHERE praise_status = 'APPROVED') x GROUP BY branch_id, m");
            System.out.printf("%nReusing the generated database: %,d feedback rows (rollups recounted in %,d ms)%n",
                    rows, ms(t));
            return true;
        }
    }

    private void measure() throws Exception {
        if (Boolean.getBoolean("bench.readsOnly")) { // -Dbench.readsOnly=true: the reads of issue 13 only
            measureReads();
            return;
        }
        // the hourly contact-erasure job: first run erases what became due; then nothing is due; then a fixed 1,000
        ContactErasureJob.Run first = erasure.eraseExpiredContacts(Clock.systemUTC());
        print("erasure job, backlog", first.totalMillis(), "%,d answers erased in %,d chunks, longest chunk %,d ms",
                first.erased(), first.chunks(), first.longestChunkMillis());
        ContactErasureJob.Run idle = erasure.eraseExpiredContacts(Clock.systemUTC());
        print("erasure job, nothing due", idle.totalMillis(), "%,d answers erased", idle.erased());
        insertDue(1000);
        ContactErasureJob.Run fixed = erasure.eraseExpiredContacts(Clock.systemUTC());
        print("erasure job, 1,000 due", fixed.totalMillis(), "%,d answers erased in %,d chunks, longest chunk %,d ms",
                fixed.erased(), fixed.chunks(), fixed.longestChunkMillis());
        LocalDateTime cutoff = now.minusDays(180);
        timed("old erasure statement, nothing due", () -> dsl.update(CUSTOMER_FEEDBACK)
                .setNull(CUSTOMER_FEEDBACK.CONTACT_NAME).set(CUSTOMER_FEEDBACK.CONTACT_ERASED_AT, now)
                .where(CUSTOMER_FEEDBACK.CONTACT_ERASED_AT.isNull()).and(CUSTOMER_FEEDBACK.SUBMITTED_AT.lt(cutoff))
                .and(CUSTOMER_FEEDBACK.CONTACT_NAME.isNotNull().or(CUSTOMER_FEEDBACK.CONTACT_PHONE.isNotNull())
                        .or(CUSTOMER_FEEDBACK.CONTACT_EMAIL.isNotNull()))
                .execute() + " rows (one statement, one transaction)");

        // recognition API tallies of last month: the month's approved praise, from the index
        LocalDateTime from = now.toLocalDate().withDayOfMonth(1).minusMonths(1).atStartOfDay();
        int monthPraise = dsl.fetchCount(CUSTOMER_FEEDBACK, CUSTOMER_FEEDBACK.PRAISE_STATUS.eq(org.advocacy.feedback.PraiseStatus.APPROVED)
                .and(CUSTOMER_FEEDBACK.SUBMITTED_AT.ge(from)).and(CUSTOMER_FEEDBACK.SUBMITTED_AT.lt(from.plusMonths(1))));
        timed("recognition tallies, all branches, one month", () -> recognition.branchTallies(null, from,
                from.plusMonths(1)).size() + " branches, " + monthPraise + " approved praise in the month");

        // employee paging (staff does not grow with feedback): first page, a page 100 pages deep by cursor
        List<EmployeeSort> byName = List.of(EmployeeSort.DEFAULT);
        EmployeeFilter active = new EmployeeFilter(null, null, null, true);
        timed("employees, first page of 100", () -> employees.findAfter(active, BranchScope.ALL, byName, null, 0, 100)
                .size() + " rows");
        EmployeeCursor cursor = null;
        for (int page = 0; page < 99; page++) {
            List<Employee> p = employees.findAfter(active, BranchScope.ALL, byName, cursor, 0, 100);
            cursor = EmployeeCursor.of(p.getLast());
        }
        EmployeeCursor deep = cursor;
        timed("employees, page 100 by cursor", () -> employees.findAfter(active, BranchScope.ALL, byName, deep, 0, 100)
                .size() + " rows");
        timed("old: employees, page 100 by offset", () -> employees.find(active, BranchScope.ALL, byName, 9900, 100)
                .size() + " rows");
        timed("old: count of all staff per page", () -> employees.count(active, BranchScope.ALL) + " staff");

        measureReads();
    }

    /**
     * Issue 13: the screens' and API's reads, p50/p95 over {@code bench.calls} calls on varying branches and months,
     * from the rollups (or a bounded index range) beside the raw aggregation they replaced.
     */
    private void measureReads() {
        java.time.YearMonth thisMonth = java.time.YearMonth.now(zone);
        java.util.function.IntFunction<Long> branch = i -> firstBranch + (i * 37L) % BRANCHES;
        java.util.function.IntFunction<java.time.YearMonth> month = i -> thisMonth.minusMonths(1 + i % 12);
        System.out.printf("  reads, %d calls each (p50 / p95):%n", CALLS);
        percentiles("NPS API, branch x month (rollups)", i -> customerMonths.total("m", branch.apply(i), month.apply(i),
                month.apply(i)).nps().n());
        percentiles("old: NPS API, branch x month (raw)", i -> rawMetrics.branch("m", branch.apply(i),
                month.apply(i).atDay(1), month.apply(i).plusMonths(1).atDay(1)).nps().n());
        percentiles("NPS API, branch x quarter (rollups)", i -> customerMonths.total("q", branch.apply(i),
                month.apply(i).minusMonths(2), month.apply(i)).nps().n());
        percentiles("old: NPS API, branch x quarter (raw)", i -> rawMetrics.branch("q", branch.apply(i),
                month.apply(i).minusMonths(2).atDay(1), month.apply(i).plusMonths(1).atDay(1)).nps().n());
        percentiles("NPS trend screen, 12 months (rollups)", i -> customerMonths.byMonth(branch.apply(i),
                thisMonth.minusMonths(11), thisMonth).size());
        percentiles("old: NPS trend, 12 months (raw)", i -> rawMetrics.byMonth(branch.apply(i),
                thisMonth.minusMonths(11).atDay(1), thisMonth.plusMonths(1).atDay(1)).size());
        percentiles("touchpoints, branch x month (raw, index)", i -> rawMetrics.byTouchpoint(branch.apply(i),
                month.apply(i).atDay(1), month.apply(i).plusMonths(1).atDay(1)).size());
        percentiles("leaderboard/recognition API (rollups)", i -> recognitionMonths.month(month.apply(i), null).size()
                + recognition.branchRows(null).size());
        percentiles("old: tallies of a month (indexes)", i -> recognition.branchTallies(null, utc(month.apply(i)),
                utc(month.apply(i).plusMonths(1))).size());
        percentiles("recognition API, counts per value", i -> recognition.valueCountsByBranch(null,
                utc(month.apply(i)), utc(month.apply(i).plusMonths(1))).size());
        org.advocacy.recognition.internal.Viewer viewer = new org.advocacy.recognition.internal.Viewer(giver, null,
                null, java.util.Set.of());
        percentiles("recognition feed, company, a page of 50", i -> recognition.feedPage(null, viewer, List.of(), 0, 50)
                .size());
        percentiles("recognition feed, branch, a page of 50", i -> recognition.feedPage(branch.apply(i), viewer,
                List.of(), 0, 50).size());
        if (rows <= 1_100_000) { // counting every entry ever: the read the feed screen no longer does
            percentiles("old: feed count, company", i -> recognition.count(recognition.feed(null),
                    recognition.praiseFeed(null)));
        }
        long t = System.nanoTime();
        int purged = eventPurge.purge(Clock.systemUTC());
        print("event publication purge (nothing old)", ms(t), "%,d deleted", purged);
    }

    private static final int CALLS = Integer.getInteger("bench.calls", 40);

    private LocalDateTime utc(java.time.YearMonth m) {
        return m.atDay(1).atStartOfDay(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    private void percentiles(String what, java.util.function.IntFunction<Object> read) {
        read.apply(0); // warm
        long[] nanos = new long[CALLS];
        Object last = null;
        for (int i = 0; i < CALLS; i++) {
            long t = System.nanoTime();
            last = read.apply(i);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf("  %-46s %8.1f / %8.1f ms   (last: %s)%n", what, nanos[CALLS / 2] / 1e6,
                nanos[Math.min(CALLS - 1, (int) Math.ceil(0.95 * CALLS) - 1)] / 1e6, last);
    }

    // --- figures ---

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static void print(String what, long millis, String format, Object... args) {
        System.out.printf("  %-46s %,8d ms   %s%n", what, millis, String.format(format, args));
    }

    private static void timed(String what, Supplier<String> work) {
        work.get(); // warm: the first call also loads pages into the buffer pool
        long t = System.nanoTime();
        String result = work.get();
        print(what, ms(t), "%s", result);
    }

    // --- data generator: plain JDBC multi-row inserts, streamed, two writers, a transaction per 100,000 rows ---
    // Answers arrive in time order within each size step (as a live portal receives them), spread over 24 months;
    // the insights rollups are kept in step (added up in memory, written once per step), as the portal's events do.

    private void generateOrganisation() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO department (name, active, created_at) VALUES ('Bench', TRUE, NOW(3))");
            long department = firstId(s, "SELECT MIN(id) FROM department WHERE name = 'Bench'");
            insertRows(c, "branch (code, name, city, region, active, created_at, updated_at)", "(?,?,?,?,TRUE,?,?)",
                    BRANCHES, (ps, i, p) -> {
                        ps.setString(p++, "B" + i);
                        ps.setString(p++, "Bench branch " + i);
                        ps.setString(p++, "City " + (i % 40));
                        ps.setString(p++, "Region " + (i % 7));
                        ps.setObject(p++, now);
                        ps.setObject(p++, now);
                        return p;
                    });
            firstBranch = firstId(s, "SELECT MIN(id) FROM branch WHERE code = 'B0' AND name = 'Bench branch 0'");
            insertRows(c, "employee (full_name, email, branch_id, department_id, job_title, hire_date, manager, active, "
                    + "created_at, updated_at)", "(?,?,?,?,?,?,FALSE,?,?,?)", STAFF, (ps, i, p) -> {
                        ps.setString(p++, NAMES[i % NAMES.length] + " " + (i / NAMES.length));
                        ps.setString(p++, "bench" + i + "@example.com");
                        ps.setLong(p++, firstBranch + i % BRANCHES);
                        ps.setLong(p++, department);
                        ps.setString(p++, "Therapist");
                        ps.setObject(p++, LocalDate.of(2015, 1, 1).plusDays(i % 3000));
                        ps.setBoolean(p++, i % 10 != 0);
                        ps.setObject(p++, now);
                        ps.setObject(p++, now);
                        return p;
                    });
            firstEmployee = firstId(s, "SELECT MIN(id) FROM employee WHERE email LIKE 'bench%'");
            s.execute("INSERT INTO app_user (email, display_name, password_hash, created_at) VALUES "
                    + "('bench-giver@example.com', 'Bench', '-', NOW(3))");
            giver = firstId(s, "SELECT MIN(id) FROM app_user WHERE email = 'bench-giver@example.com'");
            insertRows(c, "company_value (code, name_vi, name_en, meaning_vi, meaning_en, icon, colour, active, sort_order, "
                    + "created_at)", "(?,?,?,'-','-','vaadin:star','#336699',TRUE,?,?)", VALUES, (ps, i, p) -> {
                        ps.setString(p++, "bench" + i);
                        ps.setString(p++, "Giá trị " + i);
                        ps.setString(p++, "Value " + i);
                        ps.setInt(p++, i);
                        ps.setObject(p++, now);
                        return p;
                    });
            firstValue = firstId(s, "SELECT MIN(id) FROM company_value WHERE code LIKE 'bench%'");
        }
    }

    private static final String[] NAMES = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường", "Phạm Thu Dung",
            "Hoàng Minh Đức", "Vũ Thị Giang", "Đặng Quốc Huy", "Bùi Thị Lan", "Đỗ Văn Minh", "Hồ Thị Ngọc"};
    private static final int VALUES = 5;
    private static final int CHUNK = 100_000;

    private java.time.ZoneId zone = java.time.ZoneId.of(System.getProperty("bench.zone", "Asia/Ho_Chi_Minh"));
    private long giver;
    private long firstValue;
    private final java.util.concurrent.atomic.AtomicLong recognitions = new java.util.concurrent.atomic.AtomicLong();
    /** Rollup increments of the current step: key branch index × 1000 + month index. */
    private final java.util.Map<Long, long[]> customerCells = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<Long, long[]> recognitionCells = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Secondary indexes of customer_feedback that no foreign key needs: for a big step they are dropped and built
     * once at the end (a sorted build is many times faster than keeping ten B-trees up to date row by row).
     */
    private static final String[][] REBUILT = {
            {"ix_customer_feedback_branch_date", "INDEX", "branch_id, local_date"},
            {"ix_customer_feedback_duplicate", "INDEX", "client_hash, text_hash, created_at"},
            {"ix_customer_feedback_contact_due", "INDEX", "contact_consent, contact_erased_at, submitted_at"},
            {"ix_customer_feedback_praise_time", "INDEX", "praise_status, branch_id, submitted_at"},
            {"ix_customer_feedback_praise_recent", "INDEX", "praise_status, submitted_at"},
            {"uq_customer_feedback_submission", "UNIQUE", "submission_id"}};

    private void generateFeedback(long n) throws Exception {
        boolean big = n >= 2_000_000;
        if (big) {
            alterIndexes(true);
        }
        try {
            generateFeedbackRows(n);
        } finally {
            if (big) {
                long t = System.nanoTime();
                alterIndexes(false);
                System.out.printf("%n(secondary indexes rebuilt in %,d ms)%n", ms(t));
            }
        }
    }

    private void alterIndexes(boolean drop) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET SESSION max_statement_time = 0");
            List<String> present = new java.util.ArrayList<>();
            try (var rs = s.executeQuery("SELECT DISTINCT index_name FROM information_schema.statistics WHERE "
                    + "table_schema = DATABASE() AND table_name = 'customer_feedback'")) {
                while (rs.next()) {
                    present.add(rs.getString(1));
                }
            }
            List<String> parts = new java.util.ArrayList<>();
            for (String[] index : REBUILT) {
                if (drop && present.contains(index[0])) {
                    parts.add("DROP INDEX " + index[0]);
                } else if (!drop && !present.contains(index[0])) {
                    parts.add("ADD " + index[1] + " " + index[0] + " (" + index[2] + ")");
                }
            }
            if (!parts.isEmpty()) {
                s.execute("ALTER TABLE customer_feedback " + String.join(", ", parts));
            }
        }
    }

    private void generateFeedbackRows(long n) throws Exception {
        int chunks = (int) ((n + CHUNK - 1) / CHUNK);
        LocalDateTime start = now.minusDays(MONTHS * 30L);
        long span = java.time.Duration.between(start, now).getSeconds();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(Integer.getInteger("bench.writers", 2));
        try {
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int k = 0; k < chunks; k++) {
                int size = (int) Math.min(CHUNK, n - (long) k * CHUNK);
                LocalDateTime from = start.plusSeconds(span * k / chunks);
                long chunkSpan = span / chunks;
                long seed = random.nextLong();
                done.add(pool.submit(() -> {
                    insertFeedback(size, false, from, chunkSpan, new Random(seed));
                    return null;
                }));
            }
            for (var f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        rows += n;
        writeRollups();
    }

    /** A fixed 1,000 answers with contact details due for erasure (older than the retention time). */
    private void insertDue(int n) throws Exception {
        insertFeedback(n, true, now.minusDays(480), 290L * 86_400, random);
        rows += n;
        writeRollups();
    }

    /**
     * Answers in time order over [from, from + span s); 2 % with contact details, 5 % approved praise, CSAT on 60 %,
     * CES on 40 %; one recognition (one recipient, one value) per 10 answers. {@code due}: all with contact details.
     */
    private void insertFeedback(int n, boolean due, LocalDateTime from, long span, Random random) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            insertRows(c, "customer_feedback (branch_id, nps, csat, ces, employee_id, praise, contact_name, contact_phone, "
                    + "contact_consent, submitted_at, local_date, channel, praise_status, created_at)",
                    "(?,?,?,?,?,?,?,?,?,?,?,'api',?,?)", n, (ps, i, p) -> {
                        int branch = random.nextInt(BRANCHES);
                        LocalDateTime at = from.plusSeconds(span * i / n + random.nextInt(60));
                        LocalDate local = at.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDate();
                        boolean contact = due || random.nextInt(50) == 0;
                        boolean praise = !due && random.nextInt(20) == 0;
                        int nps = random.nextInt(11);
                        Integer csat = random.nextInt(10) < 6 ? 1 + random.nextInt(5) : null;
                        Integer ces = random.nextInt(10) < 4 ? 1 + random.nextInt(7) : null;
                        ps.setLong(p++, firstBranch + branch);
                        ps.setInt(p++, nps);
                        ps.setObject(p++, csat);
                        ps.setObject(p++, ces);
                        ps.setObject(p++, praise ? employeeOf(branch, random) : null);
                        ps.setString(p++, praise ? "Rất chu đáo" : null);
                        ps.setString(p++, contact ? "Khách" : null);
                        ps.setString(p++, contact ? "0901 000 000" : null);
                        ps.setBoolean(p++, contact);
                        ps.setObject(p++, at);
                        ps.setObject(p++, local);
                        ps.setString(p++, praise ? "APPROVED" : null);
                        ps.setObject(p++, at);
                        long[] cell = customerCells.computeIfAbsent(cellKey(branch, local), k -> new long[8]);
                        synchronized (cell) {
                            cell[nps >= 9 ? 0 : nps >= 7 ? 1 : 2]++;
                            if (csat != null) {
                                cell[3]++;
                                cell[4] += csat;
                                cell[5] += csat >= 4 ? 1 : 0;
                            }
                            if (ces != null) {
                                cell[6]++;
                                cell[7] += ces;
                            }
                        }
                        if (praise) {
                            long[] r = recognitionCells.computeIfAbsent(cellKey(branch, local), k -> new long[2]);
                            synchronized (r) {
                                r[1]++;
                            }
                        }
                        return p;
                    });
            int m = due ? 0 : n / 10;
            long firstRecognition = recognitions.getAndAdd(m) + 1;
            long[] branchOf = new long[m];
            long[] employeeOf = new long[m];
            LocalDateTime[] atOf = new LocalDateTime[m];
            for (int i = 0; i < m; i++) {
                int branch = random.nextInt(BRANCHES);
                branchOf[i] = firstBranch + branch;
                employeeOf[i] = employeeOf(branch, random);
                atOf[i] = from.plusSeconds(span * i / m + random.nextInt(60));
                LocalDate local = atOf[i].atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDate();
                long[] r = recognitionCells.computeIfAbsent(cellKey(branch, local), k -> new long[2]);
                synchronized (r) {
                    r[0]++;
                }
            }
            insertRows(c, "recognition (id, giver_user_id, message, visibility, created_at)", "(?,?,'Cảm ơn!','BRANCH',?)",
                    m, (ps, i, p) -> {
                        ps.setLong(p++, firstRecognition + i);
                        ps.setLong(p++, giver);
                        ps.setObject(p++, atOf[i]);
                        return p;
                    });
            insertRows(c, "recognition_recipient (recognition_id, employee_id, branch_id, created_at)", "(?,?,?,?)", m,
                    (ps, i, p) -> {
                        ps.setLong(p++, firstRecognition + i);
                        ps.setLong(p++, employeeOf[i]);
                        ps.setLong(p++, branchOf[i]);
                        ps.setObject(p++, atOf[i]);
                        return p;
                    });
            insertRows(c, "recognition_value (recognition_id, value_id)", "(?,?)", m, (ps, i, p) -> {
                ps.setLong(p++, firstRecognition + i);
                ps.setLong(p++, firstValue + (firstRecognition + i) % VALUES);
                return p;
            });
            c.commit();
        }
    }

    private long employeeOf(int branch, Random random) {
        return firstEmployee + branch + (long) BRANCHES * random.nextInt(STAFF / BRANCHES);
    }

    private long cellKey(int branch, LocalDate local) {
        return branch * 100_000L + local.getYear() * 12L + local.getMonthValue() - 1;
    }

    /** Adds this step's counts to the rollup tables (as the portal's events keep them). */
    private void writeRollups() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            List<java.util.Map.Entry<Long, long[]>> cells = List.copyOf(customerCells.entrySet());
            insertRows(c, "insights_customer_month (branch_id, month, promoters, passives, detractors, csat_n, csat_sum, "
                    + "csat_top2, ces_n, ces_sum)", "(?,?,?,?,?,?,?,?,?,?)", cells.size(), (ps, i, p) -> {
                        ps.setLong(p++, firstBranch + cells.get(i).getKey() / 100_000L);
                        ps.setString(p++, month(cells.get(i).getKey()));
                        for (long v : cells.get(i).getValue()) {
                            ps.setLong(p++, v);
                        }
                        return p;
                    }, " ON DUPLICATE KEY UPDATE promoters = promoters + VALUES(promoters), passives = passives + "
                    + "VALUES(passives), detractors = detractors + VALUES(detractors), csat_n = csat_n + VALUES(csat_n), "
                    + "csat_sum = csat_sum + VALUES(csat_sum), csat_top2 = csat_top2 + VALUES(csat_top2), "
                    + "ces_n = ces_n + VALUES(ces_n), ces_sum = ces_sum + VALUES(ces_sum)");
            List<java.util.Map.Entry<Long, long[]>> rec = List.copyOf(recognitionCells.entrySet());
            insertRows(c, "insights_recognition_month (branch_id, month, recognitions, praise)", "(?,?,?,?)", rec.size(),
                    (ps, i, p) -> {
                        ps.setLong(p++, firstBranch + rec.get(i).getKey() / 100_000L);
                        ps.setString(p++, month(rec.get(i).getKey()));
                        ps.setLong(p++, rec.get(i).getValue()[0]);
                        ps.setLong(p++, rec.get(i).getValue()[1]);
                        return p;
                    }, " ON DUPLICATE KEY UPDATE recognitions = recognitions + VALUES(recognitions), "
                    + "praise = praise + VALUES(praise)");
            customerCells.clear();
            recognitionCells.clear();
        }
    }

    private static String month(long key) {
        long m = key % 100_000L;
        return String.format("%04d-%02d", m / 12, m % 12 + 1);
    }

    /** Binds one row's values from parameter index p on; returns the next index. */
    private interface RowBinder {
        int bind(PreparedStatement ps, int row, int p) throws Exception;
    }

    private static void insertRows(Connection c, String table, String row, int n, RowBinder binder) throws Exception {
        insertRows(c, table, row, n, binder, "");
    }

    private static void insertRows(Connection c, String table, String row, int n, RowBinder binder, String suffix)
            throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
        }
        for (int from = 0; from < n; from += ROWS_PER_INSERT) {
            int count = Math.min(ROWS_PER_INSERT, n - from);
            String sql = "INSERT INTO " + table + " VALUES " + String.join(",", Collections.nCopies(count, row)) + suffix;
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int p = 1;
                for (int i = from; i < from + count; i++) {
                    p = binder.bind(ps, i, p);
                }
                ps.executeUpdate();
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("SET SESSION foreign_key_checks = 1, unique_checks = 1");
        }
    }

    /** The first id of generated rows (auto-increment ids of one session's inserts are consecutive). */
    private static long firstId(Statement s, String query) throws Exception {
        try (var rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
