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
        "logging.level.org.advocacy=warn", "app.db.time-limit.background=3600s"})
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

    private final Random random = new Random(14);
    private final LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
    private long firstBranch;
    private long firstEmployee;
    private long rows;

    @Test
    void boundedWorkAtEachSize() throws Exception {
        if (dsl.fetchCount(CUSTOMER_FEEDBACK) > 0) {
            throw new IllegalStateException("BoundedWorkBenchmark needs an empty database (a fresh DB_URL)");
        }
        generateOrganisation();
        System.out.printf("%nBounded work benchmark: %d branches, %d staff, feedback over %d months, sizes %s%n",
                BRANCHES, STAFF, MONTHS, SIZES);
        for (int size : SIZES) {
            long t = System.nanoTime();
            generateFeedback(size - rows);
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
                st.execute("ANALYZE TABLE employee, customer_feedback"); // fresh statistics, as a live database has
            }
            System.out.printf("%n== %,d feedback rows (generated in %,d ms) ==%n", rows, ms(t));
            measure();
        }
    }

    private void measure() throws Exception {
        // the hourly contact-erasure job: first run erases what became due; then nothing is due; then a fixed 1,000
        ContactErasureJob.Run first = erasure.eraseExpiredContacts(Clock.systemUTC());
        print("erasure job, backlog", first.totalMillis(), "%,d answers erased in %,d chunks, longest chunk %,d ms",
                first.erased(), first.chunks(), first.longestChunkMillis());
        ContactErasureJob.Run idle = erasure.eraseExpiredContacts(Clock.systemUTC());
        print("erasure job, nothing due", idle.totalMillis(), "%,d answers erased", idle.erased());
        insertFeedback(1000, true);
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
        int monthPraise = dsl.fetchCount(CUSTOMER_FEEDBACK, CUSTOMER_FEEDBACK.PRAISE_STATUS.eq("APPROVED")
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

    // --- data generator: plain JDBC multi-row inserts, streamed, one transaction per statement ---

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
            firstBranch = firstId(s, "SELECT MIN(id) FROM branch WHERE code LIKE 'B%'");
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
        }
    }

    private static final String[] NAMES = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường", "Phạm Thu Dung",
            "Hoàng Minh Đức", "Vũ Thị Giang", "Đặng Quốc Huy", "Bùi Thị Lan", "Đỗ Văn Minh", "Hồ Thị Ngọc"};

    private void generateFeedback(long n) throws Exception {
        for (long done = 0; done < n; done += 100_000) {
            insertFeedback((int) Math.min(100_000, n - done), false);
        }
    }

    /** Answers over the last 24 months; 2 % with contact details, 5 % approved praise. {@code due}: all old + contact. */
    private void insertFeedback(int n, boolean due) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            insertRows(c, "customer_feedback (branch_id, nps, employee_id, praise, contact_name, contact_phone, "
                    + "contact_consent, submitted_at, local_date, channel, praise_status, created_at)",
                    "(?,?,?,?,?,?,?,?,?,'api',?,?)", n, (ps, i, p) -> {
                        int branch = random.nextInt(BRANCHES);
                        LocalDateTime at = due ? now.minusDays(181 + random.nextInt(300))
                                : now.minusSeconds(random.nextLong(MONTHS * 30L * 86_400));
                        boolean contact = due || random.nextInt(50) == 0;
                        boolean praise = !due && random.nextInt(20) == 0;
                        ps.setLong(p++, firstBranch + branch);
                        ps.setInt(p++, random.nextInt(11));
                        ps.setObject(p++, praise ? firstEmployee + branch + (long) BRANCHES * random.nextInt(STAFF / BRANCHES)
                                : null);
                        ps.setString(p++, praise ? "Rất chu đáo" : null);
                        ps.setString(p++, contact ? "Khách" : null);
                        ps.setString(p++, contact ? "0901 000 000" : null);
                        ps.setBoolean(p++, contact);
                        ps.setObject(p++, at);
                        ps.setObject(p++, at.toLocalDate());
                        ps.setString(p++, praise ? "APPROVED" : null);
                        ps.setObject(p++, at);
                        return p;
                    });
            rows += n;
        }
    }

    /** Binds one row's values from parameter index p on; returns the next index. */
    private interface RowBinder {
        int bind(PreparedStatement ps, int row, int p) throws Exception;
    }

    private static void insertRows(Connection c, String table, String row, int n, RowBinder binder) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("SET SESSION foreign_key_checks = 0");
        }
        for (int from = 0; from < n; from += ROWS_PER_INSERT) {
            int count = Math.min(ROWS_PER_INSERT, n - from);
            String sql = "INSERT INTO " + table + " VALUES " + String.join(",", Collections.nCopies(count, row));
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int p = 1;
                for (int i = from; i < from + count; i++) {
                    p = binder.bind(ps, i, p);
                }
                ps.executeUpdate();
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("SET SESSION foreign_key_checks = 1");
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
