package org.advocacy.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.advocacy.kernel.OrgTimeZone;
import org.advocacy.kernel.ValidationException;
import org.advocacy.feedback.internal.ExternalKey;
import org.advocacy.feedback.internal.FeedbackRepository;
import org.advocacy.feedback.internal.FollowUpRepository;
import org.advocacy.feedback.internal.NewFeedback;
import org.advocacy.feedback.internal.StaffRow;
import org.advocacy.notification.NotificationService;
import org.advocacy.org.EmployeePhoto;
import org.advocacy.org.EmployeePhotoService;
import org.advocacy.security.BranchScope;
import org.advocacy.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
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
public class FeedbackService {

    public static final int PRAISE_MAX = 1000;
    public static final int COMMENT_MAX = 2000;
    public static final int NAME_MAX = 120;
    public static final int EMAIL_MAX = 190;
    public static final int EXTERNAL_ID_MAX = 100;
    public static final int BATCH_MAX = 1000;

    static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"]{1,64}@[^@\\s<>\"]+\\.[^@\\s<>\"]{2,}$");
    static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 .()-]{6,22}$");
    static final Pattern UUID_FORMAT = Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    static final Pattern EXTERNAL_ID = Pattern.compile("^[\\x21-\\x7E]{1,100}$");

    private final FeedbackRepository feedback;
    private final FollowUpRepository followUps;
    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final StaffTokens staffTokens;
    private final Clock clock;
    private final OrgTimeZone zone;
    private final Duration duplicateWindow;
    private final Duration followUpDue;
    private final boolean csatEnabled;
    private final boolean cesEnabled;
    private final ApplicationEventPublisher events;
    private final EmployeePhotoService photos;
    /** Salt of the client hash, new at every start: duplicates are only looked for within minutes. */
    private final byte[] clientSalt = new byte[16];

    FeedbackService(FeedbackRepository feedback, FollowUpRepository followUps, NotificationService notifications,
            CurrentUser currentUser, Clock clock, OrgTimeZone zone, StaffTokens staffTokens,
            @Value("${app.feedback.duplicate-window:10m}") Duration duplicateWindow,
            @Value("${app.feedback.follow-up-due:48h}") Duration followUpDue,
            @Value("${app.feedback.csat-enabled:true}") boolean csatEnabled,
            @Value("${app.feedback.ces-enabled:true}") boolean cesEnabled, ApplicationEventPublisher events,
            EmployeePhotoService photos) {
        this.photos = photos;
        this.feedback = feedback;
        this.followUps = followUps;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.staffTokens = staffTokens;
        this.clock = clock;
        this.zone = zone;
        this.duplicateWindow = duplicateWindow;
        this.followUpDue = followUpDue;
        this.csatEnabled = csatEnabled;
        this.cesEnabled = cesEnabled;
        this.events = events;
        new SecureRandom().nextBytes(clientSalt);
    }

    // --- what the public form shows ---

    /** The active branch of a public link, or empty for an unknown or closed one. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<PublicBranch> publicBranch(String code) {
        return code == null || code.length() > 16 ? Optional.empty() : feedback.activeBranch(code);
    }

    /** The customer-facing staff the public form offers, each named by its opaque per-branch token. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<StaffChoice> staffOf(long branchId) {
        List<StaffRow> offered = feedback.staff(branchId).stream().filter(StaffRow::customerFacing).toList();
        Map<Long, Integer> photoVersions = photos.versionsForPublicForm(offered.stream().map(StaffRow::id).toList());
        return offered.stream().map(r -> new StaffChoice(staffTokens.of(branchId, r.id()), r.fullName(),
                photoVersions.get(r.id()))).toList();
    }

    /** The photo of the offered member of staff a token names; empty for anybody else and for people without one. */
    @PreAuthorize("permitAll()")
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
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<String> reviewUrl(long branchId) {
        return feedback.reviewUrl(branchId);
    }

    /** The offered member of staff a badge token names, or empty for every other value alike. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<StaffChoice> staffByToken(long branchId, String token) {
        if (!StaffTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return staffOf(branchId).stream().filter(s -> s.token().equals(token)).findFirst();
    }

    /** The token of a member of a branch's staff (for badge links and tests; offered or not is checked on use). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public String staffToken(String branchCode, long employeeId) {
        PublicBranch b = feedback.activeBranch(branchCode).orElseThrow(
                () -> new ValidationException("branch", "feedback.error.branch"));
        return staffTokens.of(b.id(), employeeId);
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Touchpoint> touchpoints() {
        return feedback.touchpoints(true);
    }

    /** The brand customers know (the organisation's name). */
    @PreAuthorize("permitAll()")
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
     * (a retried click stores once).
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public SubmitResult submitPublic(FeedbackData data, FeedbackOrigin origin) {
        if (origin.channel() != FeedbackChannel.WEB && origin.channel() != FeedbackChannel.KIOSK) {
            throw new IllegalArgumentException("public channel expected");
        }
        if (data.submissionId() == null || !UUID_FORMAT.matcher(data.submissionId()).matches()) {
            throw new ValidationException("submissionId", "feedback.error.submissionId");
        }
        Optional<Long> stored = feedback.idBySubmission(data.submissionId());
        if (stored.isPresent()) {
            return new SubmitResult(stored.get(), false);
        }
        NewFeedback row = validate(data, origin, null, false);
        return insertOne(row, () -> feedback.idBySubmission(row.submissionId()));
    }

    /** One answer through the API; the same external id again returns the stored id and stores nothing. */
    @PreAuthorize("hasAuthority('SCOPE_feedback:write')")
    @Transactional
    public SubmitResult submitApi(FeedbackData data, String client) {
        FeedbackOrigin origin = new FeedbackOrigin(FeedbackChannel.API, client, null);
        BranchScope scope = currentUser.branchScope();
        Lookups lookups = new Lookups();
        if (data.externalId() != null) {
            checkExternalId(data.externalId());
            // looked up within the answer's branch, after the token's branch check: another branch's answer with
            // the same external id is neither revealed nor does it block this one
            PublicBranch branch = branchOf(data, scope, lookups);
            Optional<Long> stored = feedback.idByExternal(branch.id(), data.externalId());
            if (stored.isPresent()) {
                return new SubmitResult(stored.get(), false);
            }
        }
        NewFeedback row = validate(data, origin, scope, true, lookups);
        return insertOne(row, () -> row.externalId() == null ? Optional.empty()
                : feedback.idByExternal(row.branchId(), row.externalId()));
    }

    /**
     * Up to {@value #BATCH_MAX} answers in one transaction: any invalid item refuses the whole batch, listing each
     * bad item. Items whose external id is already stored are skipped (idempotent re-sends).
     */
    @PreAuthorize("hasAuthority('SCOPE_feedback:write')")
    @Transactional
    public BatchResult submitBatch(List<FeedbackData> items, String client) {
        return batch(items, new FeedbackOrigin(FeedbackChannel.API, client, null));
    }

    /** HR's import of history from other survey tools: the same rules as the API batch. */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public BatchResult importBatch(List<FeedbackData> items) {
        return batch(items, new FeedbackOrigin(FeedbackChannel.IMPORT, "import:" + currentUser.require().id(), null));
    }

    /**
     * The batch at database speed (issue 13): validation in memory with the branches, touchpoints and named staff
     * looked up once per batch; one set-based query each for the external ids and submission ids already stored
     * (repeats inside the batch are refused item by item); multi-row inserts that return the new ids; follow-up
     * cases and notices per branch, not per item. No statement per item.
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
        java.util.Set<ExternalKey> existing = feedback.storedExternal(externalKeys);
        java.util.Set<String> submitted = submissionSeen.isEmpty() ? java.util.Set.of()
                : feedback.idsBySubmission(submissionSeen.keySet()).keySet();
        List<NewFeedback> fresh = rows.stream()
                .filter(r -> r.externalId() == null || !existing.contains(new ExternalKey(r.branchId(), r.externalId())))
                .filter(r -> r.submissionId() == null || !submitted.contains(r.submissionId()))
                .toList();
        List<Long> ids = feedback.insertAll(fresh); // one transaction with everything below
        LocalDateTime now = LocalDateTime.now(clock);
        Map<Long, List<Long>> managers = new HashMap<>();
        java.util.Set<Long> praisedBranches = new java.util.LinkedHashSet<>();
        for (int i = 0; i < fresh.size(); i++) {
            NewFeedback row = fresh.get(i);
            if (FeedbackRules.praiseNeedsModeration(row.employeeId(), row.praise())) {
                praisedBranches.add(row.branchId());
            }
            if (FeedbackRules.opensFollowUp(row.nps(), row.consent(), row.contactPhone(), row.contactEmail())) {
                followUps.open(ids.get(i), row.branchId(), now.plus(followUpDue), now);
                for (long manager : managers.computeIfAbsent(row.branchId(), feedback::managerUserIds)) {
                    notifications.notify(manager, "feedback.followUp.opened", "feedback.notice.followUpOpened",
                            List.of(), "feedback/follow-ups", true);
                }
            }
        }
        for (long branch : praisedBranches) {
            for (long manager : managers.computeIfAbsent(branch, feedback::managerUserIds)) {
                notifications.notify(manager, "feedback.praise.pending", "feedback.notice.praisePending", List.of(),
                        "feedback/moderation", false);
            }
        }
        publishStored(fresh);
        return new BatchResult(fresh.size(), rows.size() - fresh.size());
    }

    private SubmitResult insertOne(NewFeedback row, java.util.function.Supplier<Optional<Long>> winner) {
        long id;
        try {
            id = feedback.insert(row);
        } catch (DuplicateKeyException raced) {
            // the same submission arrived twice at once: the other request stored it
            return new SubmitResult(winner.get().orElseThrow(() -> raced), false);
        }
        afterInsert(id, row);
        publishStored(List.of(row));
        return new SubmitResult(id, true);
    }

    /** Tells the insights rollups, inside this transaction (the registry delivers it after the commit). */
    private void publishStored(List<NewFeedback> rows) {
        if (!rows.isEmpty()) {
            events.publishEvent(new CustomerFeedbackStored(rows.stream().map(r -> new CustomerFeedbackStored.Answer(
                    r.branchId(), r.localDate(), r.nps(), r.csat(), r.ces())).toList()));
        }
    }

    private void afterInsert(long id, NewFeedback row) {
        if (FeedbackRules.praiseNeedsModeration(row.employeeId(), row.praise())) {
            notifyPraisePending(row.branchId());
        }
        if (FeedbackRules.opensFollowUp(row.nps(), row.consent(), row.contactPhone(), row.contactEmail())) {
            LocalDateTime now = LocalDateTime.now(clock);
            followUps.open(id, row.branchId(), now.plus(followUpDue), now);
            for (long manager : feedback.managerUserIds(row.branchId())) {
                notifications.notify(manager, "feedback.followUp.opened", "feedback.notice.followUpOpened", List.of(),
                        "feedback/follow-ups", true);
            }
        }
    }

    private void notifyPraisePending(long branchId) {
        for (long manager : feedback.managerUserIds(branchId)) {
            notifications.notify(manager, "feedback.praise.pending", "feedback.notice.praisePending", List.of(),
                    "feedback/moderation", false);
        }
    }

    // --- validation ---

    /** Branches and touchpoints looked up once per request or batch, not once per item. */
    private final class Lookups {
        private final Map<String, Optional<PublicBranch>> branches = new HashMap<>();
        private java.util.Set<String> touchpoints;

        Optional<PublicBranch> branch(String code) {
            return branches.computeIfAbsent(code, feedback::activeBranch);
        }

        private String client;
        private String clientHash;

        /** The salted hash of the client, computed once per request or batch. */
        String clientHash(String c) {
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

        Optional<Long> employee(String email, long branchId) {
            return employees == null ? feedback.activeEmployeeInBranch(email, branchId)
                    : Optional.ofNullable(employees.get(branchId + " " + email));
        }

        Optional<Long> employee(long id, long branchId) {
            return employees == null ? feedback.activeEmployeeInBranch(id, branchId)
                    : Optional.ofNullable(employees.get(branchId + " #" + id));
        }

        boolean touchpoint(String code) {
            if (touchpoints == null) {
                touchpoints = feedback.touchpoints(true).stream().map(Touchpoint::code)
                        .collect(java.util.stream.Collectors.toSet());
            }
            return touchpoints.contains(code);
        }
    }

    private NewFeedback validate(FeedbackData d, FeedbackOrigin origin, BranchScope scope, boolean api) {
        return validate(d, origin, scope, api, new Lookups());
    }

    private NewFeedback validate(FeedbackData d, FeedbackOrigin origin, BranchScope scope, boolean api, Lookups lookups) {
        if (d.honeypot() != null && !d.honeypot().isEmpty()) {
            throw new ValidationException(null, "feedback.error.rejected");
        }
        PublicBranch branch = branchOf(d, scope, lookups);
        if (d.nps() == null || d.nps() < 0 || d.nps() > 10) {
            throw new ValidationException("nps", "feedback.error.nps");
        }
        Integer csat = d.csat();
        if (csat != null && (!csatEnabled && !api || csat < 1 || csat > 5)) {
            throw new ValidationException("csat", "feedback.error.csat");
        }
        Integer ces = d.ces();
        if (ces != null && (!cesEnabled && !api || ces < 1 || ces > 7)) {
            throw new ValidationException("ces", "feedback.error.ces");
        }
        String touchpoint = blankToNull(d.touchpoint());
        if (touchpoint != null) {
            String t = touchpoint.toLowerCase(Locale.ROOT);
            if (touchpoint.length() > 32 || !lookups.touchpoint(t)) {
                throw new ValidationException("touchpoint", "feedback.error.touchpoint");
            }
            touchpoint = t;
        }
        Long employeeId = null;
        String employee = blankToNull(d.employee());
        if (employee != null && !api) {
            // the public form names people only by the token of an offered (customer-facing) member of staff;
            // an e-mail, an internal id or anybody else's token all get the same answer
            String token = employee;
            employeeId = !StaffTokens.wellFormed(token) ? null : feedback.staff(branch.id()).stream()
                    .filter(StaffRow::customerFacing).filter(r -> staffTokens.of(branch.id(), r.id()).equals(token))
                    .map(StaffRow::id).findFirst().orElse(null);
            if (employeeId == null) {
                throw new ValidationException("employee", "feedback.error.employee");
            }
        } else if (employee != null) {
            Optional<Long> found = Optional.empty();
            if (employee.length() <= EMAIL_MAX && employee.contains("@")) {
                found = lookups.employee(employee.toLowerCase(Locale.ROOT), branch.id());
            } else if (employee.matches("^[0-9]{1,18}$")) {
                found = lookups.employee(Long.parseLong(employee), branch.id());
            }
            employeeId = found.orElseThrow(() -> new ValidationException("employee", "feedback.error.employee"));
        }
        String praise = text("praise", d.praise(), PRAISE_MAX);
        String comment = text("comment", d.comment(), COMMENT_MAX);

        String name = text("contactName", d.contactName(), NAME_MAX);
        String phone = blankToNull(d.contactPhone());
        String email = blankToNull(d.contactEmail());
        if (name != null && name.contains("\n")) {
            throw new ValidationException("contactName", "feedback.error.text");
        }
        if (!d.consent() && (name != null || phone != null || email != null)) {
            throw new ValidationException("consent", "feedback.error.consentRequired");
        }
        if (d.consent() && phone == null && email == null) {
            throw new ValidationException("contactPhone", "feedback.error.contactMissing");
        }
        if (phone != null) {
            long digits = phone.chars().filter(Character::isDigit).count();
            if (phone.length() > 24 || !PHONE.matcher(phone).matches() || digits < 8 || digits > 15) {
                throw new ValidationException("contactPhone", "feedback.error.phone");
            }
        }
        if (email != null) {
            email = email.toLowerCase(Locale.ROOT);
            if (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
                throw new ValidationException("contactEmail", "feedback.error.email");
            }
        }

        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime submittedAt = now;
        if (d.submittedAt() != null) {
            OffsetDateTime at = d.submittedAt();
            if (origin.channel() == FeedbackChannel.WEB || origin.channel() == FeedbackChannel.KIOSK) {
                throw new ValidationException("submittedAt", "feedback.error.submittedAt");
            }
            submittedAt = at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            if (submittedAt.isAfter(now.plusMinutes(5)) || submittedAt.isBefore(now.minusYears(5))) {
                throw new ValidationException("submittedAt", "feedback.error.submittedAt");
            }
        }
        String externalId = d.externalId();
        if (externalId != null) {
            checkExternalId(externalId);
        }
        String submissionId = d.submissionId();
        if (submissionId != null && !UUID_FORMAT.matcher(submissionId).matches()) {
            throw new ValidationException("submissionId", "feedback.error.submissionId");
        }

        String clientHash = origin.client() == null ? null : lookups.clientHash(origin.client());
        String textHash = null;
        if (praise != null || comment != null) {
            String normalized = (praise == null ? "" : praise) + "\u0000" + (comment == null ? "" : comment);
            textHash = sha256(SPACES.matcher(normalized.toLowerCase(Locale.ROOT)).replaceAll(" "));
            // the guard against a double-sent public form only: API and import items are deduplicated by their
            // external id, and two customers may well write the same short praise ("Rất tốt")
            boolean publicForm = origin.channel() == FeedbackChannel.WEB || origin.channel() == FeedbackChannel.KIOSK;
            if (publicForm && clientHash != null
                    && feedback.duplicateSince(clientHash, textHash, now.minus(duplicateWindow))) {
                throw new ValidationException(praise != null ? "praise" : "comment", "feedback.error.duplicate");
            }
        }
        String praiseStatus = FeedbackRules.praiseNeedsModeration(employeeId, praise) ? FeedbackRules.PENDING : null;
        boolean consent = d.consent();
        return new NewFeedback(branch.id(), d.nps(), csat, ces, touchpoint, employeeId, praise, comment,
                consent ? name : null, consent ? phone : null, consent ? email : null, consent, submittedAt,
                submittedAt.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone.zone()).toLocalDate(),
                origin.channel().code(), externalId, submissionId, clientHash, textHash, origin.kioskId(),
                praiseStatus, now, null);
    }

    /** The answer's open branch, which must be inside the caller's scope (null: the public form's own branch). */
    private PublicBranch branchOf(FeedbackData d, BranchScope scope, Lookups lookups) {
        String code = d.branch() == null ? "" : d.branch().trim().toUpperCase(Locale.ROOT);
        PublicBranch branch = (code.isEmpty() || code.length() > 16 ? Optional.<PublicBranch>empty() : lookups.branch(code))
                .orElseThrow(() -> new ValidationException("branch", "feedback.error.branch"));
        if (scope != null && !scope.includes(branch.id())) {
            throw new ValidationException("branch", "feedback.error.branchNotAllowed", branch.code());
        }
        return branch;
    }

    private static void checkExternalId(String externalId) {
        if (!EXTERNAL_ID.matcher(externalId).matches()) {
            throw new ValidationException("externalId", "feedback.error.externalId", EXTERNAL_ID_MAX);
        }
    }

    /** A free text: trimmed, null when blank, at most {@code max} characters, printable Unicode only. */
    static String text(String field, String value, int max) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        if (v.codePointCount(0, v.length()) > max) {
            throw new ValidationException(field, "feedback.error.tooLong", max);
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw new ValidationException(field, "feedback.error.text");
            }
            boolean control = Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t';
            if (control || c == '\uFFFE' || c == '\uFFFF') {
                throw new ValidationException(field, "feedback.error.text");
            }
        }
        return v.replace("\r\n", "\n");
    }

    static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(clientSalt);
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
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
