package org.advocacy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.advocacy.org.Branch;
import org.advocacy.org.Employee;
import org.advocacy.org.EmployeeFilter;
import org.advocacy.org.OrgService;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo organisation of docs/domain-rules.md#demo-organisation: Sen Spa, about 12 branches and 300 staff with
 * Vietnamese names.
 */
@PortalTest
class DemoDataTest {

    @Autowired
    OrgService org;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoData demoData;

    @AfterEach
    void out() {
        signIn.out();
    }

    @Test
    void theDemoOrganisationIsThere() {
        signIn.as(SignIn.HR);
        // other tests add branches and people; look at the demo organisation's own
        List<String> demoCodes = DemoOrganisation.BRANCHES.stream().map(DemoBranch::code).toList();
        List<Branch> branches = org.branches(false).stream().filter(b -> demoCodes.contains(b.code())).toList();
        assertThat(branches).hasSize(12);
        assertThat(branches).extracting(Branch::code).contains("HN01", "HP01", "DN01", "HA01", "NT01", "SG01", "CT01");
        assertThat(branches).extracting(Branch::city)
                .contains("Hà Nội", "Hải Phòng", "Đà Nẵng", "Hội An", "Nha Trang", "TP. Hồ Chí Minh", "Cần Thơ");
        List<Employee> staff = org.employees(EmployeeFilter.none(), List.of(), 0, 1000).stream()
                .filter(e -> e.email().endsWith("@" + DemoOrganisation.DOMAIN) && demoCodes.contains(e.branchCode())).toList();
        assertThat(staff.size()).isBetween(280, 400);
        assertThat(staff).extracting(Employee::email).doesNotHaveDuplicates();
        assertThat(staff.stream().filter(e -> e.fullName().matches(".*[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉĩọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùýÁĐ].*"))
                .count()).isGreaterThan(staff.size() / 2);
        Map<String, Long> managers = staff.stream().filter(Employee::manager)
                .collect(Collectors.groupingBy(Employee::branchCode, Collectors.counting()));
        assertThat(managers).hasSize(branches.size()).allSatisfy((branch, n) -> assertThat(n).isEqualTo(1L));
        assertThat(org.departments()).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void everyRoleHasADemoSignIn() {
        for (String email : List.of(SignIn.EMPLOYEE, SignIn.MANAGER, SignIn.HR, SignIn.LEADER, SignIn.ADMIN)) {
            assertThat(signIn.as(email).getName()).isEqualTo(email);
        }
        assertThat(demoData.isDemoOrganisation()).isTrue();
        assertThat(demoData.generateIfEmpty()).as("a second run adds nothing").isFalse();
    }

    @Test
    void demoDataIsOnWithTheEmbeddedDatabaseAndOtherwiseOnlyWhenAsked() {
        assertThat(new DemoStartup(demoData, providerOf(true), "").enabled()).isTrue();
        assertThat(new DemoStartup(demoData, providerOf(false), "").enabled()).isFalse();
        assertThat(new DemoStartup(demoData, providerOf(false), "true").enabled()).isTrue();
        assertThat(new DemoStartup(demoData, providerOf(true), "false").enabled()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static org.springframework.beans.factory.ObjectProvider<org.advocacy.kernel.db.EmbeddedDatabaseConfig.EmbeddedMariaDb> providerOf(
            boolean present) {
        org.springframework.beans.factory.support.StaticListableBeanFactory f =
                new org.springframework.beans.factory.support.StaticListableBeanFactory();
        if (present) {
            f.addBean("db", new org.advocacy.kernel.db.EmbeddedDatabaseConfig.EmbeddedMariaDb(null, null, false));
        }
        return f.getBeanProvider(org.advocacy.kernel.db.EmbeddedDatabaseConfig.EmbeddedMariaDb.class);
    }
}
