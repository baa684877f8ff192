package org.advocacy.org;

/** A branch with its number of active staff. */
public record BranchHeadcount(long id, String code, String name, int activeStaff) {
}
