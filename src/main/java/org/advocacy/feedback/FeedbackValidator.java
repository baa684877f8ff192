package org.advocacy.feedback;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.advocacy.kernel.ValidationException;
import org.advocacy.feedback.internal.NewFeedback;
import org.advocacy.kernel.mail.EmailAddress;
import org.advocacy.security.BranchScope;

/**
 * The rules a customer's answer must pass before it is stored, without Spring or a database: what the rules need to
 * know of the outside world (branches, touchpoints, staff, earlier answers, hashing) comes in as {@link Facts}, the
 * settings and the clock's "now" as plain values. The first broken rule is thrown as a {@link ValidationException}
 * naming the field; {@link FeedbackService} stores what passes.
 */
final class FeedbackValidator {

    static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 .()-]{6,22}$");
    static final Pattern UUID_FORMAT = Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
    static final Pattern EXTERNAL_ID = Pattern.compile("^[\\x21-\\x7E]{1,100}$");
    static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EMPLOYEE_ID = Pattern.compile("^[0-9]{1,18}$");

    /** What validation asks of the outside world. */
    interface Facts {

        /** The open branch with this (upper-case) code. */
        Optional<PublicBranch> branch(String code);

        /** Whether this (lower-case) touchpoint code is active. */
        boolean touchpoint(String code);

        /** The customer-facing member of staff a (well-formed) public-form token names in this branch. */
        Optional<Long> offeredStaff(long branchId, String token);

        /** The active employee of this branch with this (lower-case) e-mail address. */
        Optional<Long> employee(String email, long branchId);

        /** The active employee of this branch with this id. */
        Optional<Long> employee(long id, long branchId);

        /** The salted hash of a client address (the same salt as {@link #hash}). */
        String clientHash(String client);

        /** The salted hash of a normalised text. */
        String hash(String text);

        /** Whether this client sent this text since then (a double-sent form). */
        boolean duplicateSince(String clientHash, String textHash, LocalDateTime since);
    }

    /** The settings the rules depend on. */
    record Settings(boolean csatEnabled, boolean cesEnabled, Duration duplicateWindow, ZoneId zone) {
    }

    private final Settings settings;

    FeedbackValidator(Settings settings) {
        this.settings = settings;
    }

    /**
     * Checks one answer and returns the row to store. {@code scope} limits the branches (null: the public form's own
     * branch); {@code api} is true for the API and the import, which may name staff by e-mail or id and send
     * scores the public form has switched off.
     */
    NewFeedback validate(FeedbackData d, FeedbackOrigin origin, BranchScope scope, boolean api, Facts facts,
            LocalDateTime now) {
        if (d.honeypot() != null && !d.honeypot().isEmpty()) {
            throw new ValidationException(null, "feedback.error.rejected");
        }
        PublicBranch branch = branchOf(d, scope, facts);
        if (d.nps() == null || d.nps() < 0 || d.nps() > 10) {
            throw new ValidationException("nps", "feedback.error.nps");
        }
        Integer csat = d.csat();
        if (csat != null && (!settings.csatEnabled() && !api || csat < 1 || csat > 5)) {
            throw new ValidationException("csat", "feedback.error.csat");
        }
        Integer ces = d.ces();
        if (ces != null && (!settings.cesEnabled() && !api || ces < 1 || ces > 7)) {
            throw new ValidationException("ces", "feedback.error.ces");
        }
        String touchpoint = blankToNull(d.touchpoint());
        if (touchpoint != null) {
            String t = touchpoint.toLowerCase(Locale.ROOT);
            if (touchpoint.length() > 32 || !facts.touchpoint(t)) {
                throw new ValidationException("touchpoint", "feedback.error.touchpoint");
            }
            touchpoint = t;
        }
        Long employeeId = null;
        String employee = blankToNull(d.employee());
        if (employee != null && !api) {
            // the public form names people only by the token of an offered (customer-facing) member of staff;
            // an e-mail, an internal id or anybody else's token all get the same answer
            employeeId = !StaffTokens.wellFormed(employee) ? null : facts.offeredStaff(branch.id(), employee).orElse(null);
            if (employeeId == null) {
                throw new ValidationException("employee", "feedback.error.employee");
            }
        } else if (employee != null) {
            Optional<Long> found = Optional.empty();
            if (employee.length() <= EmailAddress.MAX_LENGTH && employee.contains("@")) {
                found = facts.employee(employee.toLowerCase(Locale.ROOT), branch.id());
            } else if (EMPLOYEE_ID.matcher(employee).matches()) {
                found = facts.employee(Long.parseLong(employee), branch.id());
            }
            employeeId = found.orElseThrow(() -> new ValidationException("employee", "feedback.error.employee"));
        }
        String praise = text("praise", d.praise(), FeedbackService.PRAISE_MAX);
        String comment = text("comment", d.comment(), FeedbackService.COMMENT_MAX);

        String name = text("contactName", d.contactName(), FeedbackService.NAME_MAX);
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
            email = EmailAddress.normalise(email);
            if (!EmailAddress.isValid(email)) {
                throw new ValidationException("contactEmail", "feedback.error.email");
            }
        }

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

        // the guard against a double-sent public form only: API and import items are deduplicated by their external
        // id, and two customers may well write the same short praise ("Rất tốt"); so only the form's answers are
        // hashed and keep the hashes the guard looks for (issue 13: no hash per item of a batch, and no entries in the
        // guard's index; the client's salt is new at every start, so its hash says nothing later anyway). Not a
        // kiosk's either: its tablet is one address that one customer after another uses, so the same short praise
        // from two of them within the window is two answers; a double tap there is stopped by the submission id and
        // a flood by the kiosk's own allowance (found by the load harness's kiosk visits)
        boolean publicForm = origin.channel() == FeedbackChannel.WEB;
        String clientHash = !publicForm || origin.client() == null ? null : facts.clientHash(origin.client());
        String textHash = null;
        if (publicForm && (praise != null || comment != null)) {
            String normalized = (praise == null ? "" : praise) + "\u0000" + (comment == null ? "" : comment);
            textHash = facts.hash(collapseSpaces(normalized.toLowerCase(Locale.ROOT)));
            if (clientHash != null
                    && facts.duplicateSince(clientHash, textHash, now.minus(settings.duplicateWindow()))) {
                throw new ValidationException(praise != null ? "praise" : "comment", "feedback.error.duplicate");
            }
        }
        PraiseStatus praiseStatus = FeedbackRules.praiseNeedsModeration(employeeId, praise) ? PraiseStatus.PENDING : null;
        boolean consent = d.consent();
        return new NewFeedback(branch.id(), d.nps(), csat, ces, touchpoint, employeeId, praise, comment,
                consent ? name : null, consent ? phone : null, consent ? email : null, consent, submittedAt,
                submittedAt.atOffset(ZoneOffset.UTC).atZoneSameInstant(settings.zone()).toLocalDate(),
                origin.channel().code(), externalId, submissionId, clientHash, textHash, origin.kioskId(),
                praiseStatus, now, null);
    }

    /** The answer's open branch, which must be inside the caller's scope (null: the public form's own branch). */
    static PublicBranch branchOf(FeedbackData d, BranchScope scope, Facts facts) {
        String code = d.branch() == null ? "" : d.branch().trim().toUpperCase(Locale.ROOT);
        PublicBranch branch = (code.isEmpty() || code.length() > 16 ? Optional.<PublicBranch>empty() : facts.branch(code))
                .orElseThrow(() -> new ValidationException("branch", "feedback.error.branch"));
        if (scope != null && !scope.includes(branch.id())) {
            throw new ValidationException("branch", "feedback.error.branchNotAllowed", branch.code());
        }
        return branch;
    }

    /** 1 to 100 printable ASCII characters without spaces ({@link #EXTERNAL_ID}, checked without a matcher per item). */
    static void checkExternalId(String externalId) {
        int n = externalId.length();
        boolean ok = n >= 1 && n <= FeedbackService.EXTERNAL_ID_MAX;
        for (int i = 0; ok && i < n; i++) {
            char c = externalId.charAt(i);
            ok = c >= 0x21 && c <= 0x7E;
        }
        if (!ok) {
            throw new ValidationException("externalId", "feedback.error.externalId", FeedbackService.EXTERNAL_ID_MAX);
        }
    }

    /**
     * Every run of whitespace ({@code \s}: space, tab, line feed, vertical tab, form feed, carriage return) as one
     * space, as {@code SPACES.matcher(s).replaceAll(" ")} does; the text itself when it has no run to collapse.
     */
    static String collapseSpaces(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (isSpace(c) && (c != ' ' || i + 1 < n && isSpace(s.charAt(i + 1)))) {
                break;
            }
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n).append(s, 0, i);
        boolean inRun = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                if (!inRun) {
                    b.append(' ');
                    inRun = true;
                }
            } else {
                b.append(c);
                inRun = false;
            }
        }
        return b.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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
}
