package org.advocacy.org;

/** The branch form's payload. */
public record BranchData(String code, String name, String city, String region, String timeZone, boolean active) {
}
