package org.advocacy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.advocacy.kernel.ValidationException;
import org.advocacy.org.Branch;
import org.advocacy.org.Department;
import org.advocacy.org.Employee;
import org.advocacy.org.EmployeeCursor;
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

    /**
     * A page of employees. {@code next} is the cursor of the following page ({@code after=next}), absent on the last
     * page. {@code page} and {@code total} come only in page mode, {@code total} only on page 0 (counting every
     * match on each page is what made paging slow with a large staff).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EmployeePage(List<EmployeeJson> items, Integer page, int size, Integer total, String next) {
    }

    private final OrgService org;

    EmployeeApi(OrgService org) {
        this.org = org;
    }

    @GetMapping("/employees")
    @PreAuthorize(ApiPermissions.HR_READ_TOKEN)
    @Operation(summary = "List employees",
            description = "Staff sorted by name, page by page: pass the answer's next as after for the following page "
                    + "(keyset paging, quick at any depth); page numbers still work. A token bound to a branch sees that branch only. "
                    + "Scope: hr:read (admin implies every scope).")
    public EmployeePage employees(
            @Parameter(description = "Branch code, e.g. HN01") @RequestParam(required = false) String branch,
            @Parameter(description = "Department name, exactly as in the portal") @RequestParam(required = false) String department,
            @Parameter(description = "Part of the name or e-mail") @RequestParam(required = false) String q,
            @Parameter(description = "true: current staff only; false: former staff only; absent: both")
            @RequestParam(required = false) Boolean active,
            @Parameter(description = "Page number, from 0 (page mode; prefer after)") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Page size, 1 to 500") @RequestParam(defaultValue = "100") int size,
            @Parameter(description = "Cursor: the next value of the previous page; the page after it (keyset paging)")
            @RequestParam(required = false) String after) {
        EmployeeCursor cursor = after == null ? null : decode(after);
        if (cursor != null && page != 0) {
            throw new ValidationException("after", "api.error.cursor");
        }
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
        List<Employee> rows = cursor != null || page == 0
                ? org.employeesAfter(filter, List.of(EmployeeSort.DEFAULT), cursor, 0, size + 1)
                : org.employees(filter, List.of(EmployeeSort.DEFAULT), page * size, size + 1);
        boolean more = rows.size() > size;
        List<Employee> shown = more ? rows.subList(0, size) : rows;
        List<EmployeeJson> items = shown.stream().map(EmployeeJson::of).toList();
        String next = more ? encode(shown.getLast()) : null;
        if (cursor != null) {
            return new EmployeePage(items, null, size, null, next);
        }
        return new EmployeePage(items, page, size, page == 0 ? org.countEmployees(filter) : null, next);
    }

    /** The cursor after an employee in the API's order (name, id): opaque to clients, base64url of "id:name". */
    static String encode(Employee e) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((e.id() + ":" + e.fullName()).getBytes(StandardCharsets.UTF_8));
    }

    static EmployeeCursor decode(String after) {
        try {
            String s = new String(Base64.getUrlDecoder().decode(after.strip()), StandardCharsets.UTF_8);
            int colon = s.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("no id");
            }
            return EmployeeCursor.byName(s.substring(colon + 1), Long.parseLong(s.substring(0, colon)));
        } catch (IllegalArgumentException e) { // NumberFormatException too
            throw new ValidationException("after", "api.error.cursor");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
