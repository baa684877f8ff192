package org.advocacy.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.advocacy.audit.AuditAction;
import org.advocacy.audit.AuditEvent;
import org.advocacy.audit.AuditFilter;
import org.advocacy.audit.AuditLog;
import org.advocacy.kernel.ValidationException;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.advocacy.test.UniqueCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@PortalTest
class OrgServiceTest {

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

    private long branchId(String code) {
        return org.branchByCode(code).orElseThrow().id();
    }

    private long departmentId(String name) {
        return org.departments().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow().id();
    }

    private EmployeeData person(String name, String email) {
        return new EmployeeData(name, email, branchId("HN02"), departmentId("Lễ tân"), "Lễ tân",
                LocalDate.of(2024, 5, 2), false, true);
    }

    private static String uniqueEmail() {
        return "test." + UniqueCodes.nextLower() + "@example.com";
    }

    @Test
    void hrCreatesAndUpdatesAnEmployee() {
        signIn.as(SignIn.HR);
        String email = uniqueEmail();
        long id = org.createEmployee(person("  Đặng Thu Hà ", "  " + email.toUpperCase() + " "));

        Employee created = org.employee(id).orElseThrow();
        assertThat(created.fullName()).isEqualTo("Đặng Thu Hà");
        assertThat(created.email()).isEqualTo(email);
        assertThat(created.branchCode()).isEqualTo("HN02");
        assertThat(created.departmentName()).isEqualTo("Lễ tân");
        assertThat(created.active()).isTrue();

        org.updateEmployee(id, new EmployeeData("Đặng Thu Hà", email, branchId("SG01"), departmentId("Trị liệu"),
                "Kỹ thuật viên trị liệu", LocalDate.of(2023, 1, 9), true, false));
        Employee updated = org.employee(id).orElseThrow();
        assertThat(updated.branchCode()).isEqualTo("SG01");
        assertThat(updated.departmentName()).isEqualTo("Trị liệu");
        assertThat(updated.jobTitle()).isEqualTo("Kỹ thuật viên trị liệu");
        assertThat(updated.hireDate()).isEqualTo(LocalDate.of(2023, 1, 9));
        assertThat(updated.manager()).isTrue();
        assertThat(updated.active()).isFalse();
    }

    @Test
    void invalidEmployeesAreRejectedWithTheirFieldAndNothingIsStored() {
        signIn.as(SignIn.HR);
        int before = org.countEmployees(EmployeeFilter.none());

        assertRejected(person("Lý Văn Nam", "not-an-email"), "email", "employee.error.email");
        assertRejected(person("Lý Văn Nam", SignIn.EMPLOYEE), "email", "employee.error.emailTaken");
        assertRejected(new EmployeeData("Lý Văn Nam", uniqueEmail(), 987_654_321L, departmentId("Lễ tân"), "Lễ tân",
                LocalDate.of(2024, 5, 2), false, true), "branch", "employee.error.branch");
        assertRejected(person("   ", uniqueEmail()), "fullName", "error.required");
        assertRejected(new EmployeeData("Lý Văn Nam", uniqueEmail(), branchId("HN01"), departmentId("Lễ tân"), "Lễ tân",
                LocalDate.now().plusYears(3), false, true), "hireDate", "employee.error.hireDateRange");

        assertThat(org.countEmployees(EmployeeFilter.none())).isEqualTo(before);
        assertThat(org.countEmployees(new EmployeeFilter("Lý Văn Nam", null, null, null))).isZero();
    }

    private void assertRejected(EmployeeData data, String field, String key) {
        assertThatThrownBy(() -> org.createEmployee(data)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void employeesAndManagersMayNotCreateEmployees() {
        signIn.as(SignIn.HR);
        EmployeeData data = person("Hồ Thị Mai", uniqueEmail());
        int before = org.countEmployees(EmployeeFilter.none());

        signIn.as(SignIn.EMPLOYEE);
        assertThatThrownBy(() -> org.createEmployee(data)).isInstanceOf(AccessDeniedException.class);
        signIn.as(SignIn.MANAGER);
        assertThatThrownBy(() -> org.createEmployee(data)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> org.createDepartment("Bảo vệ", true)).isInstanceOf(AccessDeniedException.class);
        signIn.as(SignIn.EMPLOYEE);
        assertThatThrownBy(() -> org.employees(EmployeeFilter.none(), List.of(), 0, 10))
                .isInstanceOf(AccessDeniedException.class);

        signIn.as(SignIn.HR);
        assertThat(org.countEmployees(EmployeeFilter.none())).isEqualTo(before);
    }

    @Test
    void aManagerOnlyReadsStaffOfTheirOwnBranch() {
        signIn.as(SignIn.MANAGER);
        List<Employee> staff = org.employees(EmployeeFilter.none(), List.of(), 0, 1000);
        assertThat(staff).isNotEmpty().allSatisfy(e -> assertThat(e.branchCode()).isEqualTo("HN01"));
        assertThat(org.countEmployees(EmployeeFilter.none())).isEqualTo(staff.size());

        // asking for another branch explicitly does not widen the scope
        long hn02 = branchId("HN02");
        assertThat(org.employees(new EmployeeFilter(null, hn02, null, null), List.of(), 0, 1000)).isEmpty();
        assertThat(org.countEmployees(new EmployeeFilter(null, hn02, null, null))).isZero();

        signIn.as(SignIn.HR);
        assertThat(org.countEmployees(EmployeeFilter.none())).isGreaterThan(staff.size());
        assertThat(org.countEmployees(new EmployeeFilter(null, hn02, null, null))).isPositive();
    }

    @Test
    void anAdministratorKeepsBranchesAndHrMayNot() {
        String code = "T" + UniqueCodes.next();
        signIn.as(SignIn.ADMIN);
        long id = org.createBranch(new BranchData(code.toLowerCase(), "Sen Spa Thử nghiệm", "Huế", "Miền Trung", "",
                true));
        Branch created = org.branchByCode(code).orElseThrow();
        assertThat(created.id()).isEqualTo(id);
        assertThat(created.timeZone()).isEqualTo("Asia/Ho_Chi_Minh");

        org.updateBranch(id, new BranchData(code, "Sen Spa Kim Long", "Huế", "Miền Trung", "Asia/Bangkok", false));
        Branch updated = org.branchByCode(code).orElseThrow();
        assertThat(updated.name()).isEqualTo("Sen Spa Kim Long");
        assertThat(updated.timeZone()).isEqualTo("Asia/Bangkok");
        assertThat(updated.active()).isFalse();

        assertThatThrownBy(() -> org.createBranch(new BranchData(code, "Trùng mã", "Huế", "Miền Trung", "", true)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("branch.error.codeTaken"));
        assertThatThrownBy(() -> org.createBranch(new BranchData("X1", "Sen Spa", "Huế", "Miền Trung", "Mars/Base",
                true))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("timeZone"));

        signIn.as(SignIn.HR);
        assertThatThrownBy(() -> org.createBranch(new BranchData("HR99", "Không được", "Huế", "Miền Trung", "", true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> org.updateBranch(id, new BranchData(code, "Đổi tên", "Huế", "Miền Trung", "", true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(org.branchByCode("HR99")).isEmpty();
        assertThat(org.branchByCode(code).orElseThrow().name()).isEqualTo("Sen Spa Kim Long");
    }

    @Test
    void changesLeaveAnAuditLine() {
        signIn.as(SignIn.HR);
        String email = uniqueEmail();
        org.createEmployee(person("Vũ Ngọc Anh", email));

        signIn.as(SignIn.ADMIN);
        List<AuditEvent> events = audit.find(new AuditFilter(email, null, null, null), 0, 10);
        assertThat(events).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.EMPLOYEE_CREATED.name());
            assertThat(e.actor()).isEqualTo(SignIn.HR);
            assertThat(e.target()).isEqualTo(email);
        });
    }
}
