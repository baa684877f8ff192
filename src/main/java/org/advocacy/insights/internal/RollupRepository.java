package org.advocacy.insights.internal;

import static org.advocacy.jooq.Tables.INSIGHTS_APPLIED_EVENT;
import static org.advocacy.jooq.Tables.INSIGHTS_CUSTOMER_MONTH;
import static org.advocacy.jooq.Tables.INSIGHTS_MONTH_VERSION;
import static org.advocacy.jooq.Tables.INSIGHTS_RECOGNITION_MONTH;
import static org.advocacy.jooq.Tables.INSIGHTS_ROLLUP_STATE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.advocacy.feedback.CustomerMonths;
import org.advocacy.insights.CustomerCounts;
import org.advocacy.insights.RecognitionCounts;
import org.advocacy.insights.RollupStatus;
import org.advocacy.org.OrgDirectory;
import org.advocacy.recognition.RecognitionMonths;
import org.advocacy.security.BranchScope;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The insights rollups: per branch and month, customer answers (NPS categories, CSAT, CES) and recognition with
 * approved praise. Events add their numbers to the cells in one statement, once per event and branch (the
 * {@code insights_applied_event} ledger), under the rollups' lock (the state row); the rebuild recomputes every cell
 * from the raw rows (docs/decisions/0021). The raw rows are the feedback and recognition modules': their published
 * monthly sums ({@link CustomerMonths}, {@link RecognitionMonths}) feed the rebuild and the direct aggregation, and
 * the organisation's {@link OrgDirectory} the branches and headcounts (decision 0047).
 */
@Repository
public class RollupRepository {

    private static final byte STATE = 1;
    private static final int CHUNK = 1000;

    private final DSLContext dsl;
    private final CustomerMonths customerMonths;
    private final RecognitionMonths recognitionMonths;
    private final OrgDirectory orgDirectory;

    RollupRepository(DSLContext dsl, CustomerMonths customerMonths, RecognitionMonths recognitionMonths,
            OrgDirectory orgDirectory) {
        this.dsl = dsl;
        this.customerMonths = customerMonths;
        this.recognitionMonths = recognitionMonths;
        this.orgDirectory = orgDirectory;
    }

    /** One branch in one month. */
    public record Cell(long branchId, YearMonth month) {
    }

    // --- the lock and the state ---

    /** Takes the rollups' lock for this transaction (serialises listeners and rebuild chunks) and stamps the update. */
    public void lockAndStamp(LocalDateTime nowUtc) {
        dsl.update(INSIGHTS_ROLLUP_STATE).set(INSIGHTS_ROLLUP_STATE.LAST_UPDATE_AT, nowUtc)
                .where(INSIGHTS_ROLLUP_STATE.ID.eq(STATE)).execute();
    }

    public void rebuilt(LocalDateTime atUtc, long millis, String by) {
        dsl.update(INSIGHTS_ROLLUP_STATE).set(INSIGHTS_ROLLUP_STATE.LAST_REBUILD_AT, atUtc)
                .set(INSIGHTS_ROLLUP_STATE.LAST_UPDATE_AT, atUtc)
                .set(INSIGHTS_ROLLUP_STATE.REBUILD_MS, millis).set(INSIGHTS_ROLLUP_STATE.REBUILT_BY, by)
                .where(INSIGHTS_ROLLUP_STATE.ID.eq(STATE)).execute();
    }

    public RollupStatus status() {
        return dsl.select(INSIGHTS_ROLLUP_STATE.LAST_UPDATE_AT, INSIGHTS_ROLLUP_STATE.LAST_REBUILD_AT,
                        INSIGHTS_ROLLUP_STATE.REBUILD_MS, INSIGHTS_ROLLUP_STATE.REBUILT_BY)
                .from(INSIGHTS_ROLLUP_STATE).where(INSIGHTS_ROLLUP_STATE.ID.eq(STATE))
                .fetchOptional(org.jooq.Records.mapping(RollupStatus::new))
                .orElse(new RollupStatus(null, null, null, null));
    }

    /** Every branch id, retired ones too (their history stays in the rollups). */
    public List<Long> allBranchIds() {
        return orgDirectory.allBranchIds();
    }

    /** Active staff per branch now (for "per head"). */
    public Map<Long, Integer> activeHeadcount() {
        return orgDirectory.activeHeadcount();
    }

    /** Active staff of one branch now. */
    public int activeHeadcount(long branchId) {
        return orgDirectory.activeHeadcount(branchId);
    }

    /** The branch of a customer answer (for praise events). */
    public Optional<Long> branchOfFeedback(long feedbackId) {
        return customerMonths.branchOf(feedbackId);
    }

    // --- adding events (the listener) ---

    /** The branches for which the event with this key was already added (call after {@link #lockAndStamp}). */
    public java.util.Set<Long> appliedBranches(String eventKey) {
        return new java.util.HashSet<>(dsl.select(INSIGHTS_APPLIED_EVENT.BRANCH_ID).from(INSIGHTS_APPLIED_EVENT)
                .where(INSIGHTS_APPLIED_EVENT.EVENT_KEY.eq(eventKey)).forUpdate() // the latest rows, not a snapshot
                .fetch(INSIGHTS_APPLIED_EVENT.BRANCH_ID));
    }

    /** Records that the event was added (or counted by a rebuild) for these branches; existing rows stay. */
    public void markApplied(String eventKey, Collection<Long> branchIds, LocalDateTime atUtc) {
        if (branchIds.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(INSIGHTS_APPLIED_EVENT, INSIGHTS_APPLIED_EVENT.EVENT_KEY,
                INSIGHTS_APPLIED_EVENT.BRANCH_ID, INSIGHTS_APPLIED_EVENT.APPLIED_AT);
        for (long b : new java.util.TreeSet<>(branchIds)) {
            insert = insert.values(eventKey, b, atUtc);
        }
        insert.onDuplicateKeyIgnore().execute();
    }

    /** Adds customer counts to their cells in one statement (a missing cell starts at zero). */
    public void addCustomer(Map<Cell, CustomerCounts> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        var t = INSIGHTS_CUSTOMER_MONTH;
        var insert = dsl.insertInto(t, t.BRANCH_ID, t.MONTH, t.PROMOTERS, t.PASSIVES, t.DETRACTORS, t.CSAT_N,
                t.CSAT_SUM, t.CSAT_TOP2, t.CES_N, t.CES_SUM);
        for (Cell cell : sorted(deltas.keySet())) {
            CustomerCounts c = deltas.get(cell);
            insert = insert.values(cell.branchId(), cell.month().toString(), c.promoters(), c.passives(),
                    c.detractors(), c.csatN(), c.csatSum(), c.csatTop2(), c.cesN(), c.cesSum());
        }
        insert.onDuplicateKeyUpdate()
                .set(t.PROMOTERS, t.PROMOTERS.plus(DSL.excluded(t.PROMOTERS)))
                .set(t.PASSIVES, t.PASSIVES.plus(DSL.excluded(t.PASSIVES)))
                .set(t.DETRACTORS, t.DETRACTORS.plus(DSL.excluded(t.DETRACTORS)))
                .set(t.CSAT_N, t.CSAT_N.plus(DSL.excluded(t.CSAT_N)))
                .set(t.CSAT_SUM, t.CSAT_SUM.plus(DSL.excluded(t.CSAT_SUM)))
                .set(t.CSAT_TOP2, t.CSAT_TOP2.plus(DSL.excluded(t.CSAT_TOP2)))
                .set(t.CES_N, t.CES_N.plus(DSL.excluded(t.CES_N)))
                .set(t.CES_SUM, t.CES_SUM.plus(DSL.excluded(t.CES_SUM)))
                .execute();
        touchMonths(deltas.keySet().stream().map(Cell::month).toList());
    }

    /** Adds recognition and approved praise to their cells in one statement (a missing cell starts at zero). */
    public void addRecognition(Map<Cell, RecognitionCounts> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        var t = INSIGHTS_RECOGNITION_MONTH;
        var insert = dsl.insertInto(t, t.BRANCH_ID, t.MONTH, t.RECOGNITIONS, t.PRAISE);
        for (Cell cell : sorted(deltas.keySet())) {
            RecognitionCounts r = deltas.get(cell);
            insert = insert.values(cell.branchId(), cell.month().toString(), r.recognitions(), r.praise());
        }
        insert.onDuplicateKeyUpdate()
                .set(t.RECOGNITIONS, t.RECOGNITIONS.plus(DSL.excluded(t.RECOGNITIONS)))
                .set(t.PRAISE, t.PRAISE.plus(DSL.excluded(t.PRAISE)))
                .execute();
        touchMonths(deltas.keySet().stream().map(Cell::month).toList());
    }

    /**
     * Adds one to the version of each month (a missing month starts at one): every write to a rollup cell does, in
     * its transaction, so the advocacy cache knows which periods changed (docs/decisions/0045).
     */
    public void touchMonths(Collection<YearMonth> months) {
        if (months.isEmpty()) {
            return;
        }
        var t = INSIGHTS_MONTH_VERSION;
        var insert = dsl.insertInto(t, t.MONTH, t.VERSION);
        for (YearMonth m : new java.util.TreeSet<>(months)) {
            insert = insert.values(m.toString(), 1L);
        }
        insert.onDuplicateKeyUpdate().set(t.VERSION, t.VERSION.plus(1L)).execute();
    }

    /** The rollups' version of the months [from, to]: how many months have one, and the sum of their versions. */
    public MonthsVersion monthsVersion(YearMonth from, YearMonth to) {
        var t = INSIGHTS_MONTH_VERSION;
        return dsl.select(DSL.count(), DSL.coalesce(DSL.sum(t.VERSION), java.math.BigDecimal.ZERO))
                .from(t).where(t.MONTH.between(from.toString(), to.toString()))
                .fetchOne(r -> new MonthsVersion(r.value1(), r.value2().longValue()));
    }

    /** See {@link #monthsVersion}: versions only grow, so any write in the months changes the sum. */
    public record MonthsVersion(int months, long sum) {
    }

    /** Deletes ledger rows added before the given time; returns how many. */
    public int purgeApplied(LocalDateTime beforeUtc, int limit) {
        return dsl.deleteFrom(INSIGHTS_APPLIED_EVENT).where(INSIGHTS_APPLIED_EVENT.APPLIED_AT.lt(beforeUtc))
                .orderBy(INSIGHTS_APPLIED_EVENT.APPLIED_AT).limit(limit).execute();
    }

    // --- recomputing cells (events published before the ledger, without an id) ---

    /** Recomputes the customer cells from the raw answers; call after {@link #lockAndStamp}. */
    public void recomputeCustomer(Collection<Cell> cells) {
        for (Cell cell : sorted(cells)) {
            Map<Cell, CustomerCounts> raw = customerRaw(List.of(cell.branchId()),
                    cell.month().atDay(1), cell.month().atEndOfMonth());
            CustomerCounts c = raw.getOrDefault(cell, CustomerCounts.ZERO);
            dsl.insertInto(INSIGHTS_CUSTOMER_MONTH)
                    .set(INSIGHTS_CUSTOMER_MONTH.BRANCH_ID, cell.branchId())
                    .set(INSIGHTS_CUSTOMER_MONTH.MONTH, cell.month().toString())
                    .set(customerValues(c))
                    .onDuplicateKeyUpdate()
                    .set(customerValues(c))
                    .execute();
        }
        touchMonths(cells.stream().map(Cell::month).toList());
    }

    /** Recomputes the recognition-and-praise cells from the raw rows; call after {@link #lockAndStamp}. */
    public void recomputeRecognition(Collection<Cell> cells, ZoneId zone) {
        for (Cell cell : sorted(cells)) {
            int recognitions = recognitionMonths.receivedCount(cell.branchId(), cell.month(), zone);
            int praise = customerMonths.approvedPraiseCount(cell.branchId(), cell.month().atDay(1),
                    cell.month().atEndOfMonth());
            dsl.insertInto(INSIGHTS_RECOGNITION_MONTH)
                    .set(INSIGHTS_RECOGNITION_MONTH.BRANCH_ID, cell.branchId())
                    .set(INSIGHTS_RECOGNITION_MONTH.MONTH, cell.month().toString())
                    .set(INSIGHTS_RECOGNITION_MONTH.RECOGNITIONS, recognitions)
                    .set(INSIGHTS_RECOGNITION_MONTH.PRAISE, praise)
                    .onDuplicateKeyUpdate()
                    .set(INSIGHTS_RECOGNITION_MONTH.RECOGNITIONS, recognitions)
                    .set(INSIGHTS_RECOGNITION_MONTH.PRAISE, praise)
                    .execute();
        }
        touchMonths(cells.stream().map(Cell::month).toList());
    }

    private static Map<Field<?>, Object> customerValues(CustomerCounts c) {
        Map<Field<?>, Object> m = new HashMap<>();
        m.put(INSIGHTS_CUSTOMER_MONTH.PROMOTERS, c.promoters());
        m.put(INSIGHTS_CUSTOMER_MONTH.PASSIVES, c.passives());
        m.put(INSIGHTS_CUSTOMER_MONTH.DETRACTORS, c.detractors());
        m.put(INSIGHTS_CUSTOMER_MONTH.CSAT_N, c.csatN());
        m.put(INSIGHTS_CUSTOMER_MONTH.CSAT_SUM, c.csatSum());
        m.put(INSIGHTS_CUSTOMER_MONTH.CSAT_TOP2, c.csatTop2());
        m.put(INSIGHTS_CUSTOMER_MONTH.CES_N, c.cesN());
        m.put(INSIGHTS_CUSTOMER_MONTH.CES_SUM, c.cesSum());
        return m;
    }

    private static List<Cell> sorted(Collection<Cell> cells) {
        return cells.stream().distinct()
                .sorted(Comparator.comparingLong(Cell::branchId).thenComparing(Cell::month)).toList();
    }

    // --- rebuild ---

    /** Replaces every cell of these branches by the raw rows' figures; call after {@link #lockAndStamp}. */
    public int rebuildBranches(List<Long> branchIds, ZoneId zone) {
        java.util.Set<YearMonth> touched = new java.util.HashSet<>();
        dsl.selectDistinct(INSIGHTS_CUSTOMER_MONTH.MONTH).from(INSIGHTS_CUSTOMER_MONTH)
                .where(INSIGHTS_CUSTOMER_MONTH.BRANCH_ID.in(branchIds))
                .union(DSL.selectDistinct(INSIGHTS_RECOGNITION_MONTH.MONTH).from(INSIGHTS_RECOGNITION_MONTH)
                        .where(INSIGHTS_RECOGNITION_MONTH.BRANCH_ID.in(branchIds)))
                .forEach(r -> touched.add(YearMonth.parse(r.value1())));
        dsl.deleteFrom(INSIGHTS_CUSTOMER_MONTH).where(INSIGHTS_CUSTOMER_MONTH.BRANCH_ID.in(branchIds)).execute();
        dsl.deleteFrom(INSIGHTS_RECOGNITION_MONTH).where(INSIGHTS_RECOGNITION_MONTH.BRANCH_ID.in(branchIds)).execute();
        Map<Cell, CustomerCounts> customers = customerRaw(branchIds, null, null);
        List<Map.Entry<Cell, CustomerCounts>> rows = new ArrayList<>(customers.entrySet());
        for (int i = 0; i < rows.size(); i += CHUNK) {
            var insert = dsl.insertInto(INSIGHTS_CUSTOMER_MONTH, INSIGHTS_CUSTOMER_MONTH.BRANCH_ID,
                    INSIGHTS_CUSTOMER_MONTH.MONTH, INSIGHTS_CUSTOMER_MONTH.PROMOTERS, INSIGHTS_CUSTOMER_MONTH.PASSIVES,
                    INSIGHTS_CUSTOMER_MONTH.DETRACTORS, INSIGHTS_CUSTOMER_MONTH.CSAT_N, INSIGHTS_CUSTOMER_MONTH.CSAT_SUM,
                    INSIGHTS_CUSTOMER_MONTH.CSAT_TOP2, INSIGHTS_CUSTOMER_MONTH.CES_N, INSIGHTS_CUSTOMER_MONTH.CES_SUM);
            for (var e : rows.subList(i, Math.min(rows.size(), i + CHUNK))) {
                CustomerCounts c = e.getValue();
                insert = insert.values(e.getKey().branchId(), e.getKey().month().toString(), c.promoters(),
                        c.passives(), c.detractors(), c.csatN(), c.csatSum(), c.csatTop2(), c.cesN(), c.cesSum());
            }
            insert.execute();
        }
        Map<Cell, RecognitionCounts> recognition = recognitionRaw(branchIds, null, null, zone);
        List<Map.Entry<Cell, RecognitionCounts>> rec = new ArrayList<>(recognition.entrySet());
        for (int i = 0; i < rec.size(); i += CHUNK) {
            var insert = dsl.insertInto(INSIGHTS_RECOGNITION_MONTH, INSIGHTS_RECOGNITION_MONTH.BRANCH_ID,
                    INSIGHTS_RECOGNITION_MONTH.MONTH, INSIGHTS_RECOGNITION_MONTH.RECOGNITIONS,
                    INSIGHTS_RECOGNITION_MONTH.PRAISE);
            for (var e : rec.subList(i, Math.min(rec.size(), i + CHUNK))) {
                insert = insert.values(e.getKey().branchId(), e.getKey().month().toString(),
                        e.getValue().recognitions(), e.getValue().praise());
            }
            insert.execute();
        }
        customers.keySet().forEach(c -> touched.add(c.month()));
        recognition.keySet().forEach(c -> touched.add(c.month()));
        touchMonths(touched);
        return customers.size() + recognition.size();
    }

    // --- reads from the rollups ---

    public Map<Cell, CustomerCounts> customer(YearMonth from, YearMonth to, BranchScope scope) {
        var t = INSIGHTS_CUSTOMER_MONTH;
        Condition where = t.MONTH.between(from.toString(), to.toString());
        if (!scope.all()) {
            where = where.and(t.BRANCH_ID.in(scope.branchIds()));
        }
        Map<Cell, CustomerCounts> out = new TreeMap<>(CELL_ORDER);
        dsl.select(t.BRANCH_ID, t.MONTH, t.PROMOTERS, t.PASSIVES, t.DETRACTORS, t.CSAT_N, t.CSAT_SUM, t.CSAT_TOP2,
                        t.CES_N, t.CES_SUM).from(t).where(where)
                .forEach(r -> out.put(new Cell(r.value1(), YearMonth.parse(r.value2())), new CustomerCounts(r.value3(),
                        r.value4(), r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10())));
        return out;
    }

    public Map<Cell, RecognitionCounts> recognition(YearMonth from, YearMonth to, BranchScope scope) {
        var t = INSIGHTS_RECOGNITION_MONTH;
        Condition where = t.MONTH.between(from.toString(), to.toString());
        if (!scope.all()) {
            where = where.and(t.BRANCH_ID.in(scope.branchIds()));
        }
        Map<Cell, RecognitionCounts> out = new TreeMap<>(CELL_ORDER);
        dsl.select(t.BRANCH_ID, t.MONTH, t.RECOGNITIONS, t.PRAISE).from(t).where(where)
                .forEach(r -> out.put(new Cell(r.value1(), YearMonth.parse(r.value2())),
                        new RecognitionCounts(r.value3(), r.value4())));
        return out;
    }

    // --- direct aggregation over the raw rows (rebuild, benchmark, tests) ---

    private static final Comparator<Cell> CELL_ORDER = Comparator.comparingLong(Cell::branchId).thenComparing(Cell::month);

    /** Customer figures per branch and month of [from, to] in the scope, straight from the answers. */
    public Map<Cell, CustomerCounts> customerRaw(BranchScope scope, YearMonth from, YearMonth to) {
        return customerRaw(scope.all() ? null : scope.branchIds(), from.atDay(1), to.atEndOfMonth());
    }

    /** Customer figures per branch and month straight from the answers; branchIds null = all; from/to null = all days. */
    private Map<Cell, CustomerCounts> customerRaw(Collection<Long> branchIds, LocalDate from, LocalDate to) {
        Map<Cell, CustomerCounts> out = new TreeMap<>(CELL_ORDER);
        customerMonths.figures(branchIds, from, to).forEach((k, f) -> out.put(new Cell(k.branchId(), k.month()),
                new CustomerCounts(f.promoters(), f.passives(), f.detractors(), f.csatN(), f.csatSum(), f.csatTop2(),
                        f.cesN(), f.cesSum())));
        return out;
    }

    /**
     * Recognition received (per recipient, branch copied at the time, month in the organisation's time zone) and
     * approved praise (month of the customer's answer) per branch and month, straight from the raw rows.
     * branchIds null = every branch; months null = all history.
     */
    public Map<Cell, RecognitionCounts> recognitionRaw(Collection<Long> branchIds, YearMonth from, YearMonth to,
            ZoneId zone) {
        Map<Cell, RecognitionCounts> out = new TreeMap<>(CELL_ORDER);
        recognitionMonths.received(branchIds, from, to, zone).forEach((k, n) -> out.merge(
                new Cell(k.branchId(), k.month()), new RecognitionCounts(n, 0), RecognitionCounts::plus));
        customerMonths.approvedPraise(branchIds, from == null ? null : from.atDay(1),
                from == null ? null : to.atEndOfMonth()).forEach((k, n) -> out.merge(
                new Cell(k.branchId(), k.month()), new RecognitionCounts(0, n), RecognitionCounts::plus));
        return out;
    }

    public static LocalDateTime utcStart(YearMonth month, ZoneId zone) {
        return month.atDay(1).atStartOfDay(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
