package org.advocacy.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.advocacy.audit.AuditAction;
import org.advocacy.audit.AuditFilter;
import org.advocacy.audit.AuditLog;
import org.advocacy.kernel.ValidationException;
import org.advocacy.settings.internal.PublicAddressRepository;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;

/** The stored public address against the real database: who may set it, that it wins, and its audit line. */
@PortalTest
class PublicAddressServiceTest {

    @Autowired
    PublicAddressService service;
    @Autowired
    PublicAddressRepository repository;
    @Autowired
    AuditLog audit;
    @Autowired
    SignIn signIn;
    @Value("${app.public-url}")
    String environmentUrl;

    @AfterEach
    void backToTheEnvironment() {
        repository.delete();
        signIn.as(SignIn.ADMIN);
        service.clear(); // also drops this node's cache
        signIn.out();
    }

    @Test
    void anAdministratorsAddressWinsOverPublicUrlAtOnceAndIsAudited() {
        assertThat(service.url()).isEqualTo(environmentUrl);
        assertThat(service.current().source()).isEqualTo(PublicAddress.Source.ENVIRONMENT);

        signIn.as(SignIn.ADMIN);
        service.set("https://feedback.senspa.example/");
        assertThat(service.url()).as("no waiting for the cache on the node that changed it")
                .isEqualTo("https://feedback.senspa.example");
        PublicAddress now = service.current();
        assertThat(now.stored()).isTrue();
        assertThat(now.environmentUrl()).isEqualTo(environmentUrl);
        assertThat(now.storedAt()).isNotNull();
        assertThat(audit.find(new AuditFilter(null, AuditAction.PUBLIC_URL_CHANGED, null, null), 0, 1))
                .first().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(SignIn.ADMIN);
                    assertThat(e.detail()).isEqualTo(environmentUrl + " → https://feedback.senspa.example");
                });

        service.clear();
        assertThat(service.url()).isEqualTo(environmentUrl);
        assertThat(repository.find()).isEmpty();
    }

    @Test
    void refusedInputStoresNothingAndKeepsTheAddress() {
        signIn.as(SignIn.ADMIN);
        service.set("https://feedback.senspa.example");
        int audited = audit.count(new AuditFilter(null, AuditAction.PUBLIC_URL_CHANGED, null, null));
        assertThatThrownBy(() -> service.set("https://other.example/?from=poster"))
                .isInstanceOf(ValidationException.class).extracting(e -> ((ValidationException) e).messageKey())
                .isEqualTo("settings.publicUrl.error.query");
        assertThat(service.url()).isEqualTo("https://feedback.senspa.example");
        assertThat(repository.find()).hasValueSatisfying(s -> assertThat(s.url()).isEqualTo("https://feedback.senspa.example"));
        assertThat(audit.count(new AuditFilter(null, AuditAction.PUBLIC_URL_CHANGED, null, null))).isEqualTo(audited);
    }

    @Test
    void onlyAdministratorsMayChangeIt() {
        for (String who : new String[] {SignIn.MANAGER, SignIn.HR, SignIn.LEADER, SignIn.EMPLOYEE}) {
            signIn.as(who);
            assertThatThrownBy(() -> service.set("https://feedback.senspa.example")).as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.clear()).as(who).isInstanceOf(AccessDeniedException.class);
        }
        signIn.out();
        assertThat(service.url()).as("the read needs nobody signed in").isEqualTo(environmentUrl);
        assertThat(repository.find()).isEmpty();
    }
}
