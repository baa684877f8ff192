package org.advocacy.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.advocacy.kernel.OrgTimeZone;
import org.advocacy.kernel.db.DatabaseTimeLimit;
import org.advocacy.kernel.db.GroupCommit;
import org.advocacy.kernel.db.LockRetry;
import org.advocacy.kernel.ValidationException;
import org.advocacy.feedback.internal.ExternalKey;
import org.advocacy.feedback.internal.FeedbackRepository;
import org.advocacy.feedback.internal.FollowUpRepository;
import org.advocacy.feedback.internal.NewFeedback;
import org.advocacy.feedback.internal.StaffRow;
import org.advocacy.kernel.mail.EmailAddress;
import org.advocacy.org.EmployeePhoto;
import org.advocacy.org.EmployeePhotoService;
import org.advocacy.security.BranchScope;
import org.advocacy.security.CurrentUser;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives customer feedback from the public form, kiosks, the API and CSV imports. Validates every field
 * (rejections carry a translation key), stores each answer once (submission id, external id), keeps contact details
 * only with consent, queues praise that names an employee for moderation and opens a follow-up case for a
 * detractor who may be contacted, all in one transaction.
 */
@Service
public class FeedbackService implements DisposableBean {

    public static final int PRAISE_MAX = 1000;
    public static final int COMMENT_MAX = 2000;
    public static final int NAME_MAX = 120;
    public static final int EMAIL_MAX = EmailAddress.MAX_LENGTH;
    public static final int EXTERNAL_ID_MAX = 100;
    public static final int BATCH_MAX = 1000;

    static final Pattern UUID_FORMAT = FeedbackValidator.UUID_FORMAT;

    private final FeedbackRepository feedback;
    private final FollowUpRepository followUps;
    private final CurrentUser currentUser;
    private final StaffTokens staffTokens;
    private final Clock clock;
    private final OrgTimeZone zone;
    private final Duration followUpDue;
    private final boolean csatEnabled;
    private final boolean cesEnabled;
    private final ApplicationEventPublisher events;
    private final EmployeePhotoService photos;
    /** Salt of the client hash, new at every start: duplicates are only looked for within minutes. */
    private final byte[] clientSalt = new byte[16];
    private final FeedbackValidator validator;
    /** Single answers of the form, kiosks and the API, written in groups (issue 13, docs/decisions/0055). */
    private final GroupCommit<Single, SubmitResult> singles;
    private final LockRetry lockRetry;
    private final DatabaseTimeLimit timeLimit;

    FeedbackService(FeedbackRepository feedback, FollowUpRepository followUps, CurrentUser currentUser,
            Clock clock, OrgTimeZone zone, StaffTokens staffTokens,
            @Value("${app.feedback.duplicate-window:10m}") Duration duplicateWindow,
            @Value("${app.feedback.follow-up-due:48h}") Duration followUpDue,
            @Value("${app.feedback.csat-enabled:true}") boolean csatEnabled,
            @Value("${app.feedback.ces-enabled:true}") boolean cesEnabled, ApplicationEventPublisher events,
            EmployeePhotoService photos, LockRetry lockRetry, DatabaseTimeLimit timeLimit,
            @Value("${app.feedback.group-commit.max-group:200}") int maxGroup,
            @Value("${app.feedback.group-commit.queue:2000}") int queue) {
        this.photos = photos;
        this.feedback = feedback;
        this.followUps = followUps;
        this.currentUser = currentUser;
        this.staffTokens = staffTokens;
        this.clock = clock;
        this.zone = zone;
        this.followUpDue = followUpDue;
        this.csatEnabled = csatEnabled;
        this.cesEnabled = cesEnabled;
        this.events = events;
        this.validator = new FeedbackValidator(new FeedbackValidator.Settings(csatEnabled, cesEnabled, duplicateWindow,
                zone.zone()));
        new SecureRandom().nextBytes(clientSalt);
        this.lockRetry = lockRetry;
        this.timeLimit = timeLimit;
        // a request waits for its group as long as it may use the database, and a little longer for the commit
        this.singles = new GroupCommit<>("feedback", maxGroup, queue, timeLimit.requestLimit().plusSeconds(5),
                this::writeSingles);
    }

    @Override
    public void destroy() {
        singles.close();
    }

    // --- what the public form shows ---

    /** The active branch of a public link, or empty for an unknown or closed one. */
    @PreAuthorize(FeedbackPermissions.ANYONE)
    @Transactional(readOnly = true)
    public Optional<PublicBranch> publicBranch(String code) {
        return code == null || code.length() > 16 ? Optional.empty() : feedback.activeBranch(code);
    }

    /** The customer-facing staff the public form offers, each named by its opaque per-branch token. */
    @PreAuthorize(FeedbackPermissions.ANYONE)
    @Transactional(readOnly = true)
    public List<StaffChoice> staffOf(long branchId) {
        List<StaffRow> offered = feedback.staff(branchId).stream().filter(StaffRow::customerFacing).toList();
        Map<Long, Integer> photoVersions = photos.versionsForPublicForm(offered.stream().map(StaffRow::id).toList());
        return offered.stream().map(r -> new StaffChoice(staffTokens.of(branchId, r.id()), r.fullName(),
                photoVersions.get(r.id()))).toList();
    }

    /** The photo of the offered member of staff a token names; empty for anybody else and for people without one. */
    @PreAuthorize(FeedbackPermissions.ANYONE)
    @Transactional(readOnly = true)
    public Optional<EmployeePhoto> staffPhoto(long branchId, String token) {
        if (!StaffTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return feedback.staff(branchId).stream().filter(StaffRow::customerFacing)
                .filter(r -> staffTokens.of(branchId, r.id()).equals(token)).findFirst()
                .flatMap(r -> photos.photoForPublicForm(r.id()));
    }

    /** The branch's public review page that promoters who praised someone are offered, if the manager set one. */
    @PreAuthorize(FeedbackPermissions.ANYONE)
    @Transactional(readOnly = true)
    public Optional<String> reviewUrl(long branchId) {
        return feedback.reviewUrl(branchId);
    }

    /** The offered member of staff a badge token names, or empty for every other value alike. */
    @PreAuthorize(FeedbackPermissions.ANYONE)
    @Transactional(readOnly = true)
    public Optional<StaffChoice> staffByToken(long branchId, String token) {
        if (!StaffTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return staffOf(branchId).stream().filter(s -> s.token().equals(token)).findFirst();
    }

    /** The token of a member of a branch's staff (for badge links and tests; offered or not is checked on use). */
    @PreAuthorize(FeedbackPermissions.ANYONE)
    @Transactional(readOnly = true)
    public String staffToken(String branchCode, long employeeId) {
        PublicBranch b = feedback.activeBranch(branchCode).orElseThrow(
                () -> new ValidationException("branch", "feedback.error.branch"));
        return staffTokens.of(b.id(), employeeId);
    }

    @PreAuthorize(FeedbackPermissions.ANYONE)
    @Transactional(readOnly = true)
    public List<Touchpoint> touchpoints() {
        return feedback.touchpoints(true);
    }

    /** The brand customers know (the organisation's name). */
    @PreAuthorize(FeedbackPermissions.ANYONE)
    @Transactional(readOnly = true)
    public String brand() {
        return feedback.setting("org.name").orElse("Advocacy Portal");
    }

    public boolean csatEnabled() {
        return csatEnabled;
    }

    public boolean cesEnabled() {
        return cesEnabled;
    }

    // --- submissions ---

    /**
     * Stores an answer of the public form or a kiosk. The same submission id again returns the stored answer's id
     * (a retried click stores once). Written with the other single answers arriving at the same time, in one
     * transaction; returns once that committed.
     */
    @PreAuthorize(FeedbackPermissions.ANYONE)
    public SubmitResult submitPublic(FeedbackData data, FeedbackOrigin origin) {
        if (origin.channel() != FeedbackChannel.WEB && origin.channel() != FeedbackChannel.KIOSK) {
            throw new IllegalArgumentException("public channel expected");
        }
        if (data.submissionId() == null || !UUID_FORMAT.matcher(data.submissionId()).matches()) {
            throw new ValidationException("submissionId", "feedback.error.submissionId");
        }
        return singles.submit(new Single(data, origin, null, false));
    }

    /**
     * One answer through the API; the same external id again returns the stored id and stores nothing. Written with
     * the other single answers arriving at the same time, in one transaction; returns once that committed.
     */
    @PreAuthorize(FeedbackPermissions.FEEDBACK_WRITE_TOKEN)
    public SubmitResult submitApi(FeedbackData data, String client) {
        if (data.externalId() != null) {
            checkExternalId(data.externalId());
        }
        return singles.submit(new Single(data, new FeedbackOrigin(FeedbackChannel.API, client, null),
                currentUser.branchScope(), true));
    }

    /** A single answer waiting for its group: what it says, where from, and the caller's scope (API only). */
    private record Single(FeedbackData data, FeedbackOrigin origin, BranchScope scope, boolean api) {
    }

    /**
     * Writes a group of single answers in one transaction under the request time limit (the writer thread has no
     * request of its own): the stored ones looked up with one statement per kind of id, the new ones validated with
     * the branches and touchpoints read once for the group, inserted with one multi-row statement and told in one
     * event. Each answer gets its own outcome: one that is invalid, outside its caller's scope or refused by the
     * database fails alone.
     */
    private List<GroupCommit.Outcome<SubmitResult>> writeSingles(List<Single> group) {
        // a deadlock's victim (on Galera: a conflict with another node) is the whole group's transaction, run again
        return timeLimit.within(timeLimit.requestLimit(), () -> lockRetry.inTransaction(() -> storeSingles(group)));
    }

    private List<GroupCommit.Outcome<SubmitResult>> storeSingles(List<Single> group) {
        int n = group.size();
        List<GroupCommit.Outcome<SubmitResult>> out = new ArrayList<>(java.util.Collections.nCopies(n, null));
        Lookups lookups = new Lookups();
        lookups.employeesOf(group.stream().map(Single::data).toList());
        // 1. the answers stored already (a retry, or an answer sent twice at once): looked up before validation, as
        // a client re-sending an old answer gets its id even if the answer would not pass today's rules; an API
        // answer only within its branch, after the token's branch check, so another branch's is neither revealed
        // nor does it block this one
        ExternalKey[] external = new ExternalKey[n];
        java.util.Set<String> submissions = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            Single s = group.get(i);
            if (!s.api()) {
                submissions.add(s.data().submissionId());
            } else if (s.data().externalId() != null) {
                try {
                    external[i] = new ExternalKey(branchOf(s.data(), s.scope(), lookups).id(), s.data().externalId());
                } catch (ValidationException | AccessDeniedException e) {
                    out.set(i, GroupCommit.Outcome.failed(e));
                }
            }
        }
        Map<ExternalKey, Long> storedExternal = feedback.idsByExternal(java.util.Arrays.stream(external)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        Map<String, Long> storedSubmissions = feedback.idsBySubmission(submissions);
        // 2. the new ones validated; an id repeated inside the group follows its first answer
        NewFeedback[] rows = new NewFeedback[n];
        int[] follows = new int[n];
        java.util.Arrays.fill(follows, -1);
        Map<Object, Integer> first = new HashMap<>();
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (out.get(i) != null) {
                continue;
            }
            Single s = group.get(i);
            Long stored = s.api() ? (external[i] == null ? null : storedExternal.get(external[i]))
                    : storedSubmissions.get(s.data().submissionId());
            if (stored != null) {
                out.set(i, GroupCommit.Outcome.of(new SubmitResult(stored, false)));
                continue;
            }
            try {
                rows[i] = validate(s.data(), s.origin(), s.scope(), s.api(), lookups);
            } catch (ValidationException | AccessDeniedException e) {
                out.set(i, GroupCommit.Outcome.failed(e));
                continue;
            }
            Object key = rows[i].externalId() != null ? new ExternalKey(rows[i].branchId(), rows[i].externalId())
                    : rows[i].submissionId();
            Integer earlier = key == null ? null : first.putIfAbsent(key, i);
            if (earlier != null) {
                follows[i] = earlier;
            } else {
                fresh.add(i);
            }
        }
        // 3. the new ones in one statement; when the database refuses one (stored by a concurrent request or batch
        // since step 1, or an id equal to a stored one in the database's collation only), the statement is undone
        // as a whole (InnoDB's statement rollback) and the answers go in one by one, each refused one taking the
        // stored answer's id
        List<NewFeedback> inserted = new ArrayList<>();
        List<Long> insertedIds = new ArrayList<>();
        try {
            List<Long> ids = feedback.insertAll(fresh.stream().map(i -> rows[i]).toList());
            for (int k = 0; k < fresh.size(); k++) {
                int i = fresh.get(k);
                out.set(i, GroupCommit.Outcome.of(new SubmitResult(ids.get(k), true)));
                inserted.add(rows[i]);
                insertedIds.add(ids.get(k));
            }
        } catch (DataIntegrityViolationException refused) {
            for (int i : fresh) {
                NewFeedback row = rows[i];
                try {
                    long id = feedback.insert(row);
                    out.set(i, GroupCommit.Outcome.of(new SubmitResult(id, true)));
                    inserted.add(row);
                    insertedIds.add(id);
                } catch (DuplicateKeyException raced) {
                    Optional<Long> winner = row.externalId() != null
                            ? feedback.idByExternal(row.branchId(), row.externalId())
                            : row.submissionId() != null ? feedback.idBySubmission(row.submissionId()) : Optional.empty();
                    out.set(i, winner.map(id -> GroupCommit.Outcome.of(new SubmitResult(id, false)))
                            .orElseGet(() -> GroupCommit.Outcome.failed(raced)));
                } catch (DataIntegrityViolationException bad) {
                    out.set(i, GroupCommit.Outcome.failed(bad));
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (follows[i] >= 0) {
                GroupCommit.Outcome<SubmitResult> leader = out.get(follows[i]);
                out.set(i, leader.error() != null ? leader
                        : GroupCommit.Outcome.of(new SubmitResult(leader.value().id(), false)));
            }
        }
        LocalDateTime now = LocalDateTime.now(clock);
        for (int k = 0; k < inserted.size(); k++) {
            if (opensFollowUp(inserted.get(k))) {
                followUps.open(insertedIds.get(k), inserted.get(k).branchId(), now.plus(followUpDue), now);
            }
        }
        publishStored(inserted);
        return out;
    }

    /**
     * Up to {@value #BATCH_MAX} answers in one transaction: any invalid item refuses the whole batch, listing each
     * bad item. Items whose external id is already stored are skipped (idempotent re-sends).
     */
    @PreAuthorize(FeedbackPermissions.FEEDBACK_WRITE_TOKEN)
    @Transactional
    public BatchResult submitBatch(List<FeedbackData> items, String client) {
        return batch(items, new FeedbackOrigin(FeedbackChannel.API, client, null));
    }

    /** HR's import of history from other survey tools: the same rules as the API batch. */
    @PreAuthorize(FeedbackPermissions.HR)
    @Transactional
    public BatchResult importBatch(List<FeedbackData> items) {
        return batch(items, new FeedbackOrigin(FeedbackChannel.IMPORT, "import:" + currentUser.require().id(), null));
    }

    /**
     * The batch at database speed (issue 13): validation in memory with the branches, touchpoints and named staff
     * looked up once per batch; repeats inside the batch refused item by item; the answers inserted behind a
     * savepoint (one JDBC batch, multi-row inserts returning the ids of those that open a follow-up case), and only
     * when the database refuses a stored external or submission id is that undone, the stored ids looked up with one
     * set-based query each and the rest inserted; one event for the whole batch, whose notices the notification
     * module writes per branch. No statement per item except the follow-up cases.
     */
    private BatchResult batch(List<FeedbackData> items, FeedbackOrigin origin) {
        if (items == null || items.isEmpty()) {
            throw new ValidationException(null, "feedback.error.batchEmpty");
        }
        if (items.size() > BATCH_MAX) {
            throw new ValidationException(null, "feedback.error.batchSize", BATCH_MAX);
        }
        BranchScope scope = currentUser.branchScope();
        Lookups lookups = new Lookups();
        lookups.employeesOf(items);
        List<BatchItemError> errors = new ArrayList<>();
        List<NewFeedback> rows = new ArrayList<>();
        Map<ExternalKey, Integer> externalSeen = new HashMap<>();
        Map<String, Integer> submissionSeen = new HashMap<>();
        List<ExternalKey> externalKeys = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            FeedbackData item = items.get(i);
            try {
                if (item == null) {
                    throw new ValidationException(null, "feedback.error.itemMissing");
                }
                NewFeedback row = validate(item, origin, scope, true, lookups);
                if (row.externalId() != null) {
                    ExternalKey key = new ExternalKey(row.branchId(), row.externalId());
                    Integer first = externalSeen.putIfAbsent(key, i);
                    if (first != null) {
                        throw new ValidationException("externalId", "feedback.error.externalIdRepeated", first);
                    }
                    externalKeys.add(key);
                }
                if (row.submissionId() != null) {
                    Integer first = submissionSeen.putIfAbsent(row.submissionId(), i);
                    if (first != null) {
                        throw new ValidationException("submissionId", "feedback.error.submissionIdRepeated", first);
                    }
                }
                rows.add(row);
            } catch (ValidationException e) {
                errors.add(new BatchItemError(i, e.field(), e.messageKey(), e.args()));
            }
        }
        if (!errors.isEmpty()) {
            throw new BatchValidationException(errors);
        }
        // most batches are new answers: they are inserted at once behind a savepoint, and only when the database
        // refuses a stored external or submission id (a re-sent batch, or one sent twice at once) is that undone and
        // the stored ids looked up, so that those items are skipped; a batch without ids has nothing to look up
        List<NewFeedback> fresh = rows;
        List<Long> ids = null;
        if (!externalSeen.isEmpty() || !submissionSeen.isEmpty()) {
            var tx = org.springframework.transaction.interceptor.TransactionAspectSupport.currentTransactionStatus();
            Object savepoint = tx.createSavepoint();
            try {
                ids = insert(fresh);
            } catch (DuplicateKeyException stored) {
                tx.rollbackToSavepoint(savepoint);
                java.util.Set<ExternalKey> existing = feedback.storedExternal(externalKeys);
                java.util.Set<String> submitted = submissionSeen.isEmpty() ? java.util.Set.of()
                        : feedback.idsBySubmission(submissionSeen.keySet()).keySet();
                fresh = rows.stream()
                        .filter(r -> r.externalId() == null
                                || !existing.contains(new ExternalKey(r.branchId(), r.externalId())))
                        .filter(r -> r.submissionId() == null || !submitted.contains(r.submissionId()))
                        .toList();
                ids = null;
            }
        }
        if (ids == null) {
            ids = insert(fresh);
        }
        List<NewFeedback> opening = fresh.stream().filter(FeedbackService::opensFollowUp).toList();
        LocalDateTime now = LocalDateTime.now(clock);
        for (int i = 0; i < opening.size(); i++) {
            followUps.open(ids.get(i), opening.get(i).branchId(), now.plus(followUpDue), now);
        }
        publishStored(fresh);
        return new BatchResult(fresh.size(), rows.size() - fresh.size());
    }

    /**
     * The rows in this transaction; returns the ids of those that open a follow-up case, in their order. These need
     * their ids (multi-row inserts returning them); the others go in one JDBC batch.
     */
    private List<Long> insert(List<NewFeedback> rows) {
        feedback.insertAllWithoutIds(rows.stream().filter(r -> !opensFollowUp(r)).toList());
        return feedback.insertAll(rows.stream().filter(FeedbackService::opensFollowUp).toList());
    }

    private static boolean opensFollowUp(NewFeedback row) {
        return FeedbackRules.opensFollowUp(row.nps(), row.consent(), row.contactPhone(), row.contactEmail());
    }

    /**
     * Tells the insights rollups and the notification module (praise to moderate, cases opened), inside this
     * transaction: the registry delivers it after the commit, and again after a restart if it was not.
     */
    private void publishStored(List<NewFeedback> rows) {
        if (!rows.isEmpty()) {
            events.publishEvent(CustomerFeedbackStored.of(rows.stream().map(r -> new CustomerFeedbackStored.Answer(
                    r.branchId(), r.localDate(), r.nps(), r.csat(), r.ces(),
                    FeedbackRules.praiseNeedsModeration(r.employeeId(), r.praise()),
                    FeedbackRules.opensFollowUp(r.nps(), r.consent(), r.contactPhone(), r.contactEmail()))).toList()));
        }
    }

    // --- validation ---

    /** Branches and touchpoints looked up once per request or batch, not once per item. */
    /** The validator's facts, from the database, each looked up once per request or batch. */
    private final class Lookups implements FeedbackValidator.Facts {
        private final Map<String, Optional<PublicBranch>> branches = new HashMap<>();
        private java.util.Set<String> touchpoints;

        @Override
        public Optional<PublicBranch> branch(String code) {
            return branches.computeIfAbsent(code, feedback::activeBranch);
        }

        private String client;
        private String clientHash;

        /** The salted hash of the client, computed once per request or batch. */
        @Override
        public String clientHash(String c) {
            if (!c.equals(client)) {
                client = c;
                clientHash = sha256(c);
            }
            return clientHash;
        }

        /** Named staff of a batch (by e-mail or id), found with one query; null: look up one by one. */
        private Map<String, Long> employees;

        void employeesOf(List<FeedbackData> items) {
            java.util.Set<String> emails = new java.util.HashSet<>();
            java.util.Set<Long> ids = new java.util.HashSet<>();
            for (FeedbackData d : items) {
                String e = d == null ? null : blankToNull(d.employee());
                if (e == null) {
                    continue;
                }
                if (e.length() <= EMAIL_MAX && e.contains("@")) {
                    emails.add(e.toLowerCase(Locale.ROOT));
                } else if (e.matches("^[0-9]{1,18}$")) {
                    ids.add(Long.parseLong(e));
                }
            }
            employees = feedback.activeEmployees(emails, ids);
        }

        @Override
        public Optional<Long> employee(String email, long branchId) {
            return employees == null ? feedback.activeEmployeeInBranch(email, branchId)
                    : Optional.ofNullable(employees.get(branchId + " " + email));
        }

        @Override
        public Optional<Long> employee(long id, long branchId) {
            return employees == null ? feedback.activeEmployeeInBranch(id, branchId)
                    : Optional.ofNullable(employees.get(branchId + " #" + id));
        }

        @Override
        public Optional<Long> offeredStaff(long branchId, String token) {
            return feedback.staff(branchId).stream().filter(StaffRow::customerFacing)
                    .filter(r -> staffTokens.of(branchId, r.id()).equals(token)).map(StaffRow::id).findFirst();
        }

        @Override
        public String hash(String text) {
            return sha256(text);
        }

        @Override
        public boolean duplicateSince(String clientHash, String textHash, LocalDateTime since) {
            return feedback.duplicateSince(clientHash, textHash, since);
        }

        @Override
        public boolean touchpoint(String code) {
            if (touchpoints == null) {
                touchpoints = feedback.touchpoints(true).stream().map(Touchpoint::code)
                        .collect(java.util.stream.Collectors.toSet());
            }
            return touchpoints.contains(code);
        }
    }

    private NewFeedback validate(FeedbackData d, FeedbackOrigin origin, BranchScope scope, boolean api, Lookups lookups) {
        return validator.validate(d, origin, scope, api, lookups, LocalDateTime.now(clock));
    }

    /** The answer's open branch, which must be inside the caller's scope (null: the public form's own branch). */
    private PublicBranch branchOf(FeedbackData d, BranchScope scope, Lookups lookups) {
        return FeedbackValidator.branchOf(d, scope, lookups);
    }

    private static void checkExternalId(String externalId) {
        FeedbackValidator.checkExternalId(externalId);
    }

    /** A free text: trimmed, null when blank, at most {@code max} characters, printable Unicode only. */
    static String text(String field, String value, int max) {
        return FeedbackValidator.text(field, value, max);
    }

    static String blankToNull(String s) {
        return FeedbackValidator.blankToNull(s);
    }

    private String sha256(String s) {
        return HEX.formatHex(saltedDigest().digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    private static final HexFormat HEX = HexFormat.of();
    /** SHA-256 that has read the salt: copied for each hash instead of looked up and salted again (a batch hashes 1,000 texts). */
    private MessageDigest salted;

    private MessageDigest saltedDigest() {
        try {
            MessageDigest prototype = salted;
            if (prototype == null) {
                prototype = MessageDigest.getInstance("SHA-256");
                prototype.update(clientSalt);
                salted = prototype;
            }
            return (MessageDigest) prototype.clone(); // reads the prototype only: safe from several threads
        } catch (CloneNotSupportedException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Refuses a caller outside the branch scope (used by the views' services). */
    static void requireScope(BranchScope scope, long branchId) {
        if (!scope.includes(branchId)) {
            throw new AccessDeniedException("branch " + branchId + " is outside the caller's scope");
        }
    }
}
