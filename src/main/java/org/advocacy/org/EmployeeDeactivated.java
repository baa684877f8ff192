package org.advocacy.org;

/**
 * Published when an employee who was active is set inactive (the employee form or the CSV import), in that
 * transaction and after their account lost its access there (decision 0050): {@code branchId} is the branch they
 * belong to. The notification module tells the branch's managers.
 */
public record EmployeeDeactivated(long employeeId, long branchId) {
}
