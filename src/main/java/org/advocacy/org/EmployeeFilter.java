package org.advocacy.org;

/** Filter of the employee grid and API; null fields do not filter. */
public record EmployeeFilter(String name, Long branchId, Long departmentId, Boolean active) {
    public static EmployeeFilter none() {
        return new EmployeeFilter(null, null, null, null);
    }
}
