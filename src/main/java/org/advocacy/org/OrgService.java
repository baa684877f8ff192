package org.advocacy.org;

import org.advocacy.kernel.id.EmployeeId;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.advocacy.audit.AuditAction;
import org.advocacy.audit.AuditLog;
import org.advocacy.kernel.ValidationException;
import org.advocacy.org.internal.BranchRepository;
import org.advocacy.org.internal.DepartmentRepository;
import org.advocacy.org.internal.EmployeeRepository;
import org.advocacy.security.AccountAccess;
import org.advocacy.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Branches, departments and employees. Admins keep branches; HR keeps departments and people. Reads of people
 * are limited to the caller's branch scope inside the query.
 */
@Service
public class OrgService {

    private static final Pattern BRANCH_CODE = Pattern.compile("^[A-Z0-9][A-Z0-9_-]{1,15}$");

    private final BranchRepository branches;
    private final DepartmentRepository departments;
    private final EmployeeRepository employees;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final AccountAccess accountAccess;
    private final ApplicationEventPublisher events;

    OrgService(BranchRepository branches, DepartmentRepository departments, EmployeeRepository employees,
            CurrentUser currentUser, AuditLog audit, Clock clock, AccountAccess accountAccess,
            ApplicationEventPublisher events) {
        this.accountAccess = accountAccess;
        this.events = events;
        this.branches = branches;
        this.departments = departments;
        this.employees = employees;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    // --- branches ---

    /** Every branch, for pickers and admin; names of branches are not confidential inside the organisation. */
    @PreAuthorize(OrgPermissions.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Branch> branches(boolean activeOnly) {
        return branches.findAll(org.advocacy.security.BranchScope.ALL, activeOnly);
    }

    /** The branches the caller may read data of (a manager's own, a branch-bound token's one, or all). */
    @PreAuthorize(OrgPermissions.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Branch> branchesInScope() {
        return branches.findAll(currentUser.branchScope(), false);
    }

    @PreAuthorize(OrgPermissions.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<Branch> branchByCode(String code) {
        return branches.findByCode(code);
    }

    @PreAuthorize(OrgPermissions.ADMIN)
    @Transactional
    public long createBranch(BranchData data) {
        BranchData d = validate(data, null);
        long id = branches.insert(d, now());
        audit.record(AuditAction.BRANCH_CREATED, d.code(), d.name());
        return id;
    }

    @PreAuthorize(OrgPermissions.ADMIN)
    @Transactional
    public void updateBranch(long id, BranchData data) {
        Branch before = branches.findById(id).orElseThrow(() -> new ValidationException(null, "error.notFound"));
        BranchData d = validate(data, id);
        branches.update(id, d, now());
        audit.record(AuditAction.BRANCH_UPDATED, d.code(), diff(before, d));
    }

    private BranchData validate(BranchData d, Long id) {
        String code = trim(d.code()).toUpperCase(Locale.ROOT);
        if (!BRANCH_CODE.matcher(code).matches()) {
            throw new ValidationException("code", "branch.error.code");
        }
        if (branches.codeTaken(code, id)) {
            throw new ValidationException("code", "branch.error.codeTaken", code);
        }
        String name = required("name", d.name(), 120);
        String city = required("city", d.city(), 80);
        String region = required("region", d.region(), 80);
        String zone = trim(d.timeZone()).isEmpty() ? "Asia/Ho_Chi_Minh" : trim(d.timeZone());
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new ValidationException("timeZone", "branch.error.timeZone", zone);
        }
        return new BranchData(code, name, city, region, zone, d.active());
    }

    private static String diff(Branch b, BranchData d) {
        StringBuilder s = new StringBuilder();
        if (!b.code().equals(d.code())) s.append("code ").append(b.code()).append("→").append(d.code()).append("; ");
        if (!b.name().equals(d.name())) s.append("name ").append(b.name()).append("→").append(d.name()).append("; ");
        if (!b.city().equals(d.city())) s.append("city ").append(b.city()).append("→").append(d.city()).append("; ");
        if (!b.region().equals(d.region())) s.append("region ").append(b.region()).append("→").append(d.region()).append("; ");
        if (!b.timeZone().equals(d.timeZone())) s.append("timeZone ").append(b.timeZone()).append("→").append(d.timeZone()).append("; ");
        if (b.active() != d.active()) s.append("active ").append(b.active()).append("→").append(d.active());
        return s.toString();
    }

    // --- departments ---

    @PreAuthorize(OrgPermissions.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Department> departments() {
        return departments.findAll();
    }

    @PreAuthorize(OrgPermissions.HR)
    @Transactional
    public long createDepartment(String name, boolean active) {
        String n = required("name", name, 80);
        if (departments.nameTaken(n, null)) {
            throw new ValidationException("name", "department.error.nameTaken", n);
        }
        long id = departments.insert(n, active, now());
        audit.record(AuditAction.DEPARTMENT_CREATED, n, null);
        return id;
    }

    @PreAuthorize(OrgPermissions.HR)
    @Transactional
    public void updateDepartment(long id, String name, boolean active) {
        String n = required("name", name, 80);
        if (!departments.exists(id)) {
            throw new ValidationException(null, "error.notFound");
        }
        if (departments.nameTaken(n, id)) {
            throw new ValidationException("name", "department.error.nameTaken", n);
        }
        departments.update(id, n, active);
        audit.record(AuditAction.DEPARTMENT_UPDATED, n, active ? "active" : "inactive");
    }

    // --- employees ---

    @PreAuthorize(OrgPermissions.MANAGER_HR_ADMIN_OR_HR_READ_TOKEN)
    @Transactional(readOnly = true)
    public List<Employee> employees(EmployeeFilter filter, List<EmployeeSort> sort, int offset, int limit) {
        return employees.find(filter, currentUser.branchScope(), sort, offset, Math.min(limit, 1000));
    }

    /**
     * Keyset paging (issue 14): the {@code limit} employees after {@code after} in this order (null: the first
     * page), after skipping {@code skip} more. Neither sorts nor counts the staff before the page.
     */
    @PreAuthorize(OrgPermissions.MANAGER_HR_ADMIN_OR_HR_READ_TOKEN)
    @Transactional(readOnly = true)
    public List<Employee> employeesAfter(EmployeeFilter filter, List<EmployeeSort> sort, EmployeeCursor after,
            int skip, int limit) {
        return employees.findAfter(filter, currentUser.branchScope(), sort, after, Math.max(0, skip),
                Math.min(limit, 1000));
    }

    @PreAuthorize(OrgPermissions.MANAGER_HR_ADMIN_OR_HR_READ_TOKEN)
    @Transactional(readOnly = true)
    public int countEmployees(EmployeeFilter filter) {
        return employees.count(filter, currentUser.branchScope());
    }

    @PreAuthorize(OrgPermissions.MANAGER_HR_ADMIN_OR_HR_READ_TOKEN)
    @Transactional(readOnly = true)
    public Optional<Employee> employee(long id) {
        return employees.findById(id, currentUser.branchScope());
    }

    /** The signed-in person's own employee record, if their account is linked to one. */
    @PreAuthorize(OrgPermissions.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<Employee> ownProfile() {
        return currentUser.get().map(u -> u.employeeId())
                .flatMap(id -> employees.findById(id, org.advocacy.security.BranchScope.ALL));
    }

    /** The branches in the caller's scope with their active staff, for the home page. */
    @PreAuthorize(OrgPermissions.MANAGER_HR_LEADER_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<BranchHeadcount> headcountInScope() {
        return employees.headcount(currentUser.branchScope());
    }

    @PreAuthorize(OrgPermissions.HR)
    @Transactional
    public long createEmployee(EmployeeData data) {
        EmployeeData d = validate(data, null);
        long id = employees.insert(d, now());
        audit.record(AuditAction.EMPLOYEE_CREATED, d.email(), d.fullName());
        return id;
    }

    @PreAuthorize(OrgPermissions.HR)
    @Transactional
    public void updateEmployee(long id, EmployeeData data) {
        Employee before = employees.findById(id, org.advocacy.security.BranchScope.ALL)
                .orElseThrow(() -> new ValidationException(null, "error.notFound"));
        EmployeeData d = validate(data, id);
        employees.update(id, d, now());
        audit.record(AuditAction.EMPLOYEE_UPDATED, d.email(), d.fullName() + (d.active() ? "" : " (inactive)"));
        if (!d.active()) {
            // people who leave lose access, in this transaction: refused (all rolled back) for the last administrator
            accountAccess.employeesLeft(List.of(id));
            if (before.active()) {
                events.publishEvent(new EmployeeDeactivated(EmployeeId.of(id), d.branchId()));
            }
        } else if (!before.active()) {
            accountAccess.employeesReturned(List.of(id)); // their account may be enabled again
        }
    }

    /** Checks and normalises one employee; shared by the form and the CSV import. */
    EmployeeData validate(EmployeeData d, Long id) {
        String name = required("fullName", d.fullName(), 120);
        String email = normaliseEmail(d.email());
        if (!org.advocacy.kernel.mail.EmailAddress.isValid(email)) {
            throw new ValidationException("email", "employee.error.email", email);
        }
        if (employees.emailTaken(email, id)) {
            throw new ValidationException("email", "employee.error.emailTaken", email);
        }
        if (d.branchId() == null || branches.findById(d.branchId()).isEmpty()) {
            throw new ValidationException("branch", "employee.error.branch");
        }
        if (d.departmentId() == null || !departments.exists(d.departmentId())) {
            throw new ValidationException("department", "employee.error.department");
        }
        String title = required("jobTitle", d.jobTitle(), 120);
        LocalDate hire = d.hireDate();
        if (hire == null) {
            throw new ValidationException("hireDate", "employee.error.hireDate");
        }
        if (hire.isAfter(LocalDate.now(clock).plusYears(1)) || hire.isBefore(LocalDate.of(1950, 1, 1))) {
            throw new ValidationException("hireDate", "employee.error.hireDateRange");
        }
        return new EmployeeData(name, email, d.branchId(), d.departmentId(), title, hire, d.manager(), d.active());
    }

    static String normaliseEmail(String email) {
        return org.advocacy.kernel.mail.EmailAddress.normalise(email);
    }

    static String required(String field, String value, int max) {
        return org.advocacy.kernel.TextRules.required(field, value, max);
    }

    static String trim(String s) {
        return org.advocacy.kernel.TextRules.trim(s);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
