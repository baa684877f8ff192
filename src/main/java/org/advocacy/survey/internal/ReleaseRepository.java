package org.advocacy.survey.internal;

import static org.advocacy.jooq.Tables.PULSE_ANSWER;
import static org.advocacy.jooq.Tables.PULSE_ANSWER_DRIVER;
import static org.advocacy.jooq.Tables.PULSE_IMPORT_BATCH;
import static org.advocacy.jooq.Tables.PULSE_RELEASE;
import static org.advocacy.jooq.Tables.PULSE_RELEASE_CELL;
import static org.advocacy.jooq.Tables.PULSE_RELEASE_DRIVER;
import static org.advocacy.jooq.Tables.PULSE_ROUND;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.HashSet;
import org.advocacy.kernel.stats.NetScore;
import org.advocacy.org.Branch;
import org.advocacy.org.OrgDirectory;
import org.advocacy.survey.ReleaseBuilder;
import org.advocacy.survey.ReleaseBuilder.Key;
import org.advocacy.survey.ReleaseBuilder.Level;
import org.advocacy.survey.RoundStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** jOOQ access to the stored releases (pulse_release*) and to the answers a release is computed from. */
@Repository
public class ReleaseRepository {

    /** A stored release: of a round, or of an imported batch in one month. */
    public record ReleaseRow(long id, Long roundId, Long batchId, Long programId, String month, LocalDate closeDate) {
    }

    /** One stored cell (counts as computed; {@code released} says whether figures may use it). */
    public record CellRow(long releaseId, Key key, int n, int promoters, int passives, int detractors, boolean released,
            String reason, boolean commentsReleased) {
    }

    /** One stored driver distribution of a cell. */
    public record DriverRow(long releaseId, Key key, String code, int n, int[] distribution, boolean released,
            String reason) {
    }

    /** An import batch as HR lists it. */
    public record BatchRow(long id, String name, String createdBy, LocalDateTime createdAt, int answers,
            List<String> months) {
    }

    private final DSLContext dsl;
    private final OrgDirectory directory;
    private final long cacheCapacity;

    ReleaseRepository(DSLContext dsl, OrgDirectory directory,
            @org.springframework.beans.factory.annotation.Value("${app.survey.release-cache-rows:1000000}") long cacheCapacity) {
        this.dsl = dsl;
        this.directory = directory;
        this.cacheCapacity = cacheCapacity;
    }

    // --- what releases are computed from ---

    /** The atoms (branch × stored department × stored tenure band) of a round, or of a batch in one month. */
    public List<ReleaseBuilder.Atom> atoms(Long roundId, Long batchId, String month) {
        Condition where = roundId != null ? PULSE_ANSWER.ROUND_ID.eq(roundId)
                : PULSE_ANSWER.BATCH_ID.eq(batchId).and(PULSE_ANSWER.PERIOD_MONTH.eq(month));
        record AtomKey(long branchId, String department, String tenure) {
        }
        Map<AtomKey, Map<String, int[]>> drivers = new HashMap<>();
        // the ratings carry their answer's source and attributes (V0012): one index-only read, no join
        Condition driverWhere = roundId != null ? PULSE_ANSWER_DRIVER.ROUND_ID.eq(roundId)
                : PULSE_ANSWER_DRIVER.BATCH_ID.eq(batchId).and(PULSE_ANSWER_DRIVER.PERIOD_MONTH.eq(month));
        dsl.select(PULSE_ANSWER_DRIVER.BRANCH_ID, PULSE_ANSWER_DRIVER.DEPARTMENT, PULSE_ANSWER_DRIVER.TENURE_BAND,
                        PULSE_ANSWER_DRIVER.DRIVER_CODE, PULSE_ANSWER_DRIVER.SCORE, DSL.count())
                .from(PULSE_ANSWER_DRIVER)
                .where(driverWhere)
                .groupBy(PULSE_ANSWER_DRIVER.BRANCH_ID, PULSE_ANSWER_DRIVER.DEPARTMENT, PULSE_ANSWER_DRIVER.TENURE_BAND,
                        PULSE_ANSWER_DRIVER.DRIVER_CODE, PULSE_ANSWER_DRIVER.SCORE)
                .forEach(r -> drivers.computeIfAbsent(new AtomKey(r.value1(), r.value2(), r.value3()), x -> new HashMap<>())
                        .computeIfAbsent(r.value4(), x -> new int[5])[r.value5() - 1] += r.value6());
        var promoters = DSL.sum(DSL.when(PULSE_ANSWER.SCORE.ge(NetScore.PROMOTER_MIN), 1).otherwise(0)).cast(Integer.class);
        var passives = DSL.sum(DSL.when(PULSE_ANSWER.SCORE.between(NetScore.PASSIVE_MIN, NetScore.PASSIVE_MAX), 1).otherwise(0)).cast(Integer.class);
        var detractors = DSL.sum(DSL.when(PULSE_ANSWER.SCORE.le(NetScore.DETRACTOR_MAX), 1).otherwise(0)).cast(Integer.class);
        var rows = dsl.select(PULSE_ANSWER.BRANCH_ID, PULSE_ANSWER.DEPARTMENT, PULSE_ANSWER.TENURE_BAND,
                        promoters, passives, detractors)
                .from(PULSE_ANSWER).where(where)
                .groupBy(PULSE_ANSWER.BRANCH_ID, PULSE_ANSWER.DEPARTMENT, PULSE_ANSWER.TENURE_BAND)
                .orderBy(PULSE_ANSWER.BRANCH_ID, PULSE_ANSWER.DEPARTMENT, PULSE_ANSWER.TENURE_BAND)
                .fetch();
        // each branch's region (as it is now) from the organisation, one read for all the atoms' branches
        Map<Long, Branch> branches = directory.branches(new HashSet<>(rows.map(r -> r.value1())));
        List<ReleaseBuilder.Atom> atoms = new ArrayList<>(rows.size());
        for (var r : rows) {
            Branch b = branches.get(r.value1());
            if (b != null) { // every answer's branch exists (foreign key); the join this replaces dropped none
                atoms.add(new ReleaseBuilder.Atom(r.value1(), b.region(), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6(), drivers.getOrDefault(new AtomKey(r.value1(), r.value2(), r.value3()),
                                Map.of())));
            }
        }
        return atoms;
    }

    /** Closed rounds without a release (backfill at start-up). */
    public List<Long> closedRoundsWithoutRelease() {
        return dsl.select(PULSE_ROUND.ID).from(PULSE_ROUND).where(PULSE_ROUND.STATUS.eq(RoundStatus.CLOSED))
                .andNotExists(DSL.selectOne().from(PULSE_RELEASE).where(PULSE_RELEASE.ROUND_ID.eq(PULSE_ROUND.ID)))
                .orderBy(PULSE_ROUND.ID).fetch(PULSE_ROUND.ID);
    }

    /** Batch × month pairs with answers but without a release. */
    public List<Map.Entry<Long, String>> batchMonthsWithoutRelease() {
        return dsl.selectDistinct(PULSE_ANSWER.BATCH_ID, PULSE_ANSWER.PERIOD_MONTH).from(PULSE_ANSWER)
                .where(PULSE_ANSWER.BATCH_ID.isNotNull())
                .andNotExists(DSL.selectOne().from(PULSE_RELEASE).where(PULSE_RELEASE.BATCH_ID.eq(PULSE_ANSWER.BATCH_ID))
                        .and(PULSE_RELEASE.PERIOD_MONTH.eq(PULSE_ANSWER.PERIOD_MONTH)))
                .fetch(r -> Map.entry(r.value1(), r.value2()));
    }

    // --- storing ---

    /** Stores a release with its cells and driver distributions (multi-row inserts); returns its id. */
    public long insert(Long roundId, Long batchId, Long programId, String month, LocalDate closeDate, int k,
            int commentMinimum, LocalDateTime now, List<ReleaseBuilder.Cell> cells) {
        long id = dsl.insertInto(PULSE_RELEASE).set(PULSE_RELEASE.ROUND_ID, roundId).set(PULSE_RELEASE.BATCH_ID, batchId)
                .set(PULSE_RELEASE.PROGRAM_ID, programId).set(PULSE_RELEASE.PERIOD_MONTH, month)
                .set(PULSE_RELEASE.CLOSE_DATE, closeDate).set(PULSE_RELEASE.MIN_GROUP, k)
                .set(PULSE_RELEASE.MIN_COMMENTS, commentMinimum).set(PULSE_RELEASE.COMPUTED_AT, now)
                .returningResult(PULSE_RELEASE.ID).fetchOne(PULSE_RELEASE.ID);
        for (int from = 0; from < cells.size(); from += 500) {
            List<ReleaseBuilder.Cell> chunk = cells.subList(from, Math.min(cells.size(), from + 500));
            var insert = dsl.insertInto(PULSE_RELEASE_CELL, PULSE_RELEASE_CELL.RELEASE_ID, PULSE_RELEASE_CELL.CELL_LEVEL,
                    PULSE_RELEASE_CELL.REGION, PULSE_RELEASE_CELL.BRANCH_ID, PULSE_RELEASE_CELL.DEPARTMENT,
                    PULSE_RELEASE_CELL.TENURE_BAND, PULSE_RELEASE_CELL.N, PULSE_RELEASE_CELL.PROMOTERS,
                    PULSE_RELEASE_CELL.PASSIVES, PULSE_RELEASE_CELL.DETRACTORS, PULSE_RELEASE_CELL.RELEASED,
                    PULSE_RELEASE_CELL.REASON, PULSE_RELEASE_CELL.COMMENTS_RELEASED);
            var drivers = dsl.insertInto(PULSE_RELEASE_DRIVER, PULSE_RELEASE_DRIVER.RELEASE_ID,
                    PULSE_RELEASE_DRIVER.CELL_LEVEL, PULSE_RELEASE_DRIVER.REGION, PULSE_RELEASE_DRIVER.BRANCH_ID,
                    PULSE_RELEASE_DRIVER.DEPARTMENT, PULSE_RELEASE_DRIVER.TENURE_BAND, PULSE_RELEASE_DRIVER.DRIVER_CODE,
                    PULSE_RELEASE_DRIVER.N, PULSE_RELEASE_DRIVER.S1, PULSE_RELEASE_DRIVER.S2, PULSE_RELEASE_DRIVER.S3,
                    PULSE_RELEASE_DRIVER.S4, PULSE_RELEASE_DRIVER.S5, PULSE_RELEASE_DRIVER.RELEASED,
                    PULSE_RELEASE_DRIVER.REASON);
            boolean anyDriver = false;
            for (ReleaseBuilder.Cell c : chunk) {
                Key k2 = c.key();
                insert = insert.values(id, k2.level().name(), k2.region(), k2.branchId(), k2.department(), k2.tenure(),
                        c.n(), c.promoters(), c.passives(), c.detractors(), c.released(), c.reason(), c.commentsReleased());
                for (var d : c.drivers().entrySet()) {
                    if (d.getValue().n() == 0) {
                        continue;
                    }
                    int[] s = d.getValue().distribution();
                    drivers = drivers.values(id, k2.level().name(), k2.region(), k2.branchId(), k2.department(),
                            k2.tenure(), d.getKey(), d.getValue().n(), s[0], s[1], s[2], s[3], s[4],
                            d.getValue().released(), d.getValue().reason());
                    anyDriver = true;
                }
            }
            insert.execute();
            if (anyDriver) {
                drivers.execute();
            }
        }
        return id;
    }

    // --- reading ---

    public java.util.Optional<ReleaseRow> ofRound(long roundId) {
        return dsl.selectFrom(PULSE_RELEASE).where(PULSE_RELEASE.ROUND_ID.eq(roundId)).fetchOptional(ReleaseRepository::row);
    }

    /** The releases of some rounds, by round id (rounds without one are absent). */
    public Map<Long, ReleaseRow> ofRounds(Collection<Long> roundIds) {
        Map<Long, ReleaseRow> out = new HashMap<>();
        if (!roundIds.isEmpty()) {
            dsl.selectFrom(PULSE_RELEASE).where(PULSE_RELEASE.ROUND_ID.in(roundIds))
                    .forEach(r -> out.put(r.getRoundId(), row(r)));
        }
        return out;
    }

    /** Every release counting in one of the months (rounds by close-date month, batches by their month). */
    public List<ReleaseRow> inMonths(Collection<String> months) {
        return dsl.selectFrom(PULSE_RELEASE).where(PULSE_RELEASE.PERIOD_MONTH.in(months))
                .orderBy(PULSE_RELEASE.PERIOD_MONTH, PULSE_RELEASE.ID).fetch(ReleaseRepository::row);
    }

    public List<ReleaseRow> between(String fromMonth, String toMonth) {
        return dsl.selectFrom(PULSE_RELEASE).where(PULSE_RELEASE.PERIOD_MONTH.between(fromMonth, toMonth))
                .orderBy(PULSE_RELEASE.PERIOD_MONTH, PULSE_RELEASE.ID).fetch(ReleaseRepository::row);
    }

    private static ReleaseRow row(org.advocacy.jooq.tables.records.PulseReleaseRecord r) {
        return new ReleaseRow(r.getId(), r.getRoundId(), r.getBatchId(), r.getProgramId(), r.getPeriodMonth(),
                r.getCloseDate());
    }

    /**
     * A stored release read whole: its cells and driver distributions by key. Releases never change once stored (a
     * round's release is computed once; an import batch's releases are deleted with the batch, never rewritten), so
     * these are kept in memory (decision 0011).
     */
    public record Loaded(long releaseId, Map<Key, CellRow> cells, Map<Key, Map<String, DriverRow>> drivers) {
        int weight() {
            return cells.size() + drivers.values().stream().mapToInt(Map::size).sum();
        }
    }

    private final Map<Long, Loaded> cache = new LinkedHashMap<>(64, 0.75f, true);
    private long cachedWeight;

    /** Stored cells of some releases at the given levels, optionally limited to some branches (null = any). */
    public List<CellRow> cells(Collection<Long> releaseIds, Collection<Level> levels, Collection<Long> branchIds) {
        List<CellRow> out = new ArrayList<>();
        for (Loaded l : load(releaseIds).values()) {
            for (CellRow c : l.cells().values()) {
                if (levels.contains(c.key().level()) && (branchIds == null || branchIds.contains(c.key().branchId()))) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    public List<DriverRow> drivers(Collection<Long> releaseIds, Collection<Level> levels, Collection<Long> branchIds) {
        List<DriverRow> out = new ArrayList<>();
        for (Loaded l : load(releaseIds).values()) {
            l.drivers().forEach((key, byCode) -> {
                if (levels.contains(key.level()) && (branchIds == null || branchIds.contains(key.branchId()))) {
                    out.addAll(byCode.values());
                }
            });
        }
        return out;
    }

    /** Whole releases by id (in the order asked), from memory or read once with two indexed queries. */
    public Map<Long, Loaded> load(Collection<Long> releaseIds) {
        Map<Long, Loaded> out = new LinkedHashMap<>();
        List<Long> missing = new ArrayList<>();
        synchronized (cache) {
            for (Long id : releaseIds) {
                Loaded l = cache.get(id);
                if (l != null) {
                    out.put(id, l);
                } else if (!missing.contains(id)) {
                    missing.add(id);
                }
            }
        }
        if (missing.isEmpty()) {
            return out;
        }
        Map<String, String> strings = new HashMap<>(); // one copy of each region, department and band name
        Map<Long, Map<Key, CellRow>> cells = new HashMap<>();
        Map<Long, Map<Key, Map<String, DriverRow>>> drivers = new HashMap<>();
        dsl.selectFrom(PULSE_RELEASE_CELL).where(PULSE_RELEASE_CELL.RELEASE_ID.in(missing)).forEach(r -> {
            Key key = key(strings, r.getCellLevel(), r.getRegion(), r.getBranchId(), r.getDepartment(), r.getTenureBand());
            cells.computeIfAbsent(r.getReleaseId(), x -> new HashMap<>()).put(key, new CellRow(r.getReleaseId(), key,
                    r.getN(), r.getPromoters(), r.getPassives(), r.getDetractors(), r.getReleased(),
                    intern(strings, r.getReason()), r.getCommentsReleased()));
        });
        dsl.selectFrom(PULSE_RELEASE_DRIVER).where(PULSE_RELEASE_DRIVER.RELEASE_ID.in(missing)).forEach(r -> {
            Key key = key(strings, r.getCellLevel(), r.getRegion(), r.getBranchId(), r.getDepartment(), r.getTenureBand());
            String code = intern(strings, r.getDriverCode());
            drivers.computeIfAbsent(r.getReleaseId(), x -> new HashMap<>()).computeIfAbsent(key, x -> new HashMap<>(4))
                    .put(code, new DriverRow(r.getReleaseId(), key, code, r.getN(),
                            new int[] {r.getS1(), r.getS2(), r.getS3(), r.getS4(), r.getS5()}, r.getReleased(),
                            intern(strings, r.getReason())));
        });
        Set<Long> stored = missing.isEmpty() ? Set.of() : new HashSet<>(dsl.select(PULSE_RELEASE.ID).from(PULSE_RELEASE)
                .where(PULSE_RELEASE.ID.in(missing)).fetch(PULSE_RELEASE.ID));
        synchronized (cache) {
            for (Long id : missing) {
                Loaded l = new Loaded(id, Map.copyOf(cells.getOrDefault(id, Map.of())),
                        Map.copyOf(drivers.getOrDefault(id, Map.of())));
                if (stored.contains(id) && cacheCapacity > 0) { // a release not (yet) stored is never kept
                    Loaded before = cache.put(id, l);
                    cachedWeight += l.weight() - (before == null ? 0 : before.weight());
                }
                out.put(id, l);
            }
            var eldest = cache.entrySet().iterator();
            while (cachedWeight > cacheCapacity && eldest.hasNext()) {
                cachedWeight -= eldest.next().getValue().weight();
                eldest.remove();
            }
        }
        Map<Long, Loaded> ordered = new LinkedHashMap<>();
        for (Long id : releaseIds) {
            ordered.put(id, out.get(id));
        }
        return ordered;
    }

    /** Forgets a release kept in memory (its batch was deleted). */
    private void forget(Collection<Long> releaseIds) {
        synchronized (cache) {
            for (Long id : releaseIds) {
                Loaded l = cache.remove(id);
                if (l != null) {
                    cachedWeight -= l.weight();
                }
            }
        }
    }

    private static Key key(Map<String, String> strings, String level, String region, long branchId, String department,
            String tenure) {
        return new Key(Level.valueOf(level), intern(strings, region), branchId, intern(strings, department),
                intern(strings, tenure));
    }

    private static String intern(Map<String, String> strings, String s) {
        return s == null ? null : strings.computeIfAbsent(s, x -> x);
    }

    /**
     * Up to {@code limit} comments, drawn at random, of the answers behind some cells of some releases (only asked for
     * when every cell passed the comment rule), each dated with its release's close date. The draw runs in the
     * database over the index of commented answers; only the drawn rows are read. A region's answers are those of the
     * branches that {@code regionOfBranch} (branch id to region, every branch) puts in it.
     */
    public List<Map.Entry<String, LocalDate>> comments(List<ReleaseRow> releases, Collection<Key> keys,
            Map<Long, String> regionOfBranch, int limit) {
        if (releases.isEmpty() || keys.isEmpty() || limit <= 0) {
            return List.of();
        }
        Set<String> regions = new HashSet<>();
        List<Condition> any = new ArrayList<>();
        for (Key k : keys) {
            switch (k.level()) {
                case COMPANY -> any.add(DSL.trueCondition());
                case REGION -> regions.add(k.region());
                case BRANCH -> any.add(PULSE_ANSWER.BRANCH_ID.eq(k.branchId()));
                case BRANCH_DEPARTMENT -> any.add(PULSE_ANSWER.BRANCH_ID.eq(k.branchId())
                        .and(PULSE_ANSWER.DEPARTMENT.eq(k.department())));
                case DEPARTMENT -> any.add(PULSE_ANSWER.DEPARTMENT.eq(k.department()));
                case TENURE -> any.add(PULSE_ANSWER.TENURE_BAND.eq(k.tenure()));
            }
        }
        if (!regions.isEmpty()) { // a region's answers: those of its branches, by the caller's map of the organisation
            Set<Long> inRegions = new java.util.TreeSet<>();
            regionOfBranch.forEach((branch, region) -> {
                if (regions.contains(region)) {
                    inRegions.add(branch);
                }
            });
            any.add(inRegions.isEmpty() ? DSL.falseCondition() : PULSE_ANSWER.BRANCH_ID.in(inRegions));
        }
        Map<Long, LocalDate> roundClose = new HashMap<>();
        Map<String, LocalDate> batchClose = new HashMap<>();
        List<Condition> sources = new ArrayList<>();
        for (ReleaseRow r : releases) {
            if (r.roundId() != null) {
                roundClose.put(r.roundId(), r.closeDate());
                sources.add(PULSE_ANSWER.ROUND_ID.eq(r.roundId()));
            } else {
                batchClose.put(r.batchId() + "|" + r.month(), r.closeDate());
                sources.add(PULSE_ANSWER.BATCH_ID.eq(r.batchId()).and(PULSE_ANSWER.PERIOD_MONTH.eq(r.month())));
            }
        }
        var drawn = DSL.select(PULSE_ANSWER.ID).from(PULSE_ANSWER).where(PULSE_ANSWER.HAS_COMMENT.isTrue())
                .and(DSL.or(sources)).and(DSL.or(any)).orderBy(DSL.rand()).limit(limit).asTable("drawn");
        return dsl.select(PULSE_ANSWER.COMMENT, PULSE_ANSWER.ROUND_ID, PULSE_ANSWER.BATCH_ID, PULSE_ANSWER.PERIOD_MONTH)
                .from(PULSE_ANSWER).join(drawn).on(PULSE_ANSWER.ID.eq(drawn.field(PULSE_ANSWER.ID)))
                .fetch(r -> Map.entry(r.value1(), r.value2() != null ? roundClose.get(r.value2())
                        : batchClose.get(r.value3() + "|" + r.value4())));
    }

    // --- import batches ---

    public long insertBatch(String name, String createdBy, LocalDateTime now, int answers) {
        return dsl.insertInto(PULSE_IMPORT_BATCH).set(PULSE_IMPORT_BATCH.NAME, name)
                .set(PULSE_IMPORT_BATCH.CREATED_BY, createdBy).set(PULSE_IMPORT_BATCH.CREATED_AT, now)
                .set(PULSE_IMPORT_BATCH.ANSWERS, answers).returningResult(PULSE_IMPORT_BATCH.ID)
                .fetchOne(PULSE_IMPORT_BATCH.ID);
    }

    public List<BatchRow> batches() {
        Map<Long, List<String>> months = new HashMap<>();
        dsl.selectDistinct(PULSE_ANSWER.BATCH_ID, PULSE_ANSWER.PERIOD_MONTH).from(PULSE_ANSWER)
                .where(PULSE_ANSWER.BATCH_ID.isNotNull()).orderBy(PULSE_ANSWER.PERIOD_MONTH)
                .forEach(r -> months.computeIfAbsent(r.value1(), x -> new ArrayList<>()).add(r.value2()));
        return dsl.selectFrom(PULSE_IMPORT_BATCH).orderBy(PULSE_IMPORT_BATCH.ID.desc())
                .fetch(r -> new BatchRow(r.getId(), r.getName(), r.getCreatedBy(), r.getCreatedAt(), r.getAnswers(),
                        months.getOrDefault(r.getId(), List.of())));
    }

    /** Deletes a batch, its answers (drivers cascade) and its releases; false when there was no such batch. */
    public boolean deleteBatch(long batchId) {
        forget(dsl.select(PULSE_RELEASE.ID).from(PULSE_RELEASE).where(PULSE_RELEASE.BATCH_ID.eq(batchId))
                .fetch(PULSE_RELEASE.ID));
        dsl.deleteFrom(PULSE_RELEASE).where(PULSE_RELEASE.BATCH_ID.eq(batchId)).execute();
        dsl.deleteFrom(PULSE_ANSWER).where(PULSE_ANSWER.BATCH_ID.eq(batchId)).execute();
        return dsl.deleteFrom(PULSE_IMPORT_BATCH).where(PULSE_IMPORT_BATCH.ID.eq(batchId)).execute() == 1;
    }

    /** Months (yyyy-MM) among {@code months} in which a portal round counts (its close date's month). */
    public List<String> portalMonths(Collection<String> months) {
        List<String> out = new ArrayList<>();
        dsl.selectDistinct(PULSE_ROUND.CLOSE_DATE).from(PULSE_ROUND).fetch(PULSE_ROUND.CLOSE_DATE).forEach(d -> {
            String m = java.time.YearMonth.from(d).toString();
            if (months.contains(m) && !out.contains(m)) {
                out.add(m);
            }
        });
        out.sort(null);
        return out;
    }

    /** Months with imported answers among {@code months}. */
    public List<String> importedMonths(Collection<String> months) {
        return dsl.selectDistinct(PULSE_ANSWER.PERIOD_MONTH).from(PULSE_ANSWER).where(PULSE_ANSWER.BATCH_ID.isNotNull())
                .and(PULSE_ANSWER.PERIOD_MONTH.in(months)).orderBy(PULSE_ANSWER.PERIOD_MONTH).fetch(PULSE_ANSWER.PERIOD_MONTH);
    }
}
