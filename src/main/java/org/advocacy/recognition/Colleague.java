package org.advocacy.recognition;

/** A person as recognition shows them: name and branch. */
public record Colleague(long employeeId, String fullName, String branchCode, String jobTitle) {
}
