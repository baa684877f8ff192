package org.advocacy.security;

import java.time.LocalDate;
import java.util.Set;
import org.advocacy.org.Branch;
import org.advocacy.org.EmployeeData;
import org.advocacy.org.OrgService;
import org.advocacy.test.SignIn;

/**
 * New employees of HN01 with their accounts, made through the services the screens use (HR creates the employee, an
 * administrator the account), for the tests of people who leave ({@link AccountDeactivationTest},
 * {@link EmployeeActiveCopyTest}).
 */
final class TestPeople {

    /** An employee and their account; {@code data} is the employee as active. */
    record Person(long employeeId, long userId, String email, EmployeeData data) {

        EmployeeData withActive(boolean active) {
            return TestPeople.withActive(data, active);
        }
    }

    private final SignIn signIn;
    private final OrgService org;
    private final UserAccountService accounts;
    final Branch hn01;
    final long departmentId;
    final String departmentName;

    TestPeople(SignIn signIn, OrgService org, UserAccountService accounts) {
        this.signIn = signIn;
        this.org = org;
        this.accounts = accounts;
        signIn.as(SignIn.HR);
        hn01 = org.branches(true).stream().filter(b -> b.code().equals("HN01")).findFirst().orElseThrow();
        departmentId = org.departments().get(0).id();
        departmentName = org.departments().get(0).name();
        signIn.out();
    }

    /**
     * An employee of HN01's first department, hired 2 January 2024, with an enabled account of these roles and this
     * password; a manager is marked as one and manages HN01. {@code active} false creates the employee inactive.
     */
    Person create(String fullName, String email, String jobTitle, Set<Role> roles, boolean active, String password) {
        EmployeeData data = new EmployeeData(fullName, email, hn01.id(), departmentId, jobTitle,
                LocalDate.of(2024, 1, 2), roles.contains(Role.MANAGER), active);
        signIn.as(SignIn.HR);
        long employeeId = org.createEmployee(data);
        signIn.as(SignIn.ADMIN);
        long userId = accounts.create(new UserAccountData(email, fullName, employeeId, roles,
                roles.contains(Role.MANAGER) ? Set.of(hn01.id()) : Set.of(), true, password));
        signIn.out();
        return new Person(employeeId, userId, email, withActive(data, true));
    }

    /** HR saves the employee on the employee screen, active or not. */
    void setActive(Person p, boolean active) {
        signIn.as(SignIn.HR);
        org.updateEmployee(p.employeeId(), p.withActive(active));
        signIn.out();
    }

    private static EmployeeData withActive(EmployeeData d, boolean active) {
        return new EmployeeData(d.fullName(), d.email(), d.branchId(), d.departmentId(), d.jobTitle(), d.hireDate(),
                d.manager(), active);
    }
}
