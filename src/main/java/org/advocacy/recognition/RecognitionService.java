package org.advocacy.recognition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.advocacy.audit.AuditAction;
import org.advocacy.audit.AuditLog;
import org.advocacy.kernel.OrgTimeZone;
import org.advocacy.kernel.ValidationException;
import org.advocacy.notification.NotificationService;
import org.advocacy.recognition.internal.CompanyValueRepository;
import org.advocacy.recognition.internal.RecognitionQuery;
import org.advocacy.recognition.internal.RecognitionQuery.Person;
import org.advocacy.recognition.internal.RecognitionRepository;
import org.advocacy.recognition.internal.Viewer;
import org.advocacy.security.BranchScope;
import org.advocacy.security.CurrentUser;
import org.advocacy.security.PortalUser;
import org.advocacy.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recognition by the company's values. Who may recognise whom, who sees private entries and which branches a
 * manager looks after are decided here and in the queries, never by the screens:
 * managers recognise people of their branches; with peer recognition on, any employee recognises any colleague;
 * nobody recognises themselves; private entries are seen only by the recipients, their managers and the giver.
 */
@Service
public class RecognitionService {

    static final String PEER_SETTING = "recognition.peer-enabled";
    /** The notification kind of "you were recognised". */
    public static final String NOTICE_KIND = "recognition.received";
    public static final int MAX_MESSAGE = 1000;
    public static final int MAX_RECIPIENTS = 20;
    public static final int MAX_VALUES = 5;
    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,31}$");
    private static final Pattern COLOUR = Pattern.compile("^#[0-9A-Fa-f]{6}$");
    private static final Pattern ICON = Pattern.compile("^vaadin:[a-z0-9-]{1,32}$");

    private final CompanyValueRepository values;
    private final RecognitionRepository repository;
    private final RecognitionQuery query;
    private final CurrentUser currentUser;
    private final NotificationService notifications;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;
    private final int defaultGapDays;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final RecognitionMonthTotals monthTotals;

    RecognitionService(CompanyValueRepository values, RecognitionRepository repository, RecognitionQuery query,
            CurrentUser currentUser, NotificationService notifications, AuditLog audit, Clock clock, OrgTimeZone zone,
            @Value("${app.recognition.gap-days:60}") int defaultGapDays,
            org.springframework.context.ApplicationEventPublisher events, RecognitionMonthTotals monthTotals) {
        this.values = values;
        this.repository = repository;
        this.query = query;
        this.currentUser = currentUser;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone.zone();
        this.defaultGapDays = defaultGapDays;
        this.events = events;
        this.monthTotals = monthTotals;
    }

    // --- company values ---

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CompanyValue> values(boolean activeOnly) {
        return values.findAll(activeOnly);
    }

    @PreAuthorize("hasRole('HR')")
    @Transactional
    public long createValue(CompanyValueData data) {
        CompanyValueData d = validate(data, null);
        long id = values.insert(d, now());
        audit.record(AuditAction.COMPANY_VALUE_CREATED, d.code(), d.nameEn());
        return id;
    }

    @PreAuthorize("hasRole('HR')")
    @Transactional
    public void updateValue(long id, CompanyValueData data) {
        if (values.findById(id).isEmpty()) {
            throw new ValidationException(null, "error.notFound");
        }
        CompanyValueData d = validate(data, id);
        values.update(id, d);
        audit.record(AuditAction.COMPANY_VALUE_UPDATED, d.code(), d.nameEn() + (d.active() ? "" : " (retired)"));
    }

    private CompanyValueData validate(CompanyValueData d, Long id) {
        String code = trim(d.code()).toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new ValidationException("code", "recognition.value.error.code");
        }
        if (values.codeTaken(code, id)) {
            throw new ValidationException("code", "recognition.value.error.codeTaken", code);
        }
        String icon = trim(d.icon()).isEmpty() ? "vaadin:star" : trim(d.icon());
        if (!ICON.matcher(icon).matches()) {
            throw new ValidationException("icon", "recognition.value.error.icon");
        }
        String colour = trim(d.colour()).isEmpty() ? "#8B5E3C" : trim(d.colour());
        if (!COLOUR.matcher(colour).matches()) {
            throw new ValidationException("colour", "recognition.value.error.colour");
        }
        return new CompanyValueData(code, required("nameVi", d.nameVi(), 80), required("nameEn", d.nameEn(), 80),
                required("meaningVi", d.meaningVi(), 200), required("meaningEn", d.meaningEn(), 200), icon, colour,
                d.active(), d.sortOrder());
    }

    // --- the peer-recognition switch ---

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean peerRecognitionEnabled() {
        return repository.setting(PEER_SETTING).map(Boolean::parseBoolean).orElse(false);
    }

    @PreAuthorize("hasRole('HR')")
    @Transactional
    public void setPeerRecognition(boolean enabled) {
        repository.putSetting(PEER_SETTING, Boolean.toString(enabled));
        audit.record(AuditAction.PEER_RECOGNITION_CHANGED, PEER_SETTING, Boolean.toString(enabled));
    }

    // --- giving recognition ---

    /** Whether the caller may recognise anybody at all (to show or hide the "Recognise" button). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canRecognise() {
        PortalUser user = currentUser.require();
        return !managed().isEmpty() || (user.employeeId() != null && user.has(Role.EMPLOYEE) && peerRecognitionEnabled());
    }

    /**
     * The people the caller may recognise for the lazy picker: the caller's own branch first (whom they work with),
     * then by name.
     */
    @PreAuthorize("hasAnyRole('EMPLOYEE','MANAGER')")
    @Transactional(readOnly = true)
    public List<Colleague> recipients(String text, int offset, int limit) {
        Set<Long> branches = recipientBranches();
        return query.candidates(text, branches, currentUser.require().employeeId(), ownBranchId().orElse(null), offset,
                Math.min(limit, 200));
    }

    /**
     * What the caller gave, newest first, whatever its visibility: recognition shared with a branch that is not
     * the giver's own never reaches the giver's feed, but it belongs in their own history.
     */
    @PreAuthorize("hasAnyRole('EMPLOYEE','MANAGER')")
    @Transactional(readOnly = true)
    public List<FeedItem> given(int offset, int limit) {
        Viewer viewer = viewer();
        return query.page(query.givenBy(viewer.userId()), query.noPraise(), viewer, values.findAll(false), offset,
                Math.min(limit, 200));
    }

    @PreAuthorize("hasAnyRole('EMPLOYEE','MANAGER')")
    @Transactional(readOnly = true)
    public int givenCount() {
        return query.count(query.givenBy(currentUser.require().id()), query.noPraise());
    }

    @PreAuthorize("hasAnyRole('EMPLOYEE','MANAGER')")
    @Transactional(readOnly = true)
    public int countRecipients(String text) {
        return query.countCandidates(text, recipientBranches(), currentUser.require().employeeId());
    }

    /** null: every branch (peer recognition); else the managed ones (maybe none). */
    private Set<Long> recipientBranches() {
        PortalUser user = currentUser.require();
        if (user.employeeId() != null && user.has(Role.EMPLOYEE) && peerRecognitionEnabled()) {
            return null;
        }
        return managed();
    }

    /**
     * Recognises one or more people. Everything is checked before anything is stored; the recipients with an
     * account get a notice (and an e-mail after the commit, when configured and wanted).
     */
    @PreAuthorize("hasAnyRole('EMPLOYEE','MANAGER')")
    @Transactional
    public long recognise(RecognitionData data) {
        PortalUser giver = currentUser.require();
        Set<Long> recipientIds = data.recipientIds() == null ? Set.of() : new LinkedHashSet<>(data.recipientIds());
        if (recipientIds.isEmpty()) {
            throw new ValidationException("recipients", "recognition.error.recipients");
        }
        if (recipientIds.size() > MAX_RECIPIENTS) {
            throw new ValidationException("recipients", "recognition.error.tooManyRecipients", MAX_RECIPIENTS);
        }
        if (giver.employeeId() != null && recipientIds.contains(giver.employeeId())) {
            throw new ValidationException("recipients", "recognition.error.self");
        }
        Map<Long, Person> people = query.people(recipientIds);
        if (people.size() != recipientIds.size() || people.values().stream().anyMatch(p -> !p.active())) {
            throw new ValidationException("recipients", "recognition.error.unknownRecipient");
        }
        boolean peer = giver.employeeId() != null && giver.has(Role.EMPLOYEE) && peerRecognitionEnabled();
        Set<Long> managed = managed();
        for (Person p : people.values()) {
            if (!peer && !managed.contains(p.branchId())) {
                throw new AccessDeniedException("may not recognise employee " + p.employeeId());
            }
        }
        Set<Long> valueIds = data.valueIds() == null ? Set.of() : new LinkedHashSet<>(data.valueIds());
        if (valueIds.isEmpty()) {
            throw new ValidationException("values", "recognition.error.values");
        }
        if (valueIds.size() > MAX_VALUES) {
            throw new ValidationException("values", "recognition.error.tooManyValues", MAX_VALUES);
        }
        if (values.countActive(valueIds) != valueIds.size()) {
            throw new ValidationException("values", "recognition.error.unknownValue");
        }
        String message = required("message", data.message(), MAX_MESSAGE);
        if (data.visibility() == null) {
            throw new ValidationException("visibility", "error.required");
        }
        Map<Long, Long> branches = new LinkedHashMap<>();
        recipientIds.forEach(id -> branches.put(id, people.get(id).branchId()));
        LocalDateTime at = now();
        long id = repository.insert(giver.id(), message, data.visibility().name(), branches, valueIds, at);
        events.publishEvent(new RecognitionGiven(id, List.copyOf(branches.values()), at));
        String snippet = message.length() > 120 ? message.substring(0, 119) + "…" : message;
        for (Long userId : query.accountsOf(recipientIds).values()) {
            notifications.notify(userId, NOTICE_KIND, "recognition.notice.received",
                    List.of(giver.displayName(), snippet), "recognition/profile", true);
        }
        return id;
    }

    // --- feeds ---

    /** The branches whose feed the caller may open: their own and the ones they manage (HR and leaders: all). */
    @PreAuthorize("hasAnyRole('EMPLOYEE','MANAGER','HR','LEADER')")
    @Transactional(readOnly = true)
    public Set<Long> feedBranchIds() {
        BranchScope scope = currentUser.branchScope();
        if (scope.all()) {
            return null;
        }
        Set<Long> ids = new HashSet<>(scope.branchIds());
        ownBranchId().ifPresent(ids::add);
        return ids;
    }

    /**
     * A page of the company feed (branchId null) or a branch's feed, newest first: recognition and approved customer
     * praise; private entries and praise not (yet) approved never appear.
     */
    @PreAuthorize("hasAnyRole('EMPLOYEE','MANAGER','HR','LEADER')")
    @Transactional(readOnly = true)
    public List<FeedItem> feed(Long branchId, int offset, int limit) {
        checkFeed(branchId);
        return query.feedPage(branchId, viewer(), values.findAll(false), offset, Math.min(limit, 200));
    }

    @PreAuthorize("hasAnyRole('EMPLOYEE','MANAGER','HR','LEADER')")
    @Transactional(readOnly = true)
    public int feedCount(Long branchId) {
        checkFeed(branchId);
        return query.count(query.feed(branchId), query.praiseFeed(branchId));
    }

    private void checkFeed(Long branchId) {
        if (branchId == null) {
            return;
        }
        Set<Long> allowed = feedBranchIds();
        if (allowed != null && !allowed.contains(branchId)) {
            throw new AccessDeniedException("branch feed " + branchId);
        }
    }

    /** Applauds an entry the caller can see; a second applause by the same person is ignored (false). */
    @PreAuthorize("hasAnyRole('EMPLOYEE','MANAGER','HR','LEADER')")
    @Transactional
    public boolean applaud(long recognitionId) {
        Viewer viewer = viewer();
        if (!query.visible(recognitionId, viewer)) {
            throw new AccessDeniedException("recognition " + recognitionId);
        }
        return repository.applaud(recognitionId, viewer.userId(), now());
    }

    // --- profiles ---

    /** A person's recognition profile (null: the caller's own). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public RecognitionProfile profile(Long employeeId) {
        Person person = profilePerson(employeeId);
        Viewer viewer = viewer();
        var condition = query.receivedBy(person.employeeId(), viewer);
        List<CompanyValue> all = values.findAll(false);
        Map<Long, Integer> counts = query.valueCounts(condition);
        List<ValueCount> byValue = all.stream().filter(v -> counts.containsKey(v.id()))
                .map(v -> new ValueCount(v, counts.get(v.id())))
                .sorted(java.util.Comparator.comparingInt(ValueCount::count).reversed()).toList();
        List<LocalDateTime> times = query.times(condition);
        List<LocalDateTime> praiseTimes = query.praiseTimes(query.praiseOf(person.employeeId()));
        YearMonth thisMonth = YearMonth.now(clock.withZone(zone));
        TreeMap<YearMonth, int[]> months = new TreeMap<>();
        for (int i = 11; i >= 0; i--) {
            months.put(thisMonth.minusMonths(i), new int[2]);
        }
        for (LocalDateTime t : times) {
            int[] n = months.get(YearMonth.from(t.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone)));
            if (n != null) {
                n[0]++;
            }
        }
        for (LocalDateTime t : praiseTimes) {
            int[] n = months.get(YearMonth.from(t.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone)));
            if (n != null) {
                n[1]++;
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate anniversary = nextAnniversary(person.hireDate(), today);
        boolean own = person.employeeId() == (viewer.employeeId() == null ? -1 : viewer.employeeId());
        return new RecognitionProfile(person.colleague(), person.hireDate(), anniversary,
                anniversary.getYear() - person.hireDate().getYear(), times.size(), byValue,
                months.entrySet().stream().map(e -> new MonthCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList(),
                own, own && repository.leaderboardOptOut(person.employeeId()), praiseTimes.size());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<FeedItem> profileEntries(Long employeeId, int offset, int limit) {
        Person person = profilePerson(employeeId);
        Viewer viewer = viewer();
        return query.page(query.receivedBy(person.employeeId(), viewer), query.praiseOf(person.employeeId()), viewer,
                values.findAll(false), offset, Math.min(limit, 200));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int profileEntryCount(Long employeeId) {
        Person person = profilePerson(employeeId);
        return query.count(query.receivedBy(person.employeeId(), viewer()), query.praiseOf(person.employeeId()));
    }

    /** Whether the caller does not want to appear by name on leaderboards. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void setLeaderboardOptOut(boolean optOut) {
        Long employeeId = currentUser.require().employeeId();
        if (employeeId == null) {
            throw new ValidationException(null, "recognition.error.noEmployee");
        }
        repository.setLeaderboardOptOut(employeeId, optOut);
    }

    /** Own profile, or one the caller may read: the managers of the person's branch, HR and leaders. */
    private Person profilePerson(Long employeeId) {
        PortalUser user = currentUser.require();
        Long id = employeeId == null ? user.employeeId() : employeeId;
        if (id == null) {
            throw new ValidationException(null, "recognition.error.noEmployee");
        }
        Person person = query.person(id).orElseThrow(() -> new ValidationException(null, "error.notFound"));
        boolean allowed = id.equals(user.employeeId()) || currentUser.has(Role.HR) || currentUser.has(Role.LEADER)
                || managed().contains(person.branchId());
        if (!allowed) {
            throw new AccessDeniedException("profile " + id);
        }
        return person;
    }

    static LocalDate nextAnniversary(LocalDate hired, LocalDate today) {
        LocalDate next = hired.withYear(today.getYear());
        if (next.isBefore(today)) {
            next = hired.withYear(today.getYear() + 1);
        }
        if (!next.isAfter(hired)) {
            next = hired.plusYears(1);
        }
        return next;
    }

    // --- gaps ---

    /** Days without recognition after which someone is listed as a gap (app.recognition.gap-days, default 60). */
    @PreAuthorize("isAuthenticated()")
    public int defaultGapDays() {
        return defaultGapDays;
    }

    /** People of the caller's branches (HR: all) not recognised by anyone in the last {@code days} days. */
    @PreAuthorize("hasAnyRole('MANAGER','HR')")
    @Transactional(readOnly = true)
    public List<RecognitionGap> gaps(int days, int offset, int limit) {
        return query.gaps(scopeIds(), currentUser.require().employeeId(), cutoff(days), offset, Math.min(limit, 500));
    }

    @PreAuthorize("hasAnyRole('MANAGER','HR')")
    @Transactional(readOnly = true)
    public int gapCount(int days) {
        return query.countGaps(scopeIds(), currentUser.require().employeeId(), cutoff(days));
    }

    private LocalDateTime cutoff(int days) {
        if (days < 1 || days > 730) {
            throw new ValidationException("days", "recognition.gaps.error.days", 1, 730);
        }
        return now().minusDays(days);
    }

    // --- leaderboards ---

    /** Branches by recognition and approved customer praise per head of active staff in a month, so small branches can win. */
    @PreAuthorize("hasAnyRole('EMPLOYEE','MANAGER','HR','LEADER')")
    @Transactional(readOnly = true)
    public List<BranchRank> branchLeaderboard(YearMonth period) {
        return rankBranches(branchTallies(null, period));
    }

    /**
     * Active branches (of {@code branchIds}, null: all) and retired ones with history in the month, with active
     * headcount, recognition received and approved praise: the counts from the monthly rollups, so the time does
     * not grow with the history (issue 13).
     */
    private List<BranchRank> branchTallies(Set<Long> branchIds, YearMonth period) {
        if (period == null) {
            throw new ValidationException("period", "error.required");
        }
        Map<Long, int[]> counts = monthTotals.month(period, branchIds);
        List<BranchRank> out = new ArrayList<>();
        for (RecognitionQuery.BranchRow b : query.branchRows(branchIds)) {
            int[] c = counts.getOrDefault(b.id(), new int[2]);
            if (b.active() || c[0] > 0 || c[1] > 0) { // retired branches keep their past
                out.add(new BranchRank(0, b.id(), b.code(), b.name(), b.headcount(), c[0], c[1],
                        b.headcount() == 0 ? 0 : (double) (c[0] + c[1]) / b.headcount()));
            }
        }
        return out;
    }

    /** People of one managed branch by approved praise, then recognition, in a month; opted-out people appear without a name. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public List<PersonRank> peopleLeaderboard(long branchId, YearMonth period) {
        if (!managed().contains(branchId)) {
            throw new AccessDeniedException("people leaderboard of branch " + branchId);
        }
        LocalDateTime[] range = range(period);
        return rankPeople(query.personTallies(branchId, range[0], range[1], 50));
    }

    /**
     * Ordered by recognition and approved customer praise together per head (then more of both, then code); equal
     * rates share a rank.
     */
    static List<BranchRank> rankBranches(List<BranchRank> tallies) {
        List<BranchRank> sorted = new ArrayList<>(tallies);
        sorted.sort(java.util.Comparator.comparingDouble(BranchRank::perHead).reversed()
                .thenComparing(java.util.Comparator.comparingInt((BranchRank b) -> b.recognitions() + b.praise()).reversed())
                .thenComparing(BranchRank::code));
        List<BranchRank> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            BranchRank b = sorted.get(i);
            int rank = i > 0 && Double.compare(sorted.get(i - 1).perHead(), b.perHead()) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new BranchRank(rank, b.branchId(), b.code(), b.name(), b.headcount(), b.recognitions(), b.praise(),
                    b.perHead()));
        }
        return ranked;
    }

    static List<PersonRank> rankPeople(List<PersonRank> sortedTallies) {
        List<PersonRank> ranked = new ArrayList<>();
        for (int i = 0; i < sortedTallies.size(); i++) {
            PersonRank p = sortedTallies.get(i);
            PersonRank prev = i > 0 ? sortedTallies.get(i - 1) : null;
            int rank = prev != null && prev.praise() == p.praise() && prev.recognitions() == p.recognitions()
                    ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new PersonRank(rank, p.employeeId(), p.fullName(), p.recognitions(), p.praise()));
        }
        return ranked;
    }

    /** The branches the caller manages (empty for everyone else). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<Long> managedBranchIds() {
        return managed();
    }

    // --- counts for BI tools ---

    /** Recognition received per branch and per value in a month, within the caller's branch scope; no messages. */
    @PreAuthorize("hasAuthority('SCOPE_metrics:read') or hasAnyRole('HR','LEADER')")
    @Transactional(readOnly = true)
    public RecognitionStats stats(YearMonth period, Long branchId) {
        BranchScope scope = currentUser.branchScope();
        if (branchId != null && !scope.includes(branchId)) {
            throw new AccessDeniedException("branch " + branchId);
        }
        Set<Long> ids = branchId != null ? Set.of(branchId) : scope.all() ? null : scope.branchIds();
        LocalDateTime[] range = range(period);
        Map<Long, Map<String, Integer>> byBranch = query.valueCountsByBranch(ids, range[0], range[1]);
        Map<String, Integer> total = new TreeMap<>();
        List<RecognitionStats.BranchCounts> branches = branchTallies(ids, period).stream()
                .map(b -> {
                    Map<String, Integer> v = byBranch.getOrDefault(b.branchId(), Map.of());
                    v.forEach((code, n) -> total.merge(code, n, Integer::sum));
                    return new RecognitionStats.BranchCounts(b.code(), b.name(), b.headcount(), b.recognitions(),
                            new TreeMap<>(v));
                }).toList();
        return new RecognitionStats(period, branches, total);
    }

    // --- helpers ---

    private LocalDateTime[] range(YearMonth period) {
        if (period == null) {
            throw new ValidationException("period", "error.required");
        }
        return new LocalDateTime[] {utc(period.atDay(1)), utc(period.plusMonths(1).atDay(1))};
    }

    private LocalDateTime utc(LocalDate day) {
        return day.atStartOfDay(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    private Set<Long> managed() {
        if (!currentUser.has(Role.MANAGER)) {
            return Set.of();
        }
        BranchScope scope = currentUser.branchScope();
        return scope.all() ? new HashSet<>(allBranchIds()) : scope.branchIds();
    }

    private List<Long> allBranchIds() {
        return query.branchTallies(null, now(), now()).stream().map(BranchRank::branchId).toList();
    }

    /** null: all branches (HR); else the managed ones. */
    private Set<Long> scopeIds() {
        BranchScope scope = currentUser.branchScope();
        return scope.all() ? null : scope.branchIds();
    }

    private java.util.Optional<Long> ownBranchId() {
        Long employeeId = currentUser.require().employeeId();
        return employeeId == null ? java.util.Optional.empty() : query.person(employeeId).map(Person::branchId);
    }

    private Viewer viewer() {
        PortalUser user = currentUser.require();
        return new Viewer(user.id(), user.employeeId(), ownBranchId().orElse(null), managed());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static String required(String field, String value, int max) {
        String v = trim(value);
        if (v.isEmpty()) {
            throw new ValidationException(field, "error.required");
        }
        if (v.length() > max) {
            throw new ValidationException(field, "error.tooLong", max);
        }
        return v;
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
