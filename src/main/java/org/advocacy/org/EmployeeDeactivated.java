package org.advocacy.org;

import org.advocacy.kernel.id.EmployeeId;

/**
 * Published when an employee who was active is set inactive (the employee form or the CSV import), in that
 * transaction and after their account lost its access there (decision 0050): {@code branchId} is the branch they
 * belong to. The notification module tells the branch's managers.
 */
public record EmployeeDeactivated(EmployeeId employeeId, long branchId) {
}
