package org.advocacy.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.advocacy.audit.AuditAction;
import org.advocacy.audit.AuditEvent;
import org.advocacy.audit.AuditFilter;
import org.advocacy.audit.AuditLog;
import org.advocacy.kernel.ValidationException;
import org.advocacy.security.internal.ApiTokenRepository;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@PortalTest
class ApiTokenServiceTest {

    @Autowired
    ApiTokenService tokens;
    @Autowired
    ApiTokenRepository repository;
    @Autowired
    AuditLog audit;
    @Autowired
    Clock clock;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void storesOnlyAHashAndThePrefix() {
        signIn.as(SignIn.ADMIN);
        String name = "hash test " + UUID.randomUUID();
        NewApiToken created = tokens.create(new ApiTokenData(name, Set.of(ApiScope.HR_READ), null));
        assertThat(created.secret()).startsWith("adv_").hasSizeGreaterThan(40);

        ApiTokenListItem row = tokens.list().stream().filter(t -> t.id() == created.id()).findFirst().orElseThrow();
        assertThat(row.name()).isEqualTo(name);
        assertThat(row.prefix()).isEqualTo(created.secret().substring(0, 10));
        assertThat(created.secret()).doesNotContain(ApiTokenService.hash(created.secret()));
        assertThat(ApiTokenService.hash(created.secret())).hasSize(64).isNotEqualTo(created.secret());
        assertThat(row.scopes()).containsExactly(ApiScope.HR_READ);
        assertThat(row.createdBy()).isEqualTo(SignIn.ADMIN);

        assertThat(tokens.authenticate(created.secret())).get().extracting(ApiClient::tokenId).isEqualTo(created.id());
        assertThat(tokens.authenticate(created.secret() + "x")).isEmpty();
        assertThat(tokens.authenticate(row.prefix())).isEmpty();
    }

    @Test
    void revokeStopsTheTokenAndIsAudited() {
        signIn.as(SignIn.ADMIN);
        String name = "revoke test " + UUID.randomUUID();
        NewApiToken created = tokens.create(new ApiTokenData(name, Set.of(ApiScope.METRICS_READ), null));
        tokens.revoke(created.id());

        assertThat(tokens.authenticate(created.secret())).isEmpty();
        assertThat(tokens.list().stream().filter(t -> t.id() == created.id()).findFirst().orElseThrow().revoked()).isTrue();
        List<AuditEvent> lines = audit.find(new AuditFilter(name, AuditAction.API_TOKEN_REVOKED, null, null), 0, 10);
        assertThat(lines).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(SignIn.ADMIN);
            assertThat(e.target()).isEqualTo(name);
        });
    }

    @Test
    void nonAdminsAreRefused() {
        for (String email : List.of(SignIn.HR, SignIn.LEADER, SignIn.MANAGER, SignIn.EMPLOYEE)) {
            signIn.as(email);
            assertThatThrownBy(() -> tokens.create(new ApiTokenData("x", Set.of(ApiScope.ADMIN), null)))
                    .as(email).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> tokens.list()).as(email).isInstanceOf(AccessDeniedException.class);
        }
        signIn.out();
        assertThatThrownBy(() -> tokens.list()).isInstanceOf(Exception.class);
    }

    @Test
    void invalidInputIsRejectedWithAKey() {
        signIn.as(SignIn.ADMIN);
        assertThatThrownBy(() -> tokens.create(new ApiTokenData(" ", Set.of(ApiScope.ADMIN), null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messageKey()).isEqualTo("apiToken.error.name"));
        assertThatThrownBy(() -> tokens.create(new ApiTokenData("no scopes", Set.of(), null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("scopes"));
    }

    @Test
    void bootstrapTokenIsCreatedOnceAndKept() {
        String value = "bootstrap-" + UUID.randomUUID();
        ApiTokenService withEnv = new ApiTokenService(repository, audit, clock, value);
        signIn.as(SignIn.ADMIN);
        long before = envTokens();
        signIn.out();

        withEnv.ensureBootstrapToken();
        withEnv.ensureBootstrapToken();

        assertThat(tokens.authenticate(value)).get().satisfies(c -> {
            assertThat(c.scopes()).containsExactly(ApiScope.ADMIN);
            assertThat(c.branchId()).isNull();
        });
        signIn.as(SignIn.ADMIN);
        assertThat(envTokens()).isEqualTo(before + 1);
    }

    @Test
    void aShortBootstrapTokenIsIgnored() {
        String value = "short-" + UUID.randomUUID().toString().substring(0, 8);
        new ApiTokenService(repository, audit, clock, value).ensureBootstrapToken();
        assertThat(tokens.authenticate(value)).isEmpty();
    }

    private long envTokens() {
        return tokens.list().stream().filter(t -> t.name().equals(ApiTokenService.ENV_TOKEN_NAME)).count();
    }
}
