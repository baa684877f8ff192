package org.advocacy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.advocacy.base.ValidationException;
import org.advocacy.org.Branch;
import org.advocacy.org.Department;
import org.advocacy.org.Employee;
import org.advocacy.org.EmployeeFilter;
import org.advocacy.org.EmployeeSort;
import org.advocacy.org.OrgService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/v1/employees: staff in the token's branch scope, page by page. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organisation")
class EmployeeApi {

    static final int MAX_PAGE_SIZE = 500;

    /** One member of staff as the API shows it. */
    record EmployeeJson(long id, String fullName, String email, String branch, String department, String jobTitle,
            LocalDate hireDate, boolean manager, boolean active) {
        static EmployeeJson of(Employee e) {
            return new EmployeeJson(e.id(), e.fullName(), e.email(), e.branchCode(), e.departmentName(), e.jobTitle(),
                    e.hireDate(), e.manager(), e.active());
        }
    }

    /** A page of employees with the total number of matches. */
    record EmployeePage(List<EmployeeJson> items, int page, int size, int total) {
    }

    private final OrgService org;

    EmployeeApi(OrgService org) {
        this.org = org;
    }

    @GetMapping("/employees")
    @PreAuthorize("hasAuthority('SCOPE_hr:read')")
    @Operation(summary = "List employees",
            description = "Staff sorted by name, page by page. A token bound to a branch sees that branch only. "
                    + "Scope: hr:read (admin implies every scope).")
    public EmployeePage employees(
            @Parameter(description = "Branch code, e.g. HN01") @RequestParam(required = false) String branch,
            @Parameter(description = "Department name, exactly as in the portal") @RequestParam(required = false) String department,
            @Parameter(description = "Part of the name or e-mail") @RequestParam(required = false) String q,
            @Parameter(description = "true: current staff only; false: former staff only; absent: both")
            @RequestParam(required = false) Boolean active,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Page size, 1 to 500") @RequestParam(defaultValue = "100") int size) {
        if (page < 0) {
            throw new ValidationException("page", "api.error.page");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new ValidationException("size", "api.error.size", MAX_PAGE_SIZE);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new ValidationException("page", "api.error.page");
        }
        Long branchId = blank(branch) ? null : org.branchByCode(branch.trim()).map(Branch::id)
                .orElseThrow(() -> ApiException.notFound("api.error.unknownBranch", branch.trim()));
        Long departmentId = blank(department) ? null : org.departments().stream()
                .filter(d -> d.name().equalsIgnoreCase(department.trim())).map(Department::id).findFirst()
                .orElseThrow(() -> ApiException.notFound("api.error.unknownDepartment", department.trim()));
        EmployeeFilter filter = new EmployeeFilter(blank(q) ? null : q.trim(), branchId, departmentId, active);
        List<EmployeeJson> items = org.employees(filter, List.of(EmployeeSort.DEFAULT), page * size, size).stream()
                .map(EmployeeJson::of).toList();
        return new EmployeePage(items, page, size, org.countEmployees(filter));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
