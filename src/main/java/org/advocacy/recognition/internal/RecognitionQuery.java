package org.advocacy.recognition.internal;

import org.advocacy.kernel.id.AccountId;
import static org.advocacy.jooq.Tables.COMPANY_VALUE;
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
import org.advocacy.org.Branch;
import org.advocacy.org.Employee;
import org.advocacy.org.OrgDirectory;
import org.advocacy.org.StaffSearch;
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
    // the organisation's branches and staff are org's tables: read through its published reads (decision 0047)
    private final OrgDirectory directory;
    private final StaffSearch staff;

    RecognitionQuery(DSLContext dsl, ApprovedPraise praise, AccountDirectory accounts, OrgDirectory directory,
            StaffSearch staff) {
        this.dsl = dsl;
        this.praise = praise;
        this.accounts = accounts;
        this.directory = directory;
        this.staff = staff;
    }

    // --- people ---

    public Map<Long, Person> people(Collection<Long> employeeIds) {
        Map<Long, Person> people = new LinkedHashMap<>();
        directory.employees(employeeIds).forEach((id, e) -> people.put(id, new Person(e.id(), e.fullName(),
                e.branchId(), e.branchCode(), e.jobTitle(), e.hireDate(), e.active())));
        return people;
    }

    public Optional<Person> person(long employeeId) {
        return Optional.ofNullable(people(List.of(employeeId)).get(employeeId));
    }

    /**
     * Active people of the given branches (null: all), without {@code exceptEmployeeId}, whose name contains
     * {@code text}: the giver's own branch first, then by name. Org's search of its staff, paged there.
     */
    public List<Colleague> candidates(String text, Set<Long> branchIds, Long exceptEmployeeId, Long firstBranchId,
            int offset, int limit) {
        return staff.active(text, branchIds, exceptEmployeeId, firstBranchId, offset, limit).stream()
                .map(RecognitionQuery::colleague).toList();
    }

    public int countCandidates(String text, Set<Long> branchIds, Long exceptEmployeeId) {
        return staff.countActive(text, branchIds, exceptEmployeeId);
    }

    private static Colleague colleague(Employee e) {
        return new Colleague(e.id(), e.fullName(), e.branchCode(), e.jobTitle());
    }

    /**
     * The codes of these branch ids: from the staff's current branches where they are the same (the usual case),
     * and one call to org for the rest (someone moved since); a recipient shows the branch they were recognised in.
     */
    private Map<Long, String> branchCodes(Collection<Employee> people, Collection<Long> branchIds) {
        Map<Long, String> codes = new HashMap<>();
        people.forEach(e -> codes.put(e.branchId(), e.branchCode()));
        Set<Long> missing = branchIds.stream().filter(id -> !codes.containsKey(id)).collect(Collectors.toSet());
        if (!missing.isEmpty()) {
            directory.branches(missing).forEach((id, b) -> codes.put(id, b.code()));
        }
        return codes;
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
        Map<Long, Employee> people = directory.employees(
                entries.stream().map(ApprovedPraise.Entry::employeeId).toList());
        Map<Long, String> branchCodes = branchCodes(people.values(),
                entries.stream().map(ApprovedPraise.Entry::branchId).toList());
        for (ApprovedPraise.Entry e : entries) {
            Employee person = people.get(e.employeeId());
            String branchCode = branchCodes.get(e.branchId());
            if (person != null && branchCode != null) {
                items.put(e.id(), new FeedItem(FeedItem.Source.CUSTOMER_PRAISE, e.id(), e.submittedAt(), null,
                        List.of(new Colleague(person.id(), person.fullName(), branchCode, person.jobTitle())),
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
        Map<Long, List<Colleague>> recipients = recipients(ids);
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
        Map<AccountId, String> givers = accounts.displayNames(rows.map(r -> AccountId.of(r.value3())));
        rows.forEach(r -> {
                    String giver = givers.get(AccountId.of(r.value3()));
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

    /**
     * The recipients of these entries by name, each with the branch they were recognised in: the page's recipient
     * rows, then their names from org in one call, already in name order (org's collation).
     */
    private Map<Long, List<Colleague>> recipients(List<Long> ids) {
        List<RecipientRow> rows = dsl.select(RECOGNITION_RECIPIENT.RECOGNITION_ID, RECOGNITION_RECIPIENT.EMPLOYEE_ID,
                        RECOGNITION_RECIPIENT.BRANCH_ID)
                .from(RECOGNITION_RECIPIENT).where(RECOGNITION_RECIPIENT.RECOGNITION_ID.in(ids))
                .fetch(r -> new RecipientRow(r.value1(), r.value2(), r.value3()));
        List<Employee> byName = staff.byName(rows.stream().map(RecipientRow::employeeId).collect(Collectors.toSet()));
        Map<Long, Integer> place = new HashMap<>();
        Map<Long, Employee> people = new HashMap<>();
        for (Employee e : byName) {
            place.put(e.id(), place.size());
            people.put(e.id(), e);
        }
        Map<Long, String> codes = branchCodes(byName, rows.stream().map(RecipientRow::branchId).toList());
        Map<Long, List<Colleague>> recipients = new HashMap<>();
        rows.stream().filter(r -> people.containsKey(r.employeeId()) && codes.containsKey(r.branchId()))
                .sorted(java.util.Comparator.comparingInt(r -> place.get(r.employeeId())))
                .forEach(r -> {
                    Employee e = people.get(r.employeeId());
                    recipients.computeIfAbsent(r.entry(), k -> new ArrayList<>())
                            .add(new Colleague(e.id(), e.fullName(), codes.get(r.branchId()), e.jobTitle()));
                });
        return recipients;
    }

    /** One recipient of one entry, and the branch they were recognised in. */
    private record RecipientRow(long entry, long employeeId, long branchId) {
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

    /** Someone in a gap: not recognised since the cutoff, and when they last were (null: never). */
    private record Gap(long employeeId, LocalDateTime last) {
    }

    /** Longest unrecognised first (never recognised before all), then by name and id: see {@link #gapList}. */
    public List<RecognitionGap> gaps(Set<Long> branchIds, Long exceptEmployeeId, LocalDateTime cutoff, int offset,
            int limit) {
        List<Gap> all = gapList(branchIds, exceptEmployeeId, cutoff);
        List<Gap> page = all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
        Map<Long, Employee> people = directory.employees(page.stream().map(Gap::employeeId).toList());
        return page.stream().filter(g -> people.containsKey(g.employeeId()))
                .map(g -> new RecognitionGap(colleague(people.get(g.employeeId())), g.last())).toList();
    }

    public int countGaps(Set<Long> branchIds, Long exceptEmployeeId, LocalDateTime cutoff) {
        return gapList(branchIds, exceptEmployeeId, cutoff).size();
    }

    /**
     * Active staff of the branches (null: all) but one, not recognised since {@code cutoff}, in the list's order.
     * The staff are org's and the dates are recognition's, so the list is merged here: org gives the ids of the
     * scope's active staff in name order, recognition the last date each was recognised, and a stable sort by that
     * date keeps the name order among equal dates. The bound is the scope's active staff: a manager's branches, or
     * every active member of staff for HR (20,000 ids and dates in the benchmark's organisation, a few hundred KB),
     * once per page and once for the count; the page's names are then read for its rows only.
     */
    private List<Gap> gapList(Set<Long> branchIds, Long exceptEmployeeId, LocalDateTime cutoff) {
        if (branchIds != null && branchIds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = staff.activeIdsByName(branchIds, exceptEmployeeId);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, LocalDateTime> last = lastRecognised(branchIds == null ? null : ids);
        List<Gap> gaps = new ArrayList<>();
        for (Long id : ids) {
            LocalDateTime l = last.get(id);
            if (l == null || l.isBefore(cutoff)) {
                gaps.add(new Gap(id, l));
            }
        }
        gaps.sort(java.util.Comparator.comparing(Gap::last,
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        return gaps;
    }

    /**
     * When each person (of {@code employeeIds}; null: everyone ever recognised) was last recognised, one row per
     * person from ix_recognition_recipient_employee. Long lists of ids read everyone instead: the same bound (people
     * ever recognised), without thousands of values in one statement.
     */
    private Map<Long, LocalDateTime> lastRecognised(Collection<Long> employeeIds) {
        Field<LocalDateTime> last = DSL.max(RECOGNITION_RECIPIENT.CREATED_AT);
        return dsl.select(RECOGNITION_RECIPIENT.EMPLOYEE_ID, last).from(RECOGNITION_RECIPIENT)
                .where(employeeIds == null || employeeIds.size() > 2_000 ? DSL.noCondition()
                        : RECOGNITION_RECIPIENT.EMPLOYEE_ID.in(employeeIds))
                .groupBy(RECOGNITION_RECIPIENT.EMPLOYEE_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    // --- leaderboards and counts ---

    /**
     * Active branches (of {@code branchIds}, null: all), and retired ones that have history in [from, to), with
     * active headcount, recognition received and approved customer praise given there in [from, to), by code.
     * Approved praise is counted by the feedback module ({@link ApprovedPraise#countByBranch}, a month's range of its
     * praise indexes), the branches and headcounts are org's ({@link OrgDirectory}, every branch: a few hundred at
     * most), recognition counts its own month's recipients; merged here.
     */
    public List<BranchRank> branchTallies(Set<Long> branchIds, LocalDateTime from, LocalDateTime to) {
        if (branchIds != null && branchIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> praiseCounts = praise.countByBranch(branchIds, from, to);
        Map<Long, Integer> receivedCounts = receivedByBranch(branchIds, from, to);
        List<BranchRank> tallies = new ArrayList<>();
        for (BranchRow b : branchRows(branchIds)) {
            int received = receivedCounts.getOrDefault(b.id(), 0);
            int praised = praiseCounts.getOrDefault(b.id(), 0);
            if (b.active() || received > 0 || praised > 0) { // retired branches keep their past
                tallies.add(new BranchRank(0, b.id(), b.code(), b.name(), b.headcount(), received, praised,
                        b.headcount() == 0 ? 0 : (double) (received + praised) / b.headcount()));
            }
        }
        return tallies;
    }

    /** Recognition received per branch in [from, to): a range of ix_recognition_recipient_time. */
    private Map<Long, Integer> receivedByBranch(Set<Long> branchIds, LocalDateTime from, LocalDateTime to) {
        if (!from.isBefore(to)) {
            return Map.of();
        }
        return dsl.select(RECOGNITION_RECIPIENT.BRANCH_ID, DSL.count()).from(RECOGNITION_RECIPIENT)
                .where(RECOGNITION_RECIPIENT.CREATED_AT.ge(from)).and(RECOGNITION_RECIPIENT.CREATED_AT.lt(to))
                .and(branchIds == null ? DSL.noCondition() : RECOGNITION_RECIPIENT.BRANCH_ID.in(branchIds))
                .groupBy(RECOGNITION_RECIPIENT.BRANCH_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    /** A branch with its active headcount now. */
    public record BranchRow(long id, String code, String name, boolean active, int headcount) {
    }

    /**
     * Branches (of {@code branchIds}, null: all), open and retired, by code, with their active headcount: org's
     * branches (all of them, in its order by code) and headcounts, filtered here.
     */
    public List<BranchRow> branchRows(Set<Long> branchIds) {
        if (branchIds != null && branchIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> headcount = directory.activeHeadcount();
        List<BranchRow> rows = new ArrayList<>();
        for (Branch b : directory.allBranches()) {
            if (branchIds == null || branchIds.contains(b.id())) {
                rows.add(new BranchRow(b.id(), b.code(), b.name(), b.active(), headcount.getOrDefault(b.id(), 0)));
            }
        }
        return rows;
    }

    /**
     * Active people of a branch by approved customer praise (given in the branch), then recognition received there,
     * in [from, to), most first, then by name; opted-out people without a name. Bounded by the people recognised or
     * praised in the branch in the period: recognition counts its recipients, feedback its praise, org gives those
     * people in name order (one call), and a stable sort by the counts keeps the name order among equals.
     */
    public List<PersonRank> personTallies(long branchId, LocalDateTime from, LocalDateTime to, int limit) {
        Map<Long, Integer> received = dsl.select(RECOGNITION_RECIPIENT.EMPLOYEE_ID, DSL.count())
                .from(RECOGNITION_RECIPIENT)
                .where(RECOGNITION_RECIPIENT.BRANCH_ID.eq(branchId))
                .and(RECOGNITION_RECIPIENT.CREATED_AT.ge(from)).and(RECOGNITION_RECIPIENT.CREATED_AT.lt(to))
                .groupBy(RECOGNITION_RECIPIENT.EMPLOYEE_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
        Map<Long, Integer> praised = praise.countByPerson(branchId, from, to);
        Set<Long> ids = new java.util.HashSet<>();
        received.forEach((id, n) -> {
            if (n > 0) {
                ids.add(id);
            }
        });
        praised.forEach((id, n) -> {
            if (n > 0) {
                ids.add(id);
            }
        });
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Employee> people = staff.byName(ids).stream().filter(Employee::active).toList();
        if (people.isEmpty()) {
            return List.of();
        }
        Set<Long> optedOut = dsl.select(RECOGNITION_PREFERENCE.EMPLOYEE_ID).from(RECOGNITION_PREFERENCE)
                .where(RECOGNITION_PREFERENCE.EMPLOYEE_ID.in(people.stream().map(Employee::id).toList()))
                .and(RECOGNITION_PREFERENCE.LEADERBOARD_OPT_OUT.isTrue())
                .fetchSet(RECOGNITION_PREFERENCE.EMPLOYEE_ID);
        return people.stream()
                .sorted(java.util.Comparator.comparingInt((Employee e) -> praised.getOrDefault(e.id(), 0)).reversed()
                        .thenComparing(java.util.Comparator.comparingInt(
                                (Employee e) -> received.getOrDefault(e.id(), 0)).reversed()))
                .limit(limit)
                .map(e -> {
                    int r = received.getOrDefault(e.id(), 0);
                    int p = praised.getOrDefault(e.id(), 0);
                    return optedOut.contains(e.id()) ? new PersonRank(0, null, null, r, p)
                            : new PersonRank(0, e.id(), e.fullName(), r, p);
                })
                .toList();
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
