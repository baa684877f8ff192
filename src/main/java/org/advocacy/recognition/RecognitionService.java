package org.advocacy.recognition;

import org.advocacy.kernel.id.EmployeeId;
import static org.advocacy.kernel.TextRules.required;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.advocacy.audit.AuditAction;
import org.advocacy.audit.AuditLog;
import org.advocacy.kernel.OrgTimeZone;
import org.advocacy.kernel.ValidationException;
import org.advocacy.recognition.internal.CompanyValueRepository;
import org.advocacy.recognition.internal.RecognitionQuery;
import org.advocacy.recognition.internal.RecognitionQuery.Person;
import org.advocacy.recognition.internal.RecognitionRepository;
import org.advocacy.recognition.internal.Viewer;
import org.advocacy.security.BranchScope;
import org.advocacy.security.CurrentUser;
import org.advocacy.security.PortalUser;
import org.advocacy.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Giving recognition by the company's values, and reading it: feeds, applause, profiles. Who may recognise whom, who
 * sees private entries and which branches a manager looks after are decided here and in the queries, never by the
 * screens: managers recognise people of their branches; with peer recognition on, any employee recognises any colleague;
 * nobody recognises themselves; private entries are seen only by the recipients, their managers and the giver.
 */
@Service
public class RecognitionService {

    static final String PEER_SETTING = "recognition.peer-enabled";
    public static final int MAX_MESSAGE = 1000;
    public static final int MAX_RECIPIENTS = 20;
    public static final int MAX_VALUES = 5;

    private final CompanyValueRepository values;
    private final RecognitionRepository repository;
    private final RecognitionQuery query;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final ManagedBranches managedBranches;

    RecognitionService(CompanyValueRepository values, RecognitionRepository repository, RecognitionQuery query,
            CurrentUser currentUser, AuditLog audit, Clock clock, OrgTimeZone zone,
            org.springframework.context.ApplicationEventPublisher events, ManagedBranches managedBranches) {
        this.values = values;
        this.repository = repository;
        this.query = query;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone.zone();
        this.events = events;
        this.managedBranches = managedBranches;
    }

    // --- the peer-recognition switch ---

    @PreAuthorize(RecognitionPermissions.SIGNED_IN)
    @Transactional(readOnly = true)
    public boolean peerRecognitionEnabled() {
        return repository.setting(PEER_SETTING).map(Boolean::parseBoolean).orElse(false);
    }

    @PreAuthorize(RecognitionPermissions.HR)
    @Transactional
    public void setPeerRecognition(boolean enabled) {
        repository.putSetting(PEER_SETTING, Boolean.toString(enabled));
        audit.record(AuditAction.PEER_RECOGNITION_CHANGED, PEER_SETTING, Boolean.toString(enabled));
    }

    // --- giving recognition ---

    /** Whether the caller may recognise anybody at all (to show or hide the "Recognise" button). */
    @PreAuthorize(RecognitionPermissions.SIGNED_IN)
    @Transactional(readOnly = true)
    public boolean canRecognise() {
        PortalUser user = currentUser.require();
        return !managed().isEmpty() || (user.employeeId() != null && user.has(Role.EMPLOYEE) && peerRecognitionEnabled());
    }

    /**
     * The people the caller may recognise for the lazy picker: the caller's own branch first (whom they work with),
     * then by name.
     */
    @PreAuthorize(RecognitionPermissions.EMPLOYEE_OR_MANAGER)
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
    @PreAuthorize(RecognitionPermissions.EMPLOYEE_OR_MANAGER)
    @Transactional(readOnly = true)
    public List<FeedItem> given(int offset, int limit) {
        Viewer viewer = viewer();
        return query.page(query.givenBy(viewer.userId()), query.noPraise(), viewer, values.findAll(false), offset,
                Math.min(limit, 200));
    }

    @PreAuthorize(RecognitionPermissions.EMPLOYEE_OR_MANAGER)
    @Transactional(readOnly = true)
    public int givenCount() {
        return query.count(query.givenBy(currentUser.require().id()), query.noPraise());
    }

    @PreAuthorize(RecognitionPermissions.EMPLOYEE_OR_MANAGER)
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
     * account get a notice (and an e-mail, when configured and wanted) from the {@link RecognitionGiven} event.
     */
    @PreAuthorize(RecognitionPermissions.EMPLOYEE_OR_MANAGER)
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
        long id = repository.insert(giver.id(), message, data.visibility(), branches, valueIds, at);
        // the rollups count it; the notification module tells the recipients (after the commit)
        String snippet = message.length() > 120 ? message.substring(0, 119) + "…" : message;
        events.publishEvent(new RecognitionGiven(id, List.copyOf(branches.values()), at,
                recipientIds.stream().map(EmployeeId::of).toList(),
                giver.displayName(), snippet));
        return id;
    }

    // --- feeds ---

    /** The branches whose feed the caller may open: their own and the ones they manage (HR and leaders: all). */
    @PreAuthorize(RecognitionPermissions.EMPLOYEE_MANAGER_HR_OR_LEADER)
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
    @PreAuthorize(RecognitionPermissions.EMPLOYEE_MANAGER_HR_OR_LEADER)
    @Transactional(readOnly = true)
    public List<FeedItem> feed(Long branchId, int offset, int limit) {
        checkFeed(branchId);
        return query.feedPage(branchId, viewer(), values.findAll(false), offset, Math.min(limit, 200));
    }

    @PreAuthorize(RecognitionPermissions.EMPLOYEE_MANAGER_HR_OR_LEADER)
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
    @PreAuthorize(RecognitionPermissions.EMPLOYEE_MANAGER_HR_OR_LEADER)
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
    @PreAuthorize(RecognitionPermissions.SIGNED_IN)
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

    @PreAuthorize(RecognitionPermissions.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<FeedItem> profileEntries(Long employeeId, int offset, int limit) {
        Person person = profilePerson(employeeId);
        Viewer viewer = viewer();
        return query.page(query.receivedBy(person.employeeId(), viewer), query.praiseOf(person.employeeId()), viewer,
                values.findAll(false), offset, Math.min(limit, 200));
    }

    @PreAuthorize(RecognitionPermissions.SIGNED_IN)
    @Transactional(readOnly = true)
    public int profileEntryCount(Long employeeId) {
        Person person = profilePerson(employeeId);
        return query.count(query.receivedBy(person.employeeId(), viewer()), query.praiseOf(person.employeeId()));
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

    // --- helpers ---

    private Set<Long> managed() {
        return managedBranches.ofCaller();
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
}
