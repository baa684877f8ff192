package org.advocacy.insights;

import static org.advocacy.jooq.Tables.APP_USER;
import static org.advocacy.jooq.Tables.BRANCH;
import static org.advocacy.jooq.Tables.CUSTOMER_FEEDBACK;
import static org.advocacy.jooq.Tables.DEPARTMENT;
import static org.advocacy.jooq.Tables.EMPLOYEE;
import static org.advocacy.jooq.Tables.PULSE_ANSWER;
import static org.advocacy.jooq.Tables.PULSE_ANSWER_DRIVER;
import static org.advocacy.jooq.Tables.PULSE_DRIVER;
import static org.advocacy.jooq.Tables.PULSE_PROGRAM;
import static org.advocacy.jooq.Tables.PULSE_ROUND;
import static org.advocacy.jooq.Tables.RECOGNITION;
import static org.advocacy.jooq.Tables.RECOGNITION_RECIPIENT;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.advocacy.survey.AnonymityRules;
import org.advocacy.survey.Cadence;
import org.advocacy.survey.Driver;
import org.advocacy.survey.ProgramStatus;
import org.advocacy.survey.ReleaseBuilder;
import org.advocacy.survey.RoundStatus;
import org.advocacy.survey.TenureBand;
import org.advocacy.survey.internal.ReleaseRepository;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The insights benchmark's data set: branches ("BMX…"), 50 staff each, one weekly-ish pulse program whose closed rounds
 * are answered by the staff (at most once per round, as the participation rule allows), customer answers and
 * recognition, over {@link #MONTHS} months ending with the current one. Each branch has a hidden culture level per
 * month that moves its staff scores and, a month later, its customers' scores.
 *
 * <p>Each round's release is computed from the counts of the answers just generated (kept in memory per branch,
 * department and tenure band: exactly what {@code ReleaseRepository.atoms} would read back) and stored by the
 * product's {@link ReleaseRepository#insert}, at every level the product stores, each cell released when it has at
 * least k answers. Complementary suppression is left out by default: the product's {@link ReleaseBuilder} took 18 s
 * per round of 1,000 branches on the shared machine (112 rounds), and {@code PulseReleases.releaseRound}'s read-back
 * of 45,000 answers a minute more; {@code -Dbench.productReleases=true} uses the ReleaseBuilder. The staff figures
 * read are the same kind of rows either way (branch cells, a few hidden).
 *
 * <p>Everything is written with streamed JDBC batches of {@link #BATCH} rows, one transaction each, never held in
 * memory as a whole; customer answers in a second thread. Deterministic for a given size (apart from thread timing).
 */
final class InsightsBenchmarkData {

    static final String PREFIX = "BMX";
    static final String PROGRAM = "Bench pulse";
    static final int MONTHS = 24;
    static final int STAFF_PER_BRANCH = 50;
    static final int BATCH = 5000;
    static final List<String> DRIVERS = List.of("recognition", "growth");
    /** {@code -Dbench.productReleases=true}: the product's ReleaseBuilder (complementary suppression too; slow). */
    static final boolean PRODUCT_RELEASES = Boolean.getBoolean("bench.productReleases");
    /**
     * Rows made by the database itself ({@code INSERT … SELECT} over MariaDB's SEQUENCE engine), not sent from here:
     * the default, about ten times faster than the streamed batches ({@code -Dbench.serverSide=false}), which wrote
     * only 2,000 customer answers a second on a shared machine.
     */
    static final boolean SERVER_SIDE = !"false".equals(System.getProperty("bench.serverSide"));

    record Sizes(int branches, long customer, long pulse, long recognitions) {
    }

    private final DSLContext dsl;
    private final ReleaseRepository releases;
    private final AnonymityRules rules;
    private final Sizes sizes;
    private final Random random = new Random(42);
    private double[][] culture;

    InsightsBenchmarkData(DSLContext dsl, ReleaseRepository releases, AnonymityRules rules, Sizes sizes) {
        this.dsl = dsl;
        this.releases = releases;
        this.rules = rules;
        this.sizes = sizes;
    }

    /**
     * The benchmark branches of a data set an earlier run generated completely (its pulse program is marked ENDED as
     * the last step), to be reused; empty otherwise.
     */
    static List<Long> existing(DSLContext dsl) {
        if (!dsl.fetchExists(PULSE_PROGRAM, PULSE_PROGRAM.NAME.eq(PROGRAM).and(PULSE_PROGRAM.STATUS.eq(ProgramStatus.ENDED)))) {
            return List.of();
        }
        return branches(dsl);
    }

    private static List<Long> branches(DSLContext dsl) {
        return dsl.select(BRANCH.ID).from(BRANCH).where(BRANCH.CODE.startsWith(PREFIX)).orderBy(BRANCH.ID).fetch(BRANCH.ID);
    }

    List<Long> generate() {
        LocalDateTime now = LocalDateTime.now();
        YearMonth first = YearMonth.now().minusMonths(MONTHS - 1L);
        long t = System.nanoTime();
        List<Object[]> rows = new ArrayList<>();
        for (int b = 0; b < sizes.branches(); b++) {
            rows.add(new Object[] {PREFIX + b, "Bench branch " + b, "City " + (b % 40), region(b), now, now});
        }
        batch(BRANCH, List.of(BRANCH.CODE, BRANCH.NAME, BRANCH.CITY, BRANCH.REGION, BRANCH.CREATED_AT,
                BRANCH.UPDATED_AT), rows);
        List<Long> branches = branches(dsl);
        culture = new double[branches.size()][MONTHS + 1];
        for (int b = 0; b < branches.size(); b++) {
            double base = random.nextGaussian();
            for (int m = 0; m <= MONTHS; m++) {
                culture[b][m] = base + 0.4 * random.nextGaussian();
            }
        }
        // staff: departments of the organisation, hire dates over ten years
        var departments = dsl.select(DEPARTMENT.ID, DEPARTMENT.NAME).from(DEPARTMENT).orderBy(DEPARTMENT.ID).fetch();
        int staffCount = branches.size() * STAFF_PER_BRANCH;
        long[] staffBranch = new long[staffCount];
        int[] staffBranchIndex = new int[staffCount];
        String[] staffDepartment = new String[staffCount];
        LocalDate[] hired = new LocalDate[staffCount];
        Stream staff = new Stream(EMPLOYEE, List.of(EMPLOYEE.FULL_NAME, EMPLOYEE.EMAIL, EMPLOYEE.BRANCH_ID,
                EMPLOYEE.DEPARTMENT_ID, EMPLOYEE.JOB_TITLE, EMPLOYEE.HIRE_DATE, EMPLOYEE.CREATED_AT, EMPLOYEE.UPDATED_AT));
        for (int s = 0; s < staffCount; s++) {
            int b = s / STAFF_PER_BRANCH;
            var d = departments.get(random.nextInt(departments.size()));
            staffBranch[s] = branches.get(b);
            staffBranchIndex[s] = b;
            staffDepartment[s] = d.value2();
            hired[s] = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(3650));
            staff.add("Bench staff " + s, "s" + s + "@bench.invalid", staffBranch[s], d.value1(), "Staff", hired[s], now,
                    now);
        }
        staff.flush();
        List<Long> employees = dsl.select(EMPLOYEE.ID).from(EMPLOYEE).where(EMPLOYEE.EMAIL.endsWith("@bench.invalid"))
                .orderBy(EMPLOYEE.ID).fetch(EMPLOYEE.ID);
        System.out.printf("generated %d branches and %,d staff in %.1f s%n", branches.size(), staffCount, secs(t));

        if (SERVER_SIDE) {
            ServerSide server = new ServerSide(branches, employees);
            server.customers(first);
            server.pulse(first, now, staffCount);
            server.recognition(first);
            server.drop();
        } else {
            // customers in a second thread: the two streams share the machine's cores with the database
            java.util.concurrent.CompletableFuture<Void> customerRows = java.util.concurrent.CompletableFuture.runAsync(
                    () -> customers(first, branches, new Random(7)));
            pulse(first, now, staffCount, staffBranch, staffBranchIndex, staffDepartment, hired);
            recognition(first, branches, employees);
            customerRows.join();
        }
        dsl.update(PULSE_PROGRAM).set(PULSE_PROGRAM.STATUS, ProgramStatus.ENDED).where(PULSE_PROGRAM.NAME.eq(PROGRAM)).execute();
        return branches;
    }

    /**
     * Closed rounds of one program, each answered by a random part of the staff (participation so that the answers add
     * up to the requested size), each released right after its answers are stored.
     */
    private void pulse(YearMonth first, LocalDateTime now, int staffCount, long[] staffBranch, int[] staffBranchIndex,
            String[] staffDepartment, LocalDate[] hired) {
        long t = System.nanoTime();
        LocalDate start = first.atDay(1);
        LocalDate end = YearMonth.now().atDay(1).minusDays(1); // every round closes before this month
        int rounds = (int) Math.max(MONTHS - 1, Math.ceil(sizes.pulse() / (staffCount * 0.95)));
        double participation = Math.min(1.0, sizes.pulse() / ((double) rounds * staffCount));
        long program = program(start, now, rounds);
        long days = end.toEpochDay() - start.toEpochDay();
        long answers = 0;
        long releaseNanos = 0;
        Stream answerRows = new Stream(PULSE_ANSWER, List.of(PULSE_ANSWER.ID, PULSE_ANSWER.ROUND_ID,
                PULSE_ANSWER.ANSWERED_ON, PULSE_ANSWER.PERIOD_MONTH, PULSE_ANSWER.BRANCH_ID, PULSE_ANSWER.DEPARTMENT,
                PULSE_ANSWER.TENURE_BAND, PULSE_ANSWER.SCORE, PULSE_ANSWER.IMPORTED));
        // driver rows go out right after their answers' batch (foreign key), never on their own
        Stream driverRows = new Stream(PULSE_ANSWER_DRIVER, List.of(PULSE_ANSWER_DRIVER.ANSWER_ID,
                PULSE_ANSWER_DRIVER.DRIVER_CODE, PULSE_ANSWER_DRIVER.SCORE), Integer.MAX_VALUE);
        answerRows.then(driverRows);
        for (int r = 0; r < rounds; r++) {
            LocalDate close = start.plusDays(2 + (days - 2) * (r + 1) / rounds);
            LocalDate open = close.minusDays(2);
            int month = (int) java.time.temporal.ChronoUnit.MONTHS.between(first, YearMonth.from(close));
            long round = dsl.insertInto(PULSE_ROUND).set(PULSE_ROUND.PROGRAM_ID, program)
                    .set(PULSE_ROUND.OPENS_AT, open.atTime(1, 0)).set(PULSE_ROUND.CLOSES_AT, close.atTime(16, 0))
                    .set(PULSE_ROUND.CLOSE_DATE, close).set(PULSE_ROUND.STATUS, RoundStatus.CLOSED).set(PULSE_ROUND.INVITED, staffCount)
                    .set(PULSE_ROUND.REMINDED_OPEN, true).set(PULSE_ROUND.REMINDED_CLOSE, true)
                    .returningResult(PULSE_ROUND.ID).fetchOne(PULSE_ROUND.ID);
            String periodMonth = YearMonth.from(close).toString();
            java.util.Map<String, Object[]> atoms = new java.util.HashMap<>(); // key → {branch index, dept, tenure, int[3], Map}
            for (int s = 0; s < staffCount; s++) {
                if (random.nextDouble() >= participation) {
                    continue;
                }
                double c = culture[staffBranchIndex[s]][month];
                String id = new UUID(random.nextLong(), random.nextLong()).toString();
                String tenure = TenureBand.of(hired[s], close);
                int score = score(7.2 + 1.6 * c, 1.8);
                answerRows.add(id, round, open.plusDays(random.nextInt(3)), periodMonth, staffBranch[s],
                        staffDepartment[s], tenure, score, false);
                int staffIndex = s;
                Object[] atom = atoms.computeIfAbsent(staffBranch[s] + "|" + staffDepartment[s] + "|" + tenure,
                        x -> new Object[] {staffIndex, new int[3], new java.util.HashMap<String, int[]>()});
                ((int[]) atom[1])[score >= 9 ? 0 : score >= 7 ? 1 : 2]++;
                for (String code : DRIVERS) {
                    int driverScore = (int) Math.max(1, Math.min(5, Math.round(3.4 + 0.7 * c + random.nextGaussian())));
                    driverRows.add(id, code, driverScore);
                    @SuppressWarnings("unchecked")
                    java.util.Map<String, int[]> byCode = (java.util.Map<String, int[]>) atom[2];
                    byCode.computeIfAbsent(code, x -> new int[5])[driverScore - 1]++;
                }
                answers++;
            }
            answerRows.flush();
            driverRows.flush();
            long rs = System.nanoTime();
            List<ReleaseBuilder.Atom> roundAtoms = new ArrayList<>();
            for (Object[] a : atoms.values()) {
                int s = (Integer) a[0];
                int[] counts = (int[]) a[1];
                @SuppressWarnings("unchecked")
                java.util.Map<String, int[]> byCode = (java.util.Map<String, int[]>) a[2];
                roundAtoms.add(new ReleaseBuilder.Atom(staffBranch[s], region(staffBranchIndex[s]), staffDepartment[s],
                        TenureBand.of(hired[s], close), counts[0], counts[1], counts[2], byCode));
            }
            List<ReleaseBuilder.Cell> cells = PRODUCT_RELEASES ? new ReleaseBuilder(rules).build(roundAtoms, DRIVERS)
                    : minGroupCells(roundAtoms, rules.k());
            inTransaction(() -> releases.insert(round, null, program, periodMonth, close, rules.k(),
                    rules.commentMinimum(), now, cells));
            releaseNanos += System.nanoTime() - rs;
            if ((r + 1) % 20 == 0 || r < 2) {
                System.out.printf("  %d rounds, %,d answers after %.0f s (releases %.0f s)%n", r + 1, answers, secs(t),
                        releaseNanos / 1e9);
            }
        }
        System.out.printf("generated %,d pulse answers (%d drivers each) in %d closed rounds, their releases "
                + "computed and stored (%.1f s of it), in %.1f s%n", answers, DRIVERS.size(), rounds, releaseNanos / 1e9,
                secs(t));
    }

    /** The benchmark's pulse program (paused until the data set is complete) with its drivers. */
    private long program(LocalDate start, LocalDateTime now, int rounds) {
        long program = dsl.insertInto(PULSE_PROGRAM).set(PULSE_PROGRAM.NAME, PROGRAM)
                .set(PULSE_PROGRAM.CADENCE, Cadence.WEEKLY).set(PULSE_PROGRAM.WINDOW_DAYS, 3)
                .set(PULSE_PROGRAM.AUDIENCE_ALL, true).set(PULSE_PROGRAM.WITH_COMMENT, false)
                .set(PULSE_PROGRAM.STATUS, ProgramStatus.PAUSED).set(PULSE_PROGRAM.START_ON, start)
                .set(PULSE_PROGRAM.ROUNDS_PLANNED, rounds).set(PULSE_PROGRAM.CREATED_BY, "benchmark")
                .set(PULSE_PROGRAM.CREATED_AT, now).set(PULSE_PROGRAM.UPDATED_AT, now)
                .returningResult(PULSE_PROGRAM.ID).fetchOne(PULSE_PROGRAM.ID);
        int position = 0;
        for (String code : DRIVERS) {
            Driver d = Driver.LIBRARY.stream().filter(x -> x.code().equals(code)).findFirst()
                    .orElse(new Driver(code, code, code));
            dsl.insertInto(PULSE_DRIVER).set(PULSE_DRIVER.PROGRAM_ID, program).set(PULSE_DRIVER.POSITION, position++)
                    .set(PULSE_DRIVER.CODE, code).set(PULSE_DRIVER.TEXT_EN, d.textEn()).set(PULSE_DRIVER.TEXT_VI, d.textVi())
                    .execute();
        }
        return program;
    }

    private void customers(YearMonth first, List<Long> branches, Random random) {
        long t = System.nanoTime();
        LocalDate today = LocalDate.now();
        Stream rows = new Stream(CUSTOMER_FEEDBACK, List.of(CUSTOMER_FEEDBACK.BRANCH_ID, CUSTOMER_FEEDBACK.NPS,
                CUSTOMER_FEEDBACK.CSAT, CUSTOMER_FEEDBACK.CES, CUSTOMER_FEEDBACK.SUBMITTED_AT,
                CUSTOMER_FEEDBACK.LOCAL_DATE, CUSTOMER_FEEDBACK.CHANNEL, CUSTOMER_FEEDBACK.CREATED_AT,
                CUSTOMER_FEEDBACK.PRAISE, CUSTOMER_FEEDBACK.PRAISE_STATUS));
        for (long i = 0; i < sizes.customer(); i++) {
            int b = random.nextInt(branches.size());
            int m = random.nextInt(MONTHS);
            YearMonth ym = first.plusMonths(m);
            LocalDate day = ym.atDay(1 + random.nextInt(ym.equals(YearMonth.from(today)) ? today.getDayOfMonth()
                    : 28));
            LocalDateTime at = day.atTime(3, 0);
            // customers follow the branch's culture of the month before (the planted one-month lead)
            double c = culture[b][Math.max(0, m - 1)];
            short nps = (short) Math.max(0, Math.min(10, Math.round(7.6 + 1.3 * c + 2.0 * random.nextGaussian())));
            boolean praised = random.nextInt(50) == 0;
            rows.add(branches.get(b), nps, random.nextBoolean() ? (short) (1 + random.nextInt(5)) : null,
                    random.nextBoolean() ? (short) (1 + random.nextInt(7)) : null, at, day, "api", at,
                    praised ? "Nhân viên rất chu đáo" : null, praised ? org.advocacy.feedback.PraiseStatus.APPROVED : null);
            if ((i + 1) % 2_000_000 == 0) {
                System.out.printf("  %,d customer answers after %.0f s%n", i + 1, secs(t));
            }
        }
        rows.flush();
        System.out.printf("generated %,d customer answers in %.1f s%n", sizes.customer(), secs(t));
    }

    private void recognition(YearMonth first, List<Long> branches, List<Long> employees) {
        long t = System.nanoTime();
        long giver = dsl.select(APP_USER.ID).from(APP_USER).orderBy(APP_USER.ID).limit(1).fetchOne(APP_USER.ID);
        long firstId = dsl.select(DSL.coalesce(DSL.max(RECOGNITION.ID), 0L)).from(RECOGNITION).fetchOne().value1() + 1;
        Stream rows = new Stream(RECOGNITION, List.of(RECOGNITION.ID, RECOGNITION.GIVER_USER_ID, RECOGNITION.MESSAGE,
                RECOGNITION.VISIBILITY, RECOGNITION.CREATED_AT));
        Stream recipients = new Stream(RECOGNITION_RECIPIENT, List.of(RECOGNITION_RECIPIENT.RECOGNITION_ID,
                RECOGNITION_RECIPIENT.EMPLOYEE_ID, RECOGNITION_RECIPIENT.BRANCH_ID, RECOGNITION_RECIPIENT.CREATED_AT),
                Integer.MAX_VALUE);
        rows.then(recipients);
        for (long i = 0; i < sizes.recognitions(); i++) {
            int e = random.nextInt(employees.size());
            LocalDateTime at = first.plusMonths(random.nextInt(MONTHS - 1)).atDay(1 + random.nextInt(28)).atTime(4, 0);
            rows.add(firstId + i, giver, "Bench", "BRANCH", at);
            recipients.add(firstId + i, employees.get(e), branches.get(e / STAFF_PER_BRANCH), at);
        }
        rows.flush();
        System.out.printf("generated %,d recognitions in %.1f s%n", sizes.recognitions(), secs(t));
    }

    /**
     * The release cells of a round's atoms at every level the product stores, each released when it has at least k
     * answers (min-group rule); complementary suppression is left out (see the class comment).
     */
    static List<ReleaseBuilder.Cell> minGroupCells(List<ReleaseBuilder.Atom> atoms, int k) {
        java.util.Map<ReleaseBuilder.Key, int[]> counts = new java.util.LinkedHashMap<>();
        java.util.Map<ReleaseBuilder.Key, java.util.Map<String, int[]>> drivers = new java.util.HashMap<>();
        for (ReleaseBuilder.Atom a : atoms) {
            String dept = a.department() == null ? "" : a.department();
            String tenure = a.tenure() == null ? "" : a.tenure();
            for (ReleaseBuilder.Key key : List.of(ReleaseBuilder.Key.company(), ReleaseBuilder.Key.region(a.region()),
                    ReleaseBuilder.Key.branch(a.region(), a.branchId()),
                    ReleaseBuilder.Key.branchDepartment(a.region(), a.branchId(), dept),
                    ReleaseBuilder.Key.department(dept), ReleaseBuilder.Key.tenure(tenure))) {
                int[] c = counts.computeIfAbsent(key, x -> new int[3]);
                c[0] += a.promoters();
                c[1] += a.passives();
                c[2] += a.detractors();
                var byCode = drivers.computeIfAbsent(key, x -> new java.util.HashMap<>());
                a.drivers().forEach((code, dist) -> {
                    int[] d = byCode.computeIfAbsent(code, x -> new int[5]);
                    for (int i = 0; i < 5; i++) {
                        d[i] += dist[i];
                    }
                });
            }
        }
        List<ReleaseBuilder.Cell> out = new ArrayList<>();
        counts.forEach((key, c) -> {
            int n = c[0] + c[1] + c[2];
            java.util.Map<String, ReleaseBuilder.DriverCell> cellDrivers = new java.util.TreeMap<>();
            drivers.get(key).forEach((code, d) -> {
                int dn = d[0] + d[1] + d[2] + d[3] + d[4];
                cellDrivers.put(code, new ReleaseBuilder.DriverCell(dn, d, dn >= k, dn >= k ? null : ReleaseBuilder.MIN_GROUP));
            });
            out.add(new ReleaseBuilder.Cell(key, n, c[0], c[1], c[2], n >= k, n >= k ? null : ReleaseBuilder.MIN_GROUP,
                    false, cellDrivers));
        });
        return out;
    }

    private void inTransaction(Runnable work) {
        dsl.transaction(cfg -> work.run());
    }

    private static String region(int branchIndex) {
        return "Region " + (branchIndex % 7);
    }

    private int score(double mean, double sd) {
        return (int) Math.max(0, Math.min(10, Math.round(mean + sd * random.nextGaussian())));
    }

    private static double secs(long t) {
        return (System.nanoTime() - t) / 1e9;
    }

    private void batch(Table<?> table, List<Field<?>> fields, List<Object[]> rows) {
        Stream s = new Stream(table, fields);
        rows.forEach(s::add);
        s.flush();
    }

    /** A streamed JDBC batch insert: rows are bound to one prepared statement and sent every {@link #BATCH} rows. */
    private final class Stream {
        private final Table<?> table;
        private final List<Field<?>> fields;
        private final int capacity;
        private final List<Object[]> pending = new ArrayList<>(BATCH);
        private Stream next;

        Stream(Table<?> table, List<Field<?>> fields) {
            this(table, fields, BATCH);
        }

        Stream(Table<?> table, List<Field<?>> fields, int capacity) {
            this.table = table;
            this.fields = fields;
            this.capacity = capacity;
        }

        /** Rows that reference this stream's rows: flushed right after each of its batches. */
        void then(Stream dependent) {
            this.next = dependent;
        }

        void add(Object... values) {
            pending.add(values);
            if (pending.size() == capacity) {
                flush();
            }
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            var insert = dsl.insertInto(table).columns(fields).values(Collections.nCopies(fields.size(), (Object) null));
            var batch = dsl.batch(insert);
            for (Object[] row : pending) {
                batch = batch.bind(row);
            }
            var ready = batch;
            dsl.transaction(cfg -> ready.execute()); // one commit per batch, not per row
            pending.clear();
            if (next != null) {
                next.flush();
            }
        }
    }

    /**
     * The same data set made by the database: each statement is an {@code INSERT … SELECT} over a SEQUENCE table
     * ({@code seq_1_to_N}) or over the benchmark's staff, joined to a small table of the branches' culture per month;
     * random parts come from {@code RAND()} (normal deviates by Box–Muller). Each round's release is computed from the
     * answers read back by the product's {@link ReleaseRepository#atoms} and stored as in the streamed path.
     */
    private final class ServerSide {
        private static final Table<?> CULTURE = DSL.table(DSL.name("bench_culture"));
        private static final Field<Long> C_BRANCH = DSL.field(DSL.name("bench_culture", "branch_id"), Long.class);
        private static final Field<Integer> C_MONTH = DSL.field(DSL.name("bench_culture", "month_index"), Integer.class);
        private static final Field<Double> C_VALUE = DSL.field(DSL.name("bench_culture", "culture"), Double.class);
        private static final Table<?> STAFF = DSL.table(DSL.name("bench_staff"));
        private static final Field<Integer> S_INDEX = DSL.field(DSL.name("bench_staff", "idx"), Integer.class);
        private static final Field<Long> S_EMPLOYEE = DSL.field(DSL.name("bench_staff", "employee_id"), Long.class);
        private static final Field<Long> S_BRANCH = DSL.field(DSL.name("bench_staff", "branch_id"), Long.class);
        /** The SEQUENCE table's column (unsigned there: signed here, so that differences may go below zero). */
        private static final Field<Long> SEQ = DSL.field(DSL.name("seq"), Long.class).cast(Long.class);
        private static final int CHUNK = 500_000;
        /** Secondary indexes of the customer answers that no foreign key needs (dropped while a large set is written). */
        private static final java.util.Set<String> REBUILT_INDEXES = java.util.Set.of("ix_customer_feedback_branch_date",
                "ix_customer_feedback_duplicate", "ix_customer_feedback_contact_due", "ix_customer_feedback_praise_time",
                "ix_customer_feedback_praise_recent", "uq_customer_feedback_submission");

        private final List<Long> branches;
        private final List<Long> employees;

        ServerSide(List<Long> branches, List<Long> employees) {
            this.branches = branches;
            this.employees = employees;
            drop();
            dsl.createTable(CULTURE).column(DSL.name("branch_id"), org.jooq.impl.SQLDataType.BIGINT.notNull())
                    .column(DSL.name("month_index"), org.jooq.impl.SQLDataType.INTEGER.notNull())
                    .column(DSL.name("culture"), org.jooq.impl.SQLDataType.DOUBLE.notNull())
                    .primaryKey(DSL.name("branch_id"), DSL.name("month_index")).execute();
            List<Object[]> rows = new ArrayList<>();
            for (int b = 0; b < branches.size(); b++) {
                for (int m = 0; m <= MONTHS; m++) {
                    rows.add(new Object[] {branches.get(b), m, culture[b][m]});
                }
            }
            batch(CULTURE, List.of(C_BRANCH, C_MONTH, C_VALUE), rows);
            dsl.createTable(STAFF).column(DSL.name("idx"), org.jooq.impl.SQLDataType.INTEGER.notNull())
                    .column(DSL.name("employee_id"), org.jooq.impl.SQLDataType.BIGINT.notNull())
                    .column(DSL.name("branch_id"), org.jooq.impl.SQLDataType.BIGINT.notNull())
                    .primaryKey(DSL.name("idx")).execute();
            rows.clear();
            for (int e = 0; e < employees.size(); e++) {
                rows.add(new Object[] {e, employees.get(e), branches.get(e / STAFF_PER_BRANCH)});
            }
            batch(STAFF, List.of(S_INDEX, S_EMPLOYEE, S_BRANCH), rows);
        }

        void drop() {
            dsl.dropTableIfExists(CULTURE).execute();
            dsl.dropTableIfExists(STAFF).execute();
        }

        /** A standard normal deviate per row (Box–Muller over two RAND() calls). */
        private Field<java.math.BigDecimal> gauss() {
            return DSL.sqrt(DSL.inline(-2.0).mul(DSL.ln(DSL.inline(1.0).minus(DSL.rand()))))
                    .mul(DSL.cos(DSL.inline(2 * Math.PI).mul(DSL.rand())));
        }

        private Field<java.math.BigDecimal> clamp(Field<? extends Number> value, int low, int high) {
            return DSL.greatest(DSL.inline(java.math.BigDecimal.valueOf(low)),
                    DSL.least(DSL.inline(java.math.BigDecimal.valueOf(high)), DSL.round(value.cast(java.math.BigDecimal.class))));
        }

        private Table<?> sequence(long n) {
            return DSL.table(DSL.name("seq_1_to_" + n));
        }

        /**
         * Customer answers, an equal share per branch, spread over the months (seq mod MONTHS) and days; customers
         * follow the branch's culture of the month before (the planted one-month lead), as in the streamed path.
         */
        void customers(YearMonth first) {
            long t = System.nanoTime();
            LocalDate today = LocalDate.now();
            long perBranch = Math.max(1, sizes.customer() / branches.size());
            Field<Long> month = SEQ.mod(MONTHS);
            Field<Long> day = DSL.floor(SEQ.div(MONTHS)).cast(Long.class).mod(DSL.when(month.eq((long) MONTHS - 1), DSL.inline((long) today.getDayOfMonth()))
                    .otherwise(28L));
            Field<LocalDate> date = DSL.localDateAdd(DSL.localDateAdd(DSL.inline(first.atDay(1)), month, org.jooq.DatePart.MONTH),
                    day, org.jooq.DatePart.DAY);
            Field<LocalDateTime> at = DSL.localDateTimeAdd(DSL.localDateTimeAdd(DSL.inline(first.atDay(1).atTime(3, 0)), month,
                    org.jooq.DatePart.MONTH), day, org.jooq.DatePart.DAY);
            Field<java.math.BigDecimal> nps = clamp(DSL.inline(7.6).plus(DSL.inline(1.3).mul(C_VALUE))
                    .plus(DSL.inline(2.0).mul(gauss())), 0, 10);
            Field<Long> csat = DSL.when(DSL.rand().lt(java.math.BigDecimal.valueOf(0.5)), DSL.inline(1L).plus(DSL.floor(DSL.rand().mul(5)).cast(Long.class)));
            Field<Long> ces = DSL.when(DSL.rand().lt(java.math.BigDecimal.valueOf(0.5)), DSL.inline(1L).plus(DSL.floor(DSL.rand().mul(7)).cast(Long.class)));
            Field<String> praise = DSL.when(SEQ.mod(50).eq(0L), DSL.inline("Nhân viên rất chu đáo"));
            Field<String> status = DSL.when(SEQ.mod(50).eq(0L), DSL.inline("APPROVED"));
            // at a large size the secondary indexes are built once after the rows, not row by row (as BoundedWorkBenchmark)
            boolean big = sizes.customer() >= 2_000_000;
            List<org.jooq.Index> rebuilt = CUSTOMER_FEEDBACK.getIndexes().stream()
                    .filter(i -> REBUILT_INDEXES.contains(i.getName())).toList();
            if (big) {
                rebuilt.forEach(i -> dsl.dropIndexIfExists(i.getUnqualifiedName()).on(CUSTOMER_FEEDBACK).execute());
            }
            long done = 0;
            for (Long branch : branches) {
                dsl.insertInto(CUSTOMER_FEEDBACK).columns(List.<Field<?>>of(CUSTOMER_FEEDBACK.BRANCH_ID, CUSTOMER_FEEDBACK.NPS,
                                CUSTOMER_FEEDBACK.CSAT, CUSTOMER_FEEDBACK.CES, CUSTOMER_FEEDBACK.SUBMITTED_AT,
                                CUSTOMER_FEEDBACK.LOCAL_DATE, CUSTOMER_FEEDBACK.CHANNEL, CUSTOMER_FEEDBACK.CREATED_AT,
                                CUSTOMER_FEEDBACK.PRAISE, CUSTOMER_FEEDBACK.PRAISE_STATUS))
                        .select(DSL.select(DSL.inline(branch), nps, csat, ces, at, date, DSL.inline("api"), at, praise, status)
                                .from(sequence(perBranch)).join(CULTURE).on(C_BRANCH.eq(branch)
                                        .and(C_MONTH.eq(DSL.greatest(DSL.inline(0L), month.minus(1L)).cast(Integer.class)))))
                        .execute();
                done += perBranch;
                if (done % 2_000_000 < perBranch) {
                    System.out.printf("  %,d customer answers after %.0f s%n", done, secs(t));
                }
            }
            if (big) {
                long ti = System.nanoTime();
                for (org.jooq.Index i : rebuilt) {
                    (i.getUnique() ? dsl.createUniqueIndex(i.getUnqualifiedName()) : dsl.createIndex(i.getUnqualifiedName()))
                            .on(CUSTOMER_FEEDBACK, i.getFields()).execute();
                }
                System.out.printf("  (%d secondary indexes built in %.1f s)%n", rebuilt.size(), secs(ti));
            }
            System.out.printf("generated %,d customer answers in %.1f s (server side)%n", done, secs(t));
        }

        /** Closed rounds answered by a random part of the staff, each released right after its answers. */
        void pulse(YearMonth first, LocalDateTime now, int staffCount) {
            long t = System.nanoTime();
            LocalDate start = first.atDay(1);
            LocalDate end = YearMonth.now().atDay(1).minusDays(1);
            int rounds = (int) Math.max(MONTHS - 1, Math.ceil(sizes.pulse() / (staffCount * 0.95)));
            double participation = Math.min(1.0, sizes.pulse() / ((double) rounds * staffCount));
            long program = program(start, now, rounds);
            long days = end.toEpochDay() - start.toEpochDay();
            long answers = 0;
            long releaseNanos = 0;
            for (int r = 0; r < rounds; r++) {
                LocalDate close = start.plusDays(2 + (days - 2) * (r + 1) / rounds);
                LocalDate open = close.minusDays(2);
                int month = (int) java.time.temporal.ChronoUnit.MONTHS.between(first, YearMonth.from(close));
                long round = dsl.insertInto(PULSE_ROUND).set(PULSE_ROUND.PROGRAM_ID, program)
                        .set(PULSE_ROUND.OPENS_AT, open.atTime(1, 0)).set(PULSE_ROUND.CLOSES_AT, close.atTime(16, 0))
                        .set(PULSE_ROUND.CLOSE_DATE, close).set(PULSE_ROUND.STATUS, RoundStatus.CLOSED).set(PULSE_ROUND.INVITED, staffCount)
                        .set(PULSE_ROUND.REMINDED_OPEN, true).set(PULSE_ROUND.REMINDED_CLOSE, true)
                        .returningResult(PULSE_ROUND.ID).fetchOne(PULSE_ROUND.ID);
                String periodMonth = YearMonth.from(close).toString();
                // the tenure band on the close date, as TenureBand.of: full years since hiring
                Field<String> tenure = DSL.when(EMPLOYEE.HIRE_DATE.gt(close.minusYears(1)), DSL.inline(TenureBand.UNDER_1))
                        .when(EMPLOYEE.HIRE_DATE.gt(close.minusYears(3)), DSL.inline(TenureBand.ONE_TO_3))
                        .otherwise(DSL.inline(TenureBand.OVER_3));
                Field<java.math.BigDecimal> score = clamp(DSL.inline(7.2).plus(DSL.inline(1.6).mul(C_VALUE))
                        .plus(DSL.inline(1.8).mul(gauss())), 0, 10);
                Field<LocalDate> answeredOn = DSL.localDateAdd(DSL.inline(open), DSL.floor(DSL.rand().mul(3)).cast(Long.class),
                        org.jooq.DatePart.DAY);
                int stored = dsl.insertInto(PULSE_ANSWER).columns(List.<Field<?>>of(PULSE_ANSWER.ID, PULSE_ANSWER.ROUND_ID,
                                PULSE_ANSWER.ANSWERED_ON, PULSE_ANSWER.PERIOD_MONTH, PULSE_ANSWER.BRANCH_ID,
                                PULSE_ANSWER.DEPARTMENT, PULSE_ANSWER.TENURE_BAND, PULSE_ANSWER.SCORE, PULSE_ANSWER.IMPORTED))
                        .select(DSL.select(DSL.uuid().cast(String.class), DSL.inline(round), answeredOn, DSL.inline(periodMonth),
                                        EMPLOYEE.BRANCH_ID, DEPARTMENT.NAME, tenure, score, DSL.inline(false))
                                .from(EMPLOYEE).join(DEPARTMENT).on(DEPARTMENT.ID.eq(EMPLOYEE.DEPARTMENT_ID))
                                .join(CULTURE).on(C_BRANCH.eq(EMPLOYEE.BRANCH_ID).and(C_MONTH.eq(month)))
                                .where(EMPLOYEE.EMAIL.endsWith("@bench.invalid")).and(DSL.rand().lt(java.math.BigDecimal.valueOf(participation))))
                        .execute();
                for (String code : DRIVERS) {
                    Field<java.math.BigDecimal> rating = clamp(DSL.inline(3.4).plus(DSL.inline(0.7).mul(C_VALUE))
                            .plus(gauss()), 1, 5);
                    dsl.insertInto(PULSE_ANSWER_DRIVER).columns(List.<Field<?>>of(PULSE_ANSWER_DRIVER.ANSWER_ID, PULSE_ANSWER_DRIVER.DRIVER_CODE,
                                    PULSE_ANSWER_DRIVER.SCORE, PULSE_ANSWER_DRIVER.ROUND_ID, PULSE_ANSWER_DRIVER.PERIOD_MONTH,
                                    PULSE_ANSWER_DRIVER.BRANCH_ID, PULSE_ANSWER_DRIVER.DEPARTMENT, PULSE_ANSWER_DRIVER.TENURE_BAND))
                            .select(DSL.select(PULSE_ANSWER.ID, DSL.inline(code), rating, PULSE_ANSWER.ROUND_ID,
                                            PULSE_ANSWER.PERIOD_MONTH, PULSE_ANSWER.BRANCH_ID, PULSE_ANSWER.DEPARTMENT,
                                            PULSE_ANSWER.TENURE_BAND)
                                    .from(PULSE_ANSWER).join(CULTURE).on(C_BRANCH.eq(PULSE_ANSWER.BRANCH_ID).and(C_MONTH.eq(month)))
                                    .where(PULSE_ANSWER.ROUND_ID.eq(round)))
                            .execute();
                }
                answers += stored;
                long rs = System.nanoTime();
                List<ReleaseBuilder.Atom> atoms = releases.atoms(round, null, periodMonth);
                List<ReleaseBuilder.Cell> cells = PRODUCT_RELEASES ? new ReleaseBuilder(rules).build(atoms, DRIVERS)
                        : minGroupCells(atoms, rules.k());
                inTransaction(() -> releases.insert(round, null, program, periodMonth, close, rules.k(),
                        rules.commentMinimum(), now, cells));
                releaseNanos += System.nanoTime() - rs;
                if ((r + 1) % 20 == 0 || r < 2) {
                    System.out.printf("  %d rounds, %,d answers after %.0f s (releases %.0f s)%n", r + 1, answers, secs(t),
                            releaseNanos / 1e9);
                }
            }
            System.out.printf("generated %,d pulse answers (%d drivers each) in %d closed rounds, their releases "
                    + "computed and stored (%.1f s of it), in %.1f s (server side)%n", answers, DRIVERS.size(), rounds,
                    releaseNanos / 1e9, secs(t));
        }

        /** Recognitions of one person each (by the first user), spread over the months, in chunks. */
        void recognition(YearMonth first) {
            long t = System.nanoTime();
            long giver = dsl.select(APP_USER.ID).from(APP_USER).orderBy(APP_USER.ID).limit(1).fetchOne(APP_USER.ID);
            long next = dsl.select(DSL.coalesce(DSL.max(RECOGNITION.ID), 0L)).from(RECOGNITION).fetchOne().value1();
            Field<LocalDateTime> at = DSL.localDateTimeAdd(DSL.localDateTimeAdd(DSL.inline(first.atDay(1).atTime(4, 0)),
                    SEQ.mul(31).mod(MONTHS - 1), org.jooq.DatePart.MONTH), SEQ.mod(28), org.jooq.DatePart.DAY);
            for (long done = 0; done < sizes.recognitions(); done += CHUNK) {
                long n = Math.min(CHUNK, sizes.recognitions() - done);
                Field<Long> id = DSL.inline(next).plus(SEQ);
                inTransaction(() -> {
                    dsl.insertInto(RECOGNITION).columns(List.<Field<?>>of(RECOGNITION.ID, RECOGNITION.GIVER_USER_ID, RECOGNITION.MESSAGE,
                                    RECOGNITION.VISIBILITY, RECOGNITION.CREATED_AT))
                            .select(DSL.select(id, DSL.inline(giver), DSL.inline("Bench"), DSL.inline("BRANCH"), at)
                                    .from(sequence(n)))
                            .execute();
                    dsl.insertInto(RECOGNITION_RECIPIENT).columns(List.<Field<?>>of(RECOGNITION_RECIPIENT.RECOGNITION_ID,
                                    RECOGNITION_RECIPIENT.EMPLOYEE_ID, RECOGNITION_RECIPIENT.BRANCH_ID,
                                    RECOGNITION_RECIPIENT.CREATED_AT))
                            .select(DSL.select(id, S_EMPLOYEE, S_BRANCH, at).from(sequence(n)).join(STAFF)
                                    .on(S_INDEX.eq(SEQ.mul(7919).mod((long) employees.size()).cast(Integer.class))))
                            .execute();
                });
                next += n;
            }
            System.out.printf("generated %,d recognitions in %.1f s (server side)%n", sizes.recognitions(), secs(t));
        }
    }
}
