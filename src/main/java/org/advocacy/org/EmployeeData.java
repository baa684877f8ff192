package org.advocacy.org;

import java.time.LocalDate;

/** The employee form's payload (also one parsed row of a CSV import). */
public record EmployeeData(String fullName, String email, Long branchId, Long departmentId, String jobTitle,
        LocalDate hireDate, boolean manager, boolean active) {
}
