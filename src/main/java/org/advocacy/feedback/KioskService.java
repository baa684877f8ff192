package org.advocacy.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.advocacy.audit.AuditAction;
import org.advocacy.audit.AuditLog;
import org.advocacy.kernel.ValidationException;
import org.advocacy.feedback.internal.FeedbackRepository;
import org.advocacy.feedback.internal.KioskRepository;
import org.advocacy.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Kiosk device links: a manager binds a counter tablet to one of their branches and can revoke it. The link's
 * secret is shown once; only its SHA-256 is stored.
 */
@Service
public class KioskService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final KioskRepository kiosks;
    private final FeedbackRepository feedback;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    KioskService(KioskRepository kiosks, FeedbackRepository feedback, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.kiosks = kiosks;
        this.feedback = feedback;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(FeedbackPermissions.MANAGER)
    @Transactional
    public NewKiosk create(long branchId, String name) {
        FeedbackService.requireScope(currentUser.branchScope(), branchId);
        String n = FeedbackService.text("name", name, 80);
        if (n == null) {
            throw new ValidationException("name", "kiosk.error.name");
        }
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = kiosks.insert(branchId, n, hash(token), currentUser.require().email(), LocalDateTime.now(clock));
        audit.record(AuditAction.KIOSK_CREATED, feedback.branchById(branchId).map(PublicBranch::code).orElse("?"), n);
        return new NewKiosk(id, "/k/" + token);
    }

    @PreAuthorize(FeedbackPermissions.MANAGER)
    @Transactional
    public void revoke(long kioskId) {
        KioskDevice k = kiosks.findById(kioskId, currentUser.branchScope())
                .orElseThrow(() -> new ValidationException(null, "error.notFound"));
        kiosks.revoke(kioskId, LocalDateTime.now(clock));
        audit.record(AuditAction.KIOSK_REVOKED, k.branchCode(), k.name());
    }

    @PreAuthorize(FeedbackPermissions.MANAGER_OR_HR)
    @Transactional(readOnly = true)
    public List<KioskDevice> list() {
        return kiosks.find(currentUser.branchScope());
    }

    /** The active kiosk of a device link, for the public kiosk page. */
    @PreAuthorize(FeedbackPermissions.ANYONE)
    @Transactional(readOnly = true)
    public Optional<KioskDevice> byToken(String token) {
        if (token == null || token.length() < 20 || token.length() > 64 || !token.matches("^[A-Za-z0-9_-]+$")) {
            return Optional.empty();
        }
        return kiosks.activeByTokenHash(hash(token));
    }

    /** The review page of a branch in the caller's scope (empty: none set). */
    @PreAuthorize(FeedbackPermissions.MANAGER_OR_HR)
    @Transactional(readOnly = true)
    public Optional<String> reviewUrl(long branchId) {
        FeedbackService.requireScope(currentUser.branchScope(), branchId);
        return feedback.reviewUrl(branchId);
    }

    /**
     * Sets the branch's public review page (an http or https address, at most {@value #REVIEW_URL_MAX} characters),
     * or removes it when blank; audited.
     */
    @PreAuthorize(FeedbackPermissions.MANAGER_OR_HR)
    @Transactional
    public Optional<String> setReviewUrl(long branchId, String url) {
        FeedbackService.requireScope(currentUser.branchScope(), branchId);
        String clean = reviewUrlOrNull(url);
        feedback.saveReviewUrl(branchId, clean, currentUser.require().id(), LocalDateTime.now(clock));
        audit.record(AuditAction.SETTINGS_CHANGED, feedback.branchById(branchId).map(PublicBranch::code).orElse("?"),
                "review page: " + (clean == null ? "none" : clean));
        return Optional.ofNullable(clean);
    }

    public static final int REVIEW_URL_MAX = 500;

    /** A well-formed absolute http(s) address with a host, or null for blank; anything else is refused. */
    static String reviewUrlOrNull(String url) {
        String u = FeedbackService.blankToNull(url);
        if (u == null) {
            return null;
        }
        if (u.length() > REVIEW_URL_MAX || u.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>')) {
            throw new ValidationException("reviewUrl", "kiosk.error.reviewUrl");
        }
        try {
            java.net.URI uri = new java.net.URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.getHost().isBlank()
                    || uri.getRawUserInfo() != null) {
                throw new ValidationException("reviewUrl", "kiosk.error.reviewUrl");
            }
        } catch (java.net.URISyntaxException e) {
            throw new ValidationException("reviewUrl", "kiosk.error.reviewUrl");
        }
        return u;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
