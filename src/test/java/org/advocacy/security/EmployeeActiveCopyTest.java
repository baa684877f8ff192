package org.advocacy.security;

import org.advocacy.kernel.id.AccountId;
import static org.advocacy.jooq.Tables.APP_USER;
import static org.advocacy.jooq.Tables.NOTIFICATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.advocacy.kernel.ValidationException;
import org.advocacy.org.Employee;
import org.advocacy.org.EmployeeData;
import org.advocacy.org.EmployeeDeactivated;
import org.advocacy.org.EmployeeImport;
import org.advocacy.org.OrgService;
import org.advocacy.security.TestPeople.Person;
import org.advocacy.security.internal.UserRepository;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.advocacy.test.UniqueCodes;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventPublicationRegistry;

/**
 * Issue 10, "each module owns its tables": sign-in reads the account's own copy of whether its employee is active
 * ({@code app_user.employee_active}), which the organisation keeps in step inside its transaction (form and CSV
 * import); refusing the last administrator's leaving rolls the employee change back; and a deactivation reaches the
 * notification module as {@link EmployeeDeactivated}, which tells the branch's managers.
 */
@PortalTest
class EmployeeActiveCopyTest {

    private static final String PASSWORD = "copy-password-1";

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
    AccountDirectory directory;
    @Autowired
    DSLContext dsl;
    @Autowired
    EventPublicationRegistry registry;

    TestPeople people;

    @BeforeEach
    void setUp() {
        people = new TestPeople(signIn, org, accounts);
    }

    @AfterEach
    void tearDown() {
        signIn.out();
    }

    private Person person(String local, boolean active) {
        return people.create("Nhân Viên " + local + " " + UniqueCodes.nextLower(),
                local.toLowerCase() + "." + UniqueCodes.nextLower() + "@ban-sao.example.vn", "Kỹ thuật viên",
                EnumSet.of(Role.EMPLOYEE), active, PASSWORD);
    }

    private void save(Person p, boolean active) {
        people.setActive(p, active);
    }

    private boolean copy(long userId) {
        return dsl.select(APP_USER.EMPLOYEE_ACTIVE).from(APP_USER).where(APP_USER.ID.eq(userId))
                .fetchSingle(APP_USER.EMPLOYEE_ACTIVE);
    }

    private boolean signInEnabled(String email) {
        return users.findByEmail(email).orElseThrow().enabled();
    }

    private void enableOnTheAccountsScreen(Person p) {
        signIn.as(SignIn.ADMIN);
        accounts.update(p.userId(), new UserAccountData(p.email(), p.data().fullName(), p.employeeId(),
                EnumSet.of(Role.EMPLOYEE), Set.of(), true, null));
        signIn.out();
    }

    private int notices(long userId, String name) {
        return dsl.fetchCount(NOTIFICATION, NOTIFICATION.USER_ID.eq(userId)
                .and(NOTIFICATION.KIND.eq("org.employee.deactivated")).and(NOTIFICATION.MESSAGE_ARGS.contains(name)));
    }

    @Test
    void signInReadsTheAccountsCopyWhichDeactivationAndReactivationKeepInStep() {
        Person p = person("banSao", true);
        assertThat(copy(p.userId())).isTrue();
        assertThat(signInEnabled(p.email())).isTrue();

        save(p, false);
        assertThat(copy(p.userId())).as("deactivation clears the copy in the same transaction").isFalse();
        assertThat(signInEnabled(p.email())).isFalse();
        assertThat(users.isActive(p.userId())).isFalse();
        // the copy alone keeps the account out, whatever its enabled flag says
        dsl.update(APP_USER).set(APP_USER.ENABLED, true).where(APP_USER.ID.eq(p.userId())).execute();
        assertThat(signInEnabled(p.email())).isFalse();
        assertThat(users.isActive(p.userId())).isFalse();
        assertThat(users.employeeInactive(p.userId())).isTrue();
        dsl.update(APP_USER).set(APP_USER.ENABLED, false).where(APP_USER.ID.eq(p.userId())).execute();

        save(p, true);
        assertThat(copy(p.userId())).as("reactivation sets the copy again").isTrue();
        assertThat(users.employeeInactive(p.userId())).isFalse();
        assertThat(signInEnabled(p.email())).as("still disabled until an administrator enables it").isFalse();
        enableOnTheAccountsScreen(p);
        assertThat(signInEnabled(p.email())).isTrue();
        assertThat(users.isActive(p.userId())).isTrue();

        // and it is the copy that is read, not the organisation's table
        dsl.update(APP_USER).set(APP_USER.EMPLOYEE_ACTIVE, false).where(APP_USER.ID.eq(p.userId())).execute();
        try {
            assertThat(signInEnabled(p.email())).isFalse();
            assertThat(users.isActive(p.userId())).isFalse();
        } finally {
            dsl.update(APP_USER).set(APP_USER.EMPLOYEE_ACTIVE, true).where(APP_USER.ID.eq(p.userId())).execute();
        }
    }

    @Test
    void theCsvImportKeepsTheCopyInStepBothWays() {
        Person p = person("nhapFile", true);
        String head = "full_name,email,branch,department,job_title,hire_date,manager,active\n";
        String row = p.data().fullName() + "," + p.email() + ",HN01," + people.departmentName + ",Kỹ thuật viên,2024-01-02,no,";
        signIn.as(SignIn.HR);
        imports.apply((head + row + "no\n").getBytes(StandardCharsets.UTF_8));
        signIn.out();
        assertThat(copy(p.userId())).isFalse();
        assertThat(signInEnabled(p.email())).isFalse();

        signIn.as(SignIn.HR);
        imports.apply((head + row + "yes\n").getBytes(StandardCharsets.UTF_8));
        signIn.out();
        assertThat(copy(p.userId())).isTrue();
        enableOnTheAccountsScreen(p);
        assertThat(signInEnabled(p.email())).isTrue();
    }

    @Test
    void anAccountCreatedForAnInactiveEmployeeStartsWithTheCopyCleared() {
        Person p = person("daNghi", false);
        assertThat(copy(p.userId())).isFalse();
        assertThat(signInEnabled(p.email())).isFalse();
    }

    @Test
    void theLastAdministratorsLeavingIsRefusedAndTheEmployeeChangeRolledBack() {
        PortalUser admin = users.findByEmail(SignIn.ADMIN).orElseThrow();
        assertThat(admin.employeeId()).as("the demo administrator is a member of staff").isNotNull();
        assertThat(users.countEnabledWithRole(Role.ADMIN)).as("the demo has one administrator").isOne();
        signIn.as(SignIn.HR);
        Employee e = org.employee(admin.employeeId()).orElseThrow();
        EmployeeData leaving = new EmployeeData(e.fullName(), e.email(), e.branchId(), e.departmentId(), e.jobTitle(),
                e.hireDate(), e.manager(), false);
        long publications = registry.findIncompletePublications().size();
        assertThatThrownBy(() -> org.updateEmployee(admin.employeeId(), leaving))
                .isInstanceOf(ValidationException.class).hasMessageContaining("user.error.lastAdminLeaves");

        assertThat(org.employee(admin.employeeId()).orElseThrow().active()).as("the employee change rolled back").isTrue();
        signIn.out();
        assertThat(copy(admin.id())).isTrue();
        assertThat(users.isActive(admin.id())).isTrue();
        assertThat(users.roles(admin.id())).contains(Role.ADMIN);
        assertThat(registry.findIncompletePublications()).as("no event left behind").hasSize((int) publications);
    }

    @Test
    void aDeactivationTellsTheBranchManagersOnce() {
        List<Long> managers = directory.managersOf(people.hn01.id()).stream().map(AccountId::value).toList();
        assertThat(managers).as("HN01 has managers in the demo data").isNotEmpty();
        Person p = person("thongBao", true);

        save(p, false);
        for (long manager : managers) {
            assertThat(notices(manager, p.data().fullName())).isOne();
        }
        assertThat(dsl.selectFrom(NOTIFICATION).where(NOTIFICATION.USER_ID.eq(managers.get(0)))
                .and(NOTIFICATION.MESSAGE_ARGS.contains(p.data().fullName())).fetchOne())
                .satisfies(n -> {
                    assertThat(n.getMessageKey()).isEqualTo("employee.notice.deactivated");
                    assertThat(n.getLink()).isEqualTo("recognition/gaps");
                });
        assertThat(registry.findIncompletePublications()).as("delivered and completed")
                .noneMatch(e -> e.getEvent() instanceof EmployeeDeactivated d && d.employeeId().value() == p.employeeId());

        save(p, false); // saved again while inactive: nothing new happened
        assertThat(notices(managers.get(0), p.data().fullName())).isOne();

        save(p, true);
        String head = "full_name,email,branch,department,job_title,hire_date,manager,active\n";
        signIn.as(SignIn.HR);
        imports.apply((head + p.data().fullName() + "," + p.email() + ",HN01," + people.departmentName
                + ",Kỹ thuật viên,2024-01-02,no,no\n").getBytes(StandardCharsets.UTF_8));
        signIn.out();
        assertThat(notices(managers.get(0), p.data().fullName())).as("the import's deactivation too").isEqualTo(2);
    }
}
