package org.advocacy.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.advocacy.audit.AuditAction;
import org.advocacy.audit.AuditFilter;
import org.advocacy.audit.AuditLog;
import org.advocacy.kernel.ValidationException;
import org.advocacy.org.OrgService;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@PortalTest
class UserAccountServiceTest {

    static final String PASSWORD = "correct horse battery";

    @Autowired
    UserAccountService accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    OrgService org;
    @Autowired
    AuditLog audit;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void adminCreatesAnAccountWithRolesAndManagedBranches() {
        signIn.as(SignIn.ADMIN);
        String email = "new.manager." + UUID.randomUUID().toString().substring(0, 8) + "@senspa.vn";
        long hn01 = org.branchByCode("HN01").orElseThrow().id();
        long hn02 = org.branchByCode("HN02").orElseThrow().id();

        long id = accounts.create(new UserAccountData(" " + email.toUpperCase() + " ", "Nguyễn Văn Mới", null,
                Set.of(Role.EMPLOYEE, Role.MANAGER), Set.of(hn01, hn02), true, PASSWORD));

        PortalUser stored = (PortalUser) userDetails.loadUserByUsername(email);
        assertThat(stored.id()).isEqualTo(id);
        assertThat(stored.roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.MANAGER);
        assertThat(stored.getPassword()).isNotEqualTo(PASSWORD).startsWith("{bcrypt}");
        assertThat(accounts.managedBranches(id)).containsExactlyInAnyOrder(hn01, hn02);
        assertThat(accounts.find(email, Role.MANAGER, null, true, 0, 10)).singleElement()
                .satisfies(u -> assertThat(u.managedBranchCodes()).containsExactly("HN01", "HN02"));

        accounts.update(id, new UserAccountData(email, "Nguyễn Văn Mới", null, Set.of(Role.EMPLOYEE), Set.of(hn01), true, null));
        assertThat(accounts.managedBranches(id)).as("managed branches only for managers").isEmpty();

        assertThat(audit.count(new AuditFilter(email, AuditAction.USER_CREATED, null, null))).isEqualTo(1);
        assertThat(audit.count(new AuditFilter(email, AuditAction.USER_ROLES_CHANGED, null, null))).isEqualTo(1);
    }

    @Test
    void duplicateEmailAndShortPasswordAreRejected() {
        signIn.as(SignIn.ADMIN);
        assertThatThrownBy(() -> accounts.create(new UserAccountData(SignIn.HR, "Someone", null, Set.of(Role.EMPLOYEE),
                Set.of(), true, PASSWORD)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("email");
                    assertThat(e.messageKey()).isEqualTo("user.error.emailTaken");
                });
        assertThatThrownBy(() -> accounts.create(new UserAccountData("short.pw@senspa.vn", "Someone", null,
                Set.of(Role.EMPLOYEE), Set.of(), true, "short")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("password"));
    }

    @Test
    void theLastAdministratorCannotDropTheirOwnRole() {
        PortalUser admin = (PortalUser) signIn.as(SignIn.ADMIN).getPrincipal();
        assertThat(accounts.count(null, Role.ADMIN)).as("the demo has one administrator").isEqualTo(1);
        assertThatThrownBy(() -> accounts.update(admin.id(), new UserAccountData(admin.email(), admin.displayName(),
                admin.employeeId(), Set.of(Role.HR), Set.of(), true, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("roles");
                    assertThat(e.messageKey()).isEqualTo("user.error.lastAdmin");
                });
        assertThatThrownBy(() -> accounts.update(admin.id(), new UserAccountData(admin.email(), admin.displayName(),
                admin.employeeId(), Set.of(Role.ADMIN), Set.of(), false, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messageKey()).isEqualTo("user.error.lastAdmin"));
        assertThat(((PortalUser) userDetails.loadUserByUsername(SignIn.ADMIN)).roles()).contains(Role.ADMIN);
    }

    @Test
    void hrAndOthersAreRefused() {
        for (String email : new String[] {SignIn.HR, SignIn.LEADER, SignIn.MANAGER, SignIn.EMPLOYEE}) {
            signIn.as(email);
            assertThatThrownBy(() -> accounts.create(new UserAccountData("x." + UUID.randomUUID() + "@senspa.vn", "X",
                    null, Set.of(Role.EMPLOYEE), Set.of(), true, PASSWORD))).as(email).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.find(null, null, null, true, 0, 10)).as(email)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
