package org.advocacy.security;

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
import org.advocacy.security.internal.ApiTokenRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, lists, revokes and checks the bearer tokens of the integration API. Only SHA-256 hashes are stored. */
@Service
public class ApiTokenService {

    private static final Logger log = LoggerFactory.getLogger(ApiTokenService.class);
    static final String ENV_TOKEN_NAME = "API_TOKEN (environment)";

    private final ApiTokenRepository repository;
    private final AuditLog audit;
    private final Clock clock;
    private final String bootstrapToken;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokenRepository repository, AuditLog audit, Clock clock,
            @Value("${app.api.bootstrap-token:}") String bootstrapToken) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
        this.bootstrapToken = bootstrapToken;
    }

    @PreAuthorize(SecurityPermissions.ADMIN)
    @Transactional
    public NewApiToken create(ApiTokenData data) {
        String name = data.name() == null ? "" : data.name().trim();
        if (name.isEmpty() || name.length() > 80) {
            throw new ValidationException("name", "apiToken.error.name");
        }
        if (data.scopes() == null || data.scopes().isEmpty()) {
            throw new ValidationException("scopes", "apiToken.error.scopes");
        }
        String secret = "adv_" + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(30));
        long id = repository.insert(name, hash(secret), secret.substring(0, 10), data.scopes(), data.branchId(),
                currentActor(), LocalDateTime.now(clock));
        audit.record(AuditAction.API_TOKEN_CREATED, name,
                "scopes=" + data.scopes().stream().map(ApiScope::code).sorted().toList()
                        + (data.branchId() == null ? "" : ", branchId=" + data.branchId()));
        return new NewApiToken(id, secret);
    }

    @PreAuthorize(SecurityPermissions.ADMIN)
    @Transactional
    public void revoke(long id) {
        String name = repository.name(id).orElseThrow(() -> new ValidationException(null, "error.notFound"));
        if (repository.revoke(id, LocalDateTime.now(clock)) > 0) {
            audit.record(AuditAction.API_TOKEN_REVOKED, name, null);
        }
    }

    @PreAuthorize(SecurityPermissions.ADMIN)
    @Transactional(readOnly = true)
    public List<ApiTokenListItem> list() {
        return repository.list();
    }

    /**
     * Checks a presented secret; records when the token was last used (at most once a minute per token). No
     * transaction: the lookup and the rare touch are one statement each, and a transaction around them cost three
     * more round trips on every API request (issue 13).
     */
    public Optional<ApiClient> authenticate(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 200) {
            return Optional.empty();
        }
        Optional<ApiTokenRepository.ActiveToken> token = repository.findActive(hash(secret));
        token.ifPresent(t -> {
            LocalDateTime now = LocalDateTime.now(clock);
            if (t.lastUsedAt() == null || t.lastUsedAt().isBefore(now.minusMinutes(1))) {
                repository.touch(t.client().tokenId(), now);
            }
        });
        return token.map(ApiTokenRepository.ActiveToken::client);
    }

    /** API_TOKEN in the environment: create an admin-scoped token with exactly that value, or keep the one there is. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    @Transactional
    public void ensureBootstrapToken() {
        if (bootstrapToken == null || bootstrapToken.isBlank()) {
            return;
        }
        if (bootstrapToken.length() < 20) {
            log.warn("API_TOKEN is shorter than 20 characters and was ignored: use a long random value");
            return;
        }
        String hash = hash(bootstrapToken);
        Optional<Boolean> revoked = repository.isRevoked(hash);
        if (revoked.isEmpty()) {
            repository.insert(ENV_TOKEN_NAME, hash, bootstrapToken.substring(0, 6), java.util.Set.of(ApiScope.ADMIN),
                    null, "system", LocalDateTime.now(clock));
            audit.recordAs("system", AuditAction.API_TOKEN_CREATED, ENV_TOKEN_NAME, "scopes=[admin]", null);
            log.info("Created the admin-scoped API token given in API_TOKEN");
        } else if (revoked.get()) {
            log.warn("The API token given in API_TOKEN was revoked by an administrator and stays revoked");
        }
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static String currentActor() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
