package org.advocacy.org;

import java.time.LocalDate;

/** A member of staff. */
public record Employee(long id, String fullName, String email, long branchId, String branchCode, long departmentId,
        String departmentName, String jobTitle, LocalDate hireDate, boolean manager, boolean active) {
}
