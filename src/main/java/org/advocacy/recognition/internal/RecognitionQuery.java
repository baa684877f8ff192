package org.advocacy.recognition.internal;

import static org.advocacy.jooq.Tables.BRANCH;
import static org.advocacy.jooq.Tables.COMPANY_VALUE;
import static org.advocacy.jooq.Tables.EMPLOYEE;
import static org.advocacy.jooq.Tables.RECOGNITION;
import static org.advocacy.jooq.Tables.RECOGNITION_APPLAUSE;
import static org.advocacy.jooq.Tables.RECOGNITION_PREFERENCE;
import static org.advocacy.jooq.Tables.RECOGNITION_RECIPIENT;
import static org.advocacy.jooq.Tables.RECOGNITION_VALUE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.advocacy.feedback.ApprovedPraise;
import org.advocacy.recognition.BranchRank;
import org.advocacy.recognition.Colleague;
import org.advocacy.recognition.CompanyValue;
import org.advocacy.recognition.FeedItem;
import org.advocacy.recognition.PersonRank;
import org.advocacy.recognition.RecognitionGap;
import org.advocacy.recognition.Visibility;
import org.advocacy.security.AccountDirectory;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Records;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Reads of recognition: feeds, profiles, gaps, leaderboards and counts. Who may see what (private entries,
 * branch scope) is part of every condition built here, never left to the screens.
 */
@Repository
public class RecognitionQuery {

    /** A person with what permission checks need. */
    public record Person(long employeeId, String fullName, long branchId, String branchCode, String jobTitle,
            LocalDate hireDate, boolean active) {
        public Colleague colleague() {
            return new Colleague(employeeId, fullName, branchCode, jobTitle);
        }
    }


    private final DSLContext dsl;
    private final ApprovedPraise praise;
    private final AccountDirectory accounts;

    RecognitionQuery(DSLContext dsl, ApprovedPraise praise, AccountDirectory accounts) {
        this.dsl = dsl;
        this.praise = praise;
        this.accounts = accounts;
    }

    // --- people ---

    public Map<Long, Person> people(Collection<Long> employeeIds) {
        return dsl.select(EMPLOYEE.ID, EMPLOYEE.FULL_NAME, EMPLOYEE.BRANCH_ID, BRANCH.CODE, EMPLOYEE.JOB_TITLE,
                        EMPLOYEE.HIRE_DATE, EMPLOYEE.ACTIVE)
                .from(EMPLOYEE).join(BRANCH).on(BRANCH.ID.eq(EMPLOYEE.BRANCH_ID))
                .where(EMPLOYEE.ID.in(employeeIds))
                .fetchMap(EMPLOYEE.ID, Records.mapping(Person::new));
    }

    public Optional<Person> person(long employeeId) {
        return Optional.ofNullable(people(List.of(employeeId)).get(employeeId));
    }

    /** Active people of the given branches (null: all), without {@code exceptEmployeeId}, by name. */
    public List<Colleague> candidates(String text, Set<Long> branchIds, Long exceptEmployeeId, Long firstBranchId,
            int offset, int limit) {
        // the giver's own branch first: a CASE in the ORDER BY, so paging stays one query
        org.jooq.Field<Integer> own = firstBranchId == null ? DSL.inline(0)
                : DSL.when(EMPLOYEE.BRANCH_ID.eq(firstBranchId), DSL.inline(0)).otherwise(DSL.inline(1));
        return dsl.select(EMPLOYEE.ID, EMPLOYEE.FULL_NAME, BRANCH.CODE, EMPLOYEE.JOB_TITLE)
                .from(EMPLOYEE).join(BRANCH).on(BRANCH.ID.eq(EMPLOYEE.BRANCH_ID))
                .where(candidateCondition(text, branchIds, exceptEmployeeId))
                .orderBy(own, EMPLOYEE.FULL_NAME, EMPLOYEE.ID)
                .offset(offset).limit(limit)
                .fetch(Records.mapping(Colleague::new));
    }

    public int countCandidates(String text, Set<Long> branchIds, Long exceptEmployeeId) {
        return dsl.fetchCount(EMPLOYEE, candidateCondition(text, branchIds, exceptEmployeeId));
    }

    private static Condition candidateCondition(String text, Set<Long> branchIds, Long exceptEmployeeId) {
        Condition c = EMPLOYEE.ACTIVE.isTrue();
        if (branchIds != null) {
            c = c.and(branchIds.isEmpty() ? DSL.falseCondition() : EMPLOYEE.BRANCH_ID.in(branchIds));
        }
        if (exceptEmployeeId != null) {
            c = c.and(EMPLOYEE.ID.ne(exceptEmployeeId));
        }
        if (text != null && !text.isBlank()) {
            c = c.and(EMPLOYEE.FULL_NAME.like("%" + text.strip() + "%"));
        }
        return c;
    }

    // --- feeds and profiles ---

    /** Company feed (branchId null): entries shared with the company; a branch feed adds the branch's own entries. */
    public Condition feed(Long branchId) {
        if (branchId == null) {
            return RECOGNITION.VISIBILITY.eq(Visibility.COMPANY);
        }
        return RECOGNITION.VISIBILITY.in(Visibility.COMPANY, Visibility.BRANCH)
                .and(DSL.exists(DSL.selectOne().from(RECOGNITION_RECIPIENT)
                        .where(RECOGNITION_RECIPIENT.RECOGNITION_ID.eq(RECOGNITION.ID))
                        .and(RECOGNITION_RECIPIENT.BRANCH_ID.eq(branchId))));
    }

    /** Everything one account gave, whatever its visibility (the giver may always see their own). */
    public Condition givenBy(long userId) {
        return RECOGNITION.GIVER_USER_ID.eq(userId);
    }

    /** No customer praise: for lists of recognition only (what someone gave). */
    public ApprovedPraise.Filter noPraise() {
        return ApprovedPraise.Filter.NONE;
    }

    /** What one person received, private entries only when the viewer is concerned by them. */
    public Condition receivedBy(long employeeId, Viewer viewer) {
        return DSL.exists(DSL.selectOne().from(RECOGNITION_RECIPIENT)
                        .where(RECOGNITION_RECIPIENT.RECOGNITION_ID.eq(RECOGNITION.ID))
                        .and(RECOGNITION_RECIPIENT.EMPLOYEE_ID.eq(employeeId)))
                .and(RECOGNITION.VISIBILITY.ne(Visibility.PRIVATE).or(privateVisibleTo(viewer)));
    }

    /** Private entries are seen by the giver, the recipients and the managers of a recipient's branch. */
    static Condition privateVisibleTo(Viewer viewer) {
        var rr = RECOGNITION_RECIPIENT.as("rr_private");
        Condition concerned = DSL.falseCondition();
        if (viewer.employeeId() != null) {
            concerned = concerned.or(rr.EMPLOYEE_ID.eq(viewer.employeeId()));
        }
        if (!viewer.managedBranchIds().isEmpty()) {
            concerned = concerned.or(rr.BRANCH_ID.in(viewer.managedBranchIds()));
        }
        return RECOGNITION.GIVER_USER_ID.eq(viewer.userId())
                .or(DSL.exists(DSL.selectOne().from(rr).where(rr.RECOGNITION_ID.eq(RECOGNITION.ID)).and(concerned)));
    }

    /** True when the viewer may see the entry at all (in a feed or on a profile). */
    public boolean visible(long recognitionId, Viewer viewer) {
        return dsl.fetchExists(RECOGNITION, RECOGNITION.ID.eq(recognitionId)
                .and(RECOGNITION.VISIBILITY.eq(Visibility.COMPANY)
                        .or(RECOGNITION.VISIBILITY.eq(Visibility.BRANCH).and(inBranches(viewer)))
                        .or(privateVisibleTo(viewer))));
    }

    private static Condition inBranches(Viewer viewer) {
        Set<Long> branches = new java.util.HashSet<>(viewer.managedBranchIds());
        if (viewer.ownBranchId() != null) {
            branches.add(viewer.ownBranchId());
        }
        return branches.isEmpty() ? DSL.falseCondition()
                : DSL.exists(DSL.selectOne().from(RECOGNITION_RECIPIENT)
                        .where(RECOGNITION_RECIPIENT.RECOGNITION_ID.eq(RECOGNITION.ID))
                        .and(RECOGNITION_RECIPIENT.BRANCH_ID.in(branches)));
    }

    // --- approved customer praise: the feedback module's published read, merged here with recognition ---

    /** Approved praise in a feed: the company feed shows all of it, a branch feed the praise given in the branch. */
    public ApprovedPraise.Filter praiseFeed(Long branchId) {
        return ApprovedPraise.Filter.inBranch(branchId);
    }

    /** Approved praise naming one person. */
    public ApprovedPraise.Filter praiseOf(long employeeId) {
        return ApprovedPraise.Filter.of(employeeId);
    }

    /** An entry's place in a feed: which source, its id and time. */
    private record FeedKey(FeedItem.Source source, long id, LocalDateTime time) {
    }

    /** Newest first; at the same time recognition before praise, then the higher id (the order the feed had in SQL). */
    private static final java.util.Comparator<FeedKey> NEWEST_FIRST = java.util.Comparator
            .comparing(FeedKey::time).thenComparing(k -> k.source().name()).thenComparingLong(FeedKey::id).reversed();

    /** The newest {@code n} recognition entries matching a condition, newest first (optionally on one index). */
    private List<FeedKey> newestRecognition(Condition recognition, int n, String index) {
        return dsl.select(RECOGNITION.ID, RECOGNITION.CREATED_AT)
                .from(index == null ? RECOGNITION : RECOGNITION.useIndex(index)).where(recognition)
                .orderBy(RECOGNITION.CREATED_AT.desc(), RECOGNITION.ID.desc()).limit(n)
                .fetch(r -> new FeedKey(FeedItem.Source.RECOGNITION, r.value1(), r.value2()));
    }

    /**
     * The entries at {@code offset..offset+limit} of recognition and approved praise together, newest first: the
     * newest {@code offset + limit} of each source are enough, so a page reads them from their time indexes, never
     * the whole history (issue 13).
     */
    private List<FeedKey> merged(Condition recognition, String index, ApprovedPraise.Filter praiseFilter, int offset,
            int limit) {
        int n = offset + limit;
        List<FeedKey> keys = new ArrayList<>(newestRecognition(recognition, n, index));
        for (ApprovedPraise.Key k : praise.newest(praiseFilter, n)) {
            keys.add(new FeedKey(FeedItem.Source.CUSTOMER_PRAISE, k.id(), k.submittedAt()));
        }
        keys.sort(NEWEST_FIRST);
        return keys.subList(Math.min(offset, keys.size()), Math.min(n, keys.size()));
    }

    /** A page of the company feed (branchId null) or a branch's feed, newest first (issue 13: no full sort). */
    public List<FeedItem> feedPage(Long branchId, Viewer viewer, List<CompanyValue> values, int offset, int limit) {
        // the company feed reads its visibility's newest rows; a branch feed walks back in time (most entries of a
        // branch are company- or branch-visible) and checks each for a recipient of the branch
        String index = branchId == null ? "ix_recognition_visibility_time" : "ix_recognition_time";
        return page(merged(feed(branchId), index, praiseFeed(branchId), offset, limit), viewer, values);
    }

    public List<FeedItem> page(Condition recognition, ApprovedPraise.Filter praiseFilter, Viewer viewer,
            List<CompanyValue> values, int offset, int limit) {
        return page(merged(recognition, null, praiseFilter, offset, limit), viewer, values);
    }

    private List<FeedItem> page(List<FeedKey> keys, Viewer viewer, List<CompanyValue> values) {
        List<Long> recognitionIds = keys.stream().filter(k -> k.source() == FeedItem.Source.RECOGNITION)
                .map(FeedKey::id).toList();
        List<Long> praiseIds = keys.stream().filter(k -> k.source() == FeedItem.Source.CUSTOMER_PRAISE)
                .map(FeedKey::id).toList();
        Map<Long, FeedItem> recognitionItems = details(recognitionIds, viewer, values).stream()
                .collect(Collectors.toMap(FeedItem::id, Function.identity()));
        Map<Long, FeedItem> praiseItems = praiseDetails(praiseIds);
        return keys.stream().map(k -> k.source() == FeedItem.Source.RECOGNITION
                        ? recognitionItems.get(k.id()) : praiseItems.get(k.id()))
                .filter(java.util.Objects::nonNull).toList();
    }

    public int count(Condition recognition, ApprovedPraise.Filter praiseFilter) {
        return dsl.fetchCount(RECOGNITION, recognition) + praise.count(praiseFilter);
    }

    /** Praise entries: who was praised, where, the text and when; never the customer's contact details. */
    private Map<Long, FeedItem> praiseDetails(List<Long> ids) {
        Map<Long, FeedItem> items = new HashMap<>();
        List<ApprovedPraise.Entry> entries = praise.entries(ids);
        if (entries.isEmpty()) {
            return items;
        }
        Map<Long, Record3<Long, String, String>> people = dsl.select(EMPLOYEE.ID, EMPLOYEE.FULL_NAME,
                        EMPLOYEE.JOB_TITLE)
                .from(EMPLOYEE).where(EMPLOYEE.ID.in(entries.stream().map(ApprovedPraise.Entry::employeeId).toList()))
                .fetchMap(EMPLOYEE.ID);
        Map<Long, String> branchCodes = dsl.select(BRANCH.ID, BRANCH.CODE).from(BRANCH)
                .where(BRANCH.ID.in(entries.stream().map(ApprovedPraise.Entry::branchId).toList()))
                .fetchMap(BRANCH.ID, BRANCH.CODE);
        for (ApprovedPraise.Entry e : entries) {
            Record3<Long, String, String> person = people.get(e.employeeId());
            String branchCode = branchCodes.get(e.branchId());
            if (person != null && branchCode != null) {
                items.put(e.id(), new FeedItem(FeedItem.Source.CUSTOMER_PRAISE, e.id(), e.submittedAt(), null,
                        List.of(new Colleague(person.value1(), person.value2(), branchCode, person.value3())),
                        List.of(), e.praise(), null, 0, false));
            }
        }
        return items;
    }

    /** The times of the approved praise matching a filter (a profile). */
    public List<LocalDateTime> praiseTimes(ApprovedPraise.Filter praiseFilter) {
        return praise.times(praiseFilter);
    }

    private List<FeedItem> details(List<Long> ids, Viewer viewer, List<CompanyValue> allValues) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, CompanyValue> valueById = allValues.stream().collect(Collectors.toMap(CompanyValue::id, Function.identity()));
        Map<Long, List<Colleague>> recipients = new HashMap<>();
        dsl.select(RECOGNITION_RECIPIENT.RECOGNITION_ID, EMPLOYEE.ID, EMPLOYEE.FULL_NAME, BRANCH.CODE, EMPLOYEE.JOB_TITLE)
                .from(RECOGNITION_RECIPIENT).join(EMPLOYEE).on(EMPLOYEE.ID.eq(RECOGNITION_RECIPIENT.EMPLOYEE_ID))
                .join(BRANCH).on(BRANCH.ID.eq(RECOGNITION_RECIPIENT.BRANCH_ID))
                .where(RECOGNITION_RECIPIENT.RECOGNITION_ID.in(ids)).orderBy(EMPLOYEE.FULL_NAME)
                .forEach(r -> recipients.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new Colleague(r.value2(), r.value3(), r.value4(), r.value5())));
        Map<Long, List<CompanyValue>> values = new HashMap<>();
        dsl.select(RECOGNITION_VALUE.RECOGNITION_ID, RECOGNITION_VALUE.VALUE_ID).from(RECOGNITION_VALUE)
                .where(RECOGNITION_VALUE.RECOGNITION_ID.in(ids))
                .forEach(r -> {
                    CompanyValue v = valueById.get(r.value2());
                    if (v != null) {
                        values.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(v);
                    }
                });
        values.values().forEach(l -> l.sort(java.util.Comparator.comparingInt(CompanyValue::sortOrder)));
        Map<Long, int[]> applause = new HashMap<>();
        dsl.select(RECOGNITION_APPLAUSE.RECOGNITION_ID, DSL.count(),
                        DSL.count().filterWhere(RECOGNITION_APPLAUSE.USER_ID.eq(viewer.userId())))
                .from(RECOGNITION_APPLAUSE).where(RECOGNITION_APPLAUSE.RECOGNITION_ID.in(ids))
                .groupBy(RECOGNITION_APPLAUSE.RECOGNITION_ID)
                .forEach(r -> applause.put(r.value1(), new int[] {r.value2(), r.value3()}));
        Map<Long, FeedItem> items = new LinkedHashMap<>();
        var rows = dsl.select(RECOGNITION.ID, RECOGNITION.CREATED_AT, RECOGNITION.GIVER_USER_ID, RECOGNITION.MESSAGE,
                        RECOGNITION.VISIBILITY)
                .from(RECOGNITION).where(RECOGNITION.ID.in(ids)).fetch();
        // the givers' names are the security module's accounts
        Map<Long, String> givers = accounts.displayNames(rows.map(r -> r.value3()));
        rows.forEach(r -> {
                    String giver = givers.get(r.value3());
                    if (giver == null) {
                        return;
                    }
                    int[] a = applause.getOrDefault(r.value1(), new int[2]);
                    items.put(r.value1(), new FeedItem(FeedItem.Source.RECOGNITION, r.value1(), r.value2(), giver,
                            List.copyOf(recipients.getOrDefault(r.value1(), List.of())),
                            List.copyOf(values.getOrDefault(r.value1(), List.of())), r.value4(),
                            r.value5(), a[0], a[1] > 0));
                });
        return ids.stream().map(items::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The times of the entries matching a condition (a profile: at most a few hundred). */
    public List<LocalDateTime> times(Condition recognition) {
        return dsl.select(RECOGNITION.CREATED_AT).from(RECOGNITION).where(recognition).fetch(RECOGNITION.CREATED_AT);
    }

    /** How often each value (by id) was named in the entries matching a condition. */
    public Map<Long, Integer> valueCounts(Condition recognition) {
        return dsl.select(RECOGNITION_VALUE.VALUE_ID, DSL.count()).from(RECOGNITION_VALUE)
                .join(RECOGNITION).on(RECOGNITION.ID.eq(RECOGNITION_VALUE.RECOGNITION_ID))
                .where(recognition).groupBy(RECOGNITION_VALUE.VALUE_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    // --- gaps ---

    public List<RecognitionGap> gaps(Set<Long> branchIds, Long exceptEmployeeId, LocalDateTime cutoff, int offset,
            int limit) {
        Field<LocalDateTime> last = DSL.max(RECOGNITION_RECIPIENT.CREATED_AT);
        return gapSelect(branchIds, exceptEmployeeId, cutoff)
                .orderBy(last.asc().nullsFirst(), EMPLOYEE.FULL_NAME, EMPLOYEE.ID)
                .offset(offset).limit(limit)
                .fetch(r -> new RecognitionGap(new Colleague(r.value1(), r.value2(), r.value3(), r.value4()), r.value5()));
    }

    public int countGaps(Set<Long> branchIds, Long exceptEmployeeId, LocalDateTime cutoff) {
        return dsl.fetchCount(gapSelect(branchIds, exceptEmployeeId, cutoff));
    }

    private org.jooq.SelectHavingStep<org.jooq.Record5<Long, String, String, String, LocalDateTime>> gapSelect(
            Set<Long> branchIds, Long exceptEmployeeId, LocalDateTime cutoff) {
        Field<LocalDateTime> last = DSL.max(RECOGNITION_RECIPIENT.CREATED_AT);
        return (org.jooq.SelectHavingStep<org.jooq.Record5<Long, String, String, String, LocalDateTime>>) dsl
                .select(EMPLOYEE.ID, EMPLOYEE.FULL_NAME, BRANCH.CODE, EMPLOYEE.JOB_TITLE, last)
                .from(EMPLOYEE).join(BRANCH).on(BRANCH.ID.eq(EMPLOYEE.BRANCH_ID))
                .leftJoin(RECOGNITION_RECIPIENT).on(RECOGNITION_RECIPIENT.EMPLOYEE_ID.eq(EMPLOYEE.ID))
                .where(candidateCondition(null, branchIds, exceptEmployeeId))
                .groupBy(EMPLOYEE.ID, EMPLOYEE.FULL_NAME, BRANCH.CODE, EMPLOYEE.JOB_TITLE)
                .having(last.isNull().or(last.lt(cutoff)));
    }

    // --- leaderboards and counts ---

    /**
     * Active branches (of {@code branchIds}, null: all), and retired ones that have history in [from, to), with
     * active headcount, recognition received and approved customer praise given there in [from, to).
     */

    /**
     * The tallies' query. Approved praise is counted by the feedback module ({@link ApprovedPraise#countByBranch},
     * a month's range of its praise indexes) and joined in as constants, so filter and order stay in one statement.
     */
    public List<BranchRank> branchTallies(Set<Long> branchIds, LocalDateTime from, LocalDateTime to) {
        if (branchIds != null && branchIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> praiseCounts = praise.countByBranch(branchIds, from, to);
        Field<Integer> headcount = DSL.field(DSL.selectCount().from(EMPLOYEE)
                .where(EMPLOYEE.BRANCH_ID.eq(BRANCH.ID)).and(EMPLOYEE.ACTIVE.isTrue()));
        Field<Integer> received = DSL.field(DSL.selectCount().from(RECOGNITION_RECIPIENT)
                .where(RECOGNITION_RECIPIENT.BRANCH_ID.eq(BRANCH.ID))
                .and(RECOGNITION_RECIPIENT.CREATED_AT.ge(from)).and(RECOGNITION_RECIPIENT.CREATED_AT.lt(to)));
        Field<Integer> praised = countOf(BRANCH.ID, praiseCounts);
        return dsl.select(BRANCH.ID, BRANCH.CODE, BRANCH.NAME, headcount, received, praised)
                .from(BRANCH)
                .where(BRANCH.ACTIVE.isTrue().or(received.gt(0)).or(praised.gt(0))) // retired branches keep their past
                .and(branchIds == null ? DSL.noCondition() : BRANCH.ID.in(branchIds))
                .orderBy(BRANCH.CODE)
                .fetch(r -> new BranchRank(0, r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value4() == 0 ? 0 : (double) (r.value5() + r.value6()) / r.value4()));
    }

    /** {@code counts.get(id)} as a SQL value (0 for ids not in the map), for counts another module made. */
    private static Field<Integer> countOf(Field<Long> id, Map<Long, Integer> counts) {
        if (counts.isEmpty()) {
            return DSL.inline(0);
        }
        org.jooq.CaseValueStep<Long> c = DSL.choose(id);
        org.jooq.CaseWhenStep<Long, Integer> when = null;
        for (Map.Entry<Long, Integer> e : counts.entrySet()) {
            when = when == null ? c.when(DSL.inline(e.getKey()), DSL.inline(e.getValue()))
                    : when.when(DSL.inline(e.getKey()), DSL.inline(e.getValue()));
        }
        return when.otherwise(DSL.inline(0));
    }

    /** A branch with its active headcount now. */
    public record BranchRow(long id, String code, String name, boolean active, int headcount) {
    }

    /** Branches (of {@code branchIds}, null: all), open and retired, by code, with their active headcount. */
    public List<BranchRow> branchRows(Set<Long> branchIds) {
        Field<Integer> headcount = DSL.field(DSL.selectCount().from(EMPLOYEE)
                .where(EMPLOYEE.BRANCH_ID.eq(BRANCH.ID)).and(EMPLOYEE.ACTIVE.isTrue()));
        return dsl.select(BRANCH.ID, BRANCH.CODE, BRANCH.NAME, BRANCH.ACTIVE, headcount).from(BRANCH)
                .where(branchIds == null ? DSL.noCondition()
                        : branchIds.isEmpty() ? DSL.falseCondition() : BRANCH.ID.in(branchIds))
                .orderBy(BRANCH.CODE)
                .fetch(r -> new BranchRow(r.value1(), r.value2(), r.value3(), Boolean.TRUE.equals(r.value4()),
                        r.value5()));
    }

    /**
     * Active people of a branch by approved customer praise (given in the branch), then recognition received there,
     * in [from, to), most first; opted-out people without a name.
     */
    public List<PersonRank> personTallies(long branchId, LocalDateTime from, LocalDateTime to, int limit) {
        Field<Integer> received = DSL.field(DSL.selectCount().from(RECOGNITION_RECIPIENT)
                .where(RECOGNITION_RECIPIENT.EMPLOYEE_ID.eq(EMPLOYEE.ID)).and(RECOGNITION_RECIPIENT.BRANCH_ID.eq(branchId))
                .and(RECOGNITION_RECIPIENT.CREATED_AT.ge(from)).and(RECOGNITION_RECIPIENT.CREATED_AT.lt(to)))
                .as("received");
        // approved praise per person is the feedback module's count, joined in as constants
        Map<Long, Integer> praiseCounts = praise.countByPerson(branchId, from, to);
        Field<Integer> praised = countOf(EMPLOYEE.ID, praiseCounts).as("praised");
        Table<?> t = DSL.select(EMPLOYEE.ID, EMPLOYEE.FULL_NAME, RECOGNITION_PREFERENCE.LEADERBOARD_OPT_OUT, received,
                        praised)
                .from(EMPLOYEE).leftJoin(RECOGNITION_PREFERENCE).on(RECOGNITION_PREFERENCE.EMPLOYEE_ID.eq(EMPLOYEE.ID))
                .where(EMPLOYEE.ACTIVE.isTrue())
                .and(DSL.exists(DSL.selectOne().from(RECOGNITION_RECIPIENT)
                                .where(RECOGNITION_RECIPIENT.EMPLOYEE_ID.eq(EMPLOYEE.ID))
                                .and(RECOGNITION_RECIPIENT.BRANCH_ID.eq(branchId)))
                        .or(praiseCounts.isEmpty() ? DSL.falseCondition() : EMPLOYEE.ID.in(praiseCounts.keySet())))
                .asTable("tally");
        Field<Long> id = t.field(EMPLOYEE.ID);
        Field<String> name = t.field(EMPLOYEE.FULL_NAME);
        Field<Boolean> optOut = t.field(RECOGNITION_PREFERENCE.LEADERBOARD_OPT_OUT);
        Field<Integer> r = t.field("received", Integer.class);
        Field<Integer> p = t.field("praised", Integer.class);
        return dsl.select(id, name, optOut, r, p).from(t)
                .where(r.gt(0).or(p.gt(0)))
                .orderBy(p.desc(), r.desc(), name, id)
                .limit(limit)
                .fetch(x -> Boolean.TRUE.equals(x.value3()) ? new PersonRank(0, null, null, x.value4(), x.value5())
                        : new PersonRank(0, x.value1(), x.value2(), x.value4(), x.value5()));
    }

    /** (branch id, value code) → recognition received naming that value in [from, to). */
    public Map<Long, Map<String, Integer>> valueCountsByBranch(Set<Long> branchIds, LocalDateTime from,
            LocalDateTime to) {
        Map<Long, Map<String, Integer>> result = new HashMap<>();
        dsl.select(RECOGNITION_RECIPIENT.BRANCH_ID, COMPANY_VALUE.CODE, DSL.count())
                // in this order: the month's recipients (ix_recognition_recipient_time), then their values; never
                // every entry naming a value (issue 13)
                .from(RECOGNITION_RECIPIENT)
                .straightJoin(RECOGNITION_VALUE).on(RECOGNITION_VALUE.RECOGNITION_ID.eq(RECOGNITION_RECIPIENT.RECOGNITION_ID))
                .straightJoin(COMPANY_VALUE).on(COMPANY_VALUE.ID.eq(RECOGNITION_VALUE.VALUE_ID))
                .where(RECOGNITION_RECIPIENT.CREATED_AT.ge(from)).and(RECOGNITION_RECIPIENT.CREATED_AT.lt(to))
                .and(branchIds == null ? DSL.noCondition()
                        : branchIds.isEmpty() ? DSL.falseCondition() : RECOGNITION_RECIPIENT.BRANCH_ID.in(branchIds))
                .groupBy(RECOGNITION_RECIPIENT.BRANCH_ID, COMPANY_VALUE.CODE)
                .forEach(r -> result.computeIfAbsent(r.value1(), k -> new java.util.TreeMap<>()).put(r.value2(), r.value3()));
        return result;
    }
}
