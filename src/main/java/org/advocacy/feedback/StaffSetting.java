package org.advocacy.feedback;

/**
 * A member of a branch's staff on the manager's "shown on the feedback form" list: whether the form offers them
 * ({@code customerFacing}) and what the default would be without the manager's choice.
 */
public record StaffSetting(long employeeId, String fullName, String jobTitle, boolean customerFacing,
        boolean byDefault) {
}
