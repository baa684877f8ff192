package org.advocacy.org;

import java.time.LocalDate;

/**
 * Where a page of the employee list ends: the last row's values of every sortable column and its id. The next page
 * starts right after it (keyset paging), so no page makes the database skip or count the rows before it.
 */
public record EmployeeCursor(String fullName, String email, String branchCode, String departmentName,
        String jobTitle, LocalDate hireDate, long id) {

    public static EmployeeCursor of(Employee e) {
        return new EmployeeCursor(e.fullName(), e.email(), e.branchCode(), e.departmentName(), e.jobTitle(),
                e.hireDate(), e.id());
    }

    /** A cursor for the default order (name, id), as the API hands it out. */
    public static EmployeeCursor byName(String fullName, long id) {
        return new EmployeeCursor(fullName, null, null, null, null, null, id);
    }

    /** The value of a sort column; null when this cursor does not carry it. */
    public Object value(EmployeeSort.Column column) {
        return switch (column) {
            case NAME -> fullName;
            case EMAIL -> email;
            case BRANCH -> branchCode;
            case DEPARTMENT -> departmentName;
            case JOB_TITLE -> jobTitle;
            case HIRE_DATE -> hireDate;
        };
    }
}
