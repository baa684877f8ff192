package org.advocacy.settings;

import org.advocacy.kernel.web.PublicUrl;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import org.advocacy.audit.AuditAction;
import org.advocacy.audit.AuditLog;
import org.advocacy.kernel.ValidationException;
import org.advocacy.security.CurrentUser;
import org.advocacy.settings.internal.PublicAddressRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The portal's public address: where customers' phones and counter tablets reach it, printed into every QR code,
 * poster, kiosk link and e-mail. An administrator stores it in the portal; a stored address wins over the
 * environment's {@code PUBLIC_URL}, which applies while none is stored (docs/decisions/0038).
 *
 * <p>{@link #url()} is the one read every feature uses. It is asked on every QR code and e-mail, so it is kept in
 * memory for {@value #CACHE_SECONDS} seconds: a change on this node applies at once (the cache is dropped after the
 * commit), one on another node within that time.
 */
@Service
public class PublicAddressService implements PublicUrl {

    private static final Logger log = LoggerFactory.getLogger(PublicAddressService.class);

    public static final int MAX_LENGTH = 500;
    static final int CACHE_SECONDS = 30;

    private final PublicAddressRepository repository;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String environmentUrl;
    private volatile Cached cached;

    private record Cached(PublicAddress value, long loadedAt) {
    }

    PublicAddressService(PublicAddressRepository repository, AuditLog audit, CurrentUser currentUser, Clock clock,
            @Value("${app.public-url}") String environmentUrl) {
        this.repository = repository;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.environmentUrl = withoutTrailingSlash(environmentUrl.trim());
    }

    /**
     * The address to print, without a trailing slash. Public knowledge (it is on every poster), and needed where
     * nobody is signed in (public pages, the mailer's jobs, start-up), so it carries no role check.
     */
    @Override
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public String url() {
        return current().url();
    }

    /** The address with where it comes from, for the screens that show or change it. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public PublicAddress current() {
        Cached c = cached;
        if (c != null && System.nanoTime() - c.loadedAt() < CACHE_SECONDS * 1_000_000_000L) {
            return c.value();
        }
        try {
            PublicAddress fresh = repository.find()
                    .map(s -> new PublicAddress(s.url(), PublicAddress.Source.STORED, environmentUrl, s.updatedAt()))
                    .orElseGet(() -> new PublicAddress(environmentUrl, PublicAddress.Source.ENVIRONMENT, environmentUrl,
                            null));
            cached = new Cached(fresh, System.nanoTime());
            return fresh;
        } catch (DataAccessException e) {
            // a database that does not answer must not take the QR codes and e-mails down with it
            log.warn("Could not read the stored public address, using {}: {}",
                    c != null ? "the last one read" : "PUBLIC_URL", e.toString());
            return c != null ? c.value() : new PublicAddress(environmentUrl, PublicAddress.Source.ENVIRONMENT,
                    environmentUrl, null);
        }
    }

    /**
     * Stores the public address: an absolute http or https address with a host, without a query, a fragment or a
     * user name, at most {@value #MAX_LENGTH} characters; a trailing slash is dropped. Refused input stores nothing.
     * Audited with the address before and after.
     */
    @PreAuthorize(SettingsPermissions.ADMIN)
    @Transactional
    public PublicAddress set(String url) {
        String clean = validate(url);
        String before = current().url();
        repository.save(clean, currentUser.get().map(u -> u.id()).orElse(null), LocalDateTime.now(clock));
        audit.record(AuditAction.PUBLIC_URL_CHANGED, "public address", before + " → " + clean);
        forgetAfterCommit();
        return new PublicAddress(clean, PublicAddress.Source.STORED, environmentUrl, LocalDateTime.now(clock));
    }

    /** Removes the stored address, so that {@code PUBLIC_URL} applies again; audited. */
    @PreAuthorize(SettingsPermissions.ADMIN)
    @Transactional
    public PublicAddress clear() {
        String before = current().url();
        if (repository.delete()) {
            audit.record(AuditAction.PUBLIC_URL_CHANGED, "public address", before + " → PUBLIC_URL " + environmentUrl);
        }
        forgetAfterCommit();
        return new PublicAddress(environmentUrl, PublicAddress.Source.ENVIRONMENT, environmentUrl, null);
    }

    /** Whether customers cannot open the address: a loopback host (localhost, 127.x, ::1) or none at all. */
    public static boolean isLoopback(String url) {
        try {
            String host = URI.create(url).getHost();
            if (host == null) {
                return true;
            }
            String h = host.toLowerCase(Locale.ROOT).replace("[", "").replace("]", "");
            return h.equals("localhost") || h.endsWith(".localhost") || h.startsWith("127.") || h.equals("::1")
                    || h.equals("0.0.0.0") || h.equals("0:0:0:0:0:0:0:1");
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /** The cleaned address, or a {@link ValidationException} naming what to fix. */
    static String validate(String url) {
        String u = url == null ? "" : url.strip();
        if (u.isEmpty()) {
            throw invalid("settings.publicUrl.error.required");
        }
        if (u.length() > MAX_LENGTH) {
            throw new ValidationException("url", "settings.publicUrl.error.tooLong", MAX_LENGTH);
        }
        if (u.chars().anyMatch(c -> c <= ' ' || c == 0x7f || c == '"' || c == '<' || c == '>' || c == '\\')) {
            throw invalid("settings.publicUrl.error.spaces");
        }
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            throw invalid("settings.publicUrl.error.invalid");
        }
        String scheme = Optional.ofNullable(uri.getScheme()).map(s -> s.toLowerCase(Locale.ROOT)).orElse("");
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw invalid("settings.publicUrl.error.scheme");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || u.contains("?") || u.contains("#")) {
            throw invalid("settings.publicUrl.error.query");
        }
        if (uri.getRawUserInfo() != null) {
            throw invalid("settings.publicUrl.error.userInfo");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw invalid("settings.publicUrl.error.invalid");
        }
        return scheme + u.substring(scheme.length()).replaceAll("/+$", "");
    }

    private static ValidationException invalid(String key) {
        return new ValidationException("url", key);
    }

    private static String withoutTrailingSlash(String url) {
        return url.replaceAll("/+$", "");
    }

    private void forgetAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cached = null;
                }
            });
        } else {
            cached = null;
        }
    }
}
