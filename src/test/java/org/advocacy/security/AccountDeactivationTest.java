package org.advocacy.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import org.advocacy.audit.AuditAction;
import org.advocacy.audit.AuditFilter;
import org.advocacy.audit.AuditLog;
import org.advocacy.kernel.ValidationException;
import org.advocacy.kernel.web.TrustedProxyFilter;
import org.advocacy.feedback.FollowUpService;
import org.advocacy.org.EmployeeImport;
import org.advocacy.org.OrgService;
import org.advocacy.security.TestPeople.Person;
import org.advocacy.security.internal.UserRepository;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.advocacy.test.UniqueCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.session.HttpSessionCreatedEvent;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 9, "people who leave keep their access": a manager set inactive (screen or CSV import) can no longer sign
 * in, their open sessions end, a session still held can read no follow-up case, and reactivating them does not
 * bring the account or its roles back.
 */
@PortalTest
class AccountDeactivationTest {

    private static final String PASSWORD = "leaver-password-1";

    @Autowired
    WebApplicationContext wac;
    @Autowired
    TrustedProxyFilter proxies;
    @Autowired
    SignIn signIn;
    @Autowired
    OrgService org;
    @Autowired
    EmployeeImport imports;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserRepository users;
    @Autowired
    FollowUpService followUps;
    @Autowired
    AuditLog audit;
    @Autowired
    SignedInSessions sessions;
    @Autowired
    ApplicationEventPublisher events;

    MockMvc mvc;
    TestPeople people;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(wac).addFilters(proxies)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
        people = new TestPeople(signIn, org, accounts);
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    /** A new employee of HN01 with an account of these roles (a manager manages HN01). */
    private Person person(String local, Set<Role> roles) {
        return people.create("Người Rời Đi " + local, local + "." + UniqueCodes.nextLower() + "@senspa.vn", "Quản lý",
                roles, true, PASSWORD);
    }

    private MvcResult login(String email, String password) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", email).param("password", password)
                .with(r -> { r.setRemoteAddr("192.0.2.200"); return r; })).andReturn();
    }

    private static MockHttpSession session(MvcResult result) {
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private static SecurityContext context(MockHttpSession session) {
        return (SecurityContext) session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
    }

    private void deactivate(Person p) {
        people.setActive(p, false);
    }

    @Test
    void aDeactivatedManagerCannotSignInAndTheirOpenSessionsEnd() throws Exception {
        Person manager = person("quanly", EnumSet.of(Role.EMPLOYEE, Role.MANAGER));

        // two open sessions: one the container told us about (invalidated at once), one it did not (another node,
        // or a session older than this instance): that one is expired in the registry and ends on its next request
        MvcResult first = login(manager.email(), PASSWORD);
        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/");
        MockHttpSession tracked = session(first);
        events.publishEvent(new HttpSessionCreatedEvent(tracked));
        MockHttpSession untracked = session(login(manager.email(), PASSWORD));
        assertThat(sessions.count(manager.userId())).isEqualTo(2);

        // while active, the manager's live session reads HN01's follow-up cases (customers' names and phones)
        SecurityContextHolder.setContext(context(untracked));
        assertThat(followUps.count(false)).as("HN01 has follow-up cases in the demo data").isPositive();
        var held = context(untracked).getAuthentication();
        SecurityContextHolder.clearContext();

        deactivate(manager);

        assertThat(tracked.isInvalid()).as("the tracked session was invalidated (Vaadin session closed)").isTrue();
        assertThat(sessions.count(manager.userId())).isZero();
        MvcResult next = mvc.perform(get("/").session(untracked)).andReturn();
        assertThat(next.getResponse().getRedirectedUrl()).isEqualTo("/login?ended");
        assertThat(untracked.isInvalid()).isTrue();

        // a session context still held somewhere (e.g. a request in flight) reads nothing any more
        SecurityContextHolder.getContext().setAuthentication(held);
        assertThat(followUps.count(false)).isZero();
        assertThat(followUps.list(false, 0, 50)).isEmpty();
        SecurityContextHolder.clearContext();

        // and the right password no longer signs in
        MvcResult again = login(manager.email(), PASSWORD);
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(context(session(again)) == null || context(session(again)).getAuthentication() == null).isTrue();

        // roles and managed branches are gone, and the audit log says which ones were taken away
        assertThat(users.roles(manager.userId())).containsExactly(Role.EMPLOYEE);
        assertThat(users.managedBranchIds(manager.userId())).isEmpty();
        signIn.as(SignIn.ADMIN);
        assertThat(audit.find(new AuditFilter(manager.email(), AuditAction.USER_ACCESS_REVOKED, null, null), 0, 5))
                .singleElement().satisfies(e -> assertThat(e.detail()).contains("MANAGER").contains(Long.toString(people.hn01.id())));
        signIn.out();
    }

    @Test
    void reactivatingDoesNotGiveAccessOrRolesBack() throws Exception {
        Person manager = person("quaylai", EnumSet.of(Role.EMPLOYEE, Role.MANAGER));
        deactivate(manager);

        signIn.as(SignIn.HR);
        org.updateEmployee(manager.employeeId(), manager.data()); // active again
        signIn.out();

        assertThat(login(manager.email(), PASSWORD).getResponse().getRedirectedUrl())
                .as("the account stays disabled until an administrator enables it").isEqualTo("/login?error");
        assertThat(users.roles(manager.userId())).containsExactly(Role.EMPLOYEE);
        assertThat(users.managedBranchIds(manager.userId())).isEmpty();

        // an administrator enables it and chooses the roles on purpose
        signIn.as(SignIn.ADMIN);
        accounts.update(manager.userId(), new UserAccountData(manager.email(), manager.data().fullName(),
                manager.employeeId(), EnumSet.of(Role.EMPLOYEE), Set.of(), true, null));
        signIn.out();
        assertThat(login(manager.email(), PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void anAccountOfAnInactiveEmployeeCannotBeEnabled() {
        Person p = person("khongbat", EnumSet.of(Role.EMPLOYEE));
        deactivate(p);
        signIn.as(SignIn.ADMIN);
        try {
            assertThatThrownBy(() -> accounts.update(p.userId(), new UserAccountData(p.email(), p.data().fullName(),
                    p.employeeId(), EnumSet.of(Role.EMPLOYEE), Set.of(), true, null)))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("user.error.employeeInactive");
        } finally {
            signIn.out();
        }
    }

    @Test
    void theCsvImportDeactivatesAccountsToo() throws Exception {
        Person hr = person("nhansu", EnumSet.of(Role.EMPLOYEE, Role.HR));
        MockHttpSession open = session(login(hr.email(), PASSWORD));
        events.publishEvent(new HttpSessionCreatedEvent(open));
        assertThat(sessions.count(hr.userId())).isEqualTo(1);

        String csv = "full_name,email,branch,department,job_title,hire_date,manager,active\n"
                + hr.data().fullName() + "," + hr.email() + ",HN01," + people.departmentName
                + ",Quản lý,2024-01-02,no,no\n";
        signIn.as(SignIn.HR);
        imports.apply(csv.getBytes(StandardCharsets.UTF_8));
        signIn.out();

        assertThat(open.isInvalid()).isTrue();
        assertThat(login(hr.email(), PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(users.roles(hr.userId())).containsExactly(Role.EMPLOYEE);
    }

    @Test
    void disablingAnAccountOnTheAccountsScreenEndsItsSessions() throws Exception {
        Person p = person("vohieu", EnumSet.of(Role.EMPLOYEE, Role.LEADER));
        MockHttpSession open = session(login(p.email(), PASSWORD));
        events.publishEvent(new HttpSessionCreatedEvent(open));
        signIn.as(SignIn.ADMIN);
        accounts.update(p.userId(), new UserAccountData(p.email(), p.data().fullName(), p.employeeId(),
                EnumSet.of(Role.EMPLOYEE, Role.LEADER), Set.of(), false, null));
        signIn.out();
        assertThat(open.isInvalid()).isTrue();
        assertThat(sessions.count(p.userId())).isZero();
    }
}
