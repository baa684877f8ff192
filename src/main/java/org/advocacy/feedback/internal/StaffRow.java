package org.advocacy.feedback.internal;

/** An active member of a branch's staff and what decides whether the public feedback form offers them. */
public record StaffRow(long id, String fullName, String jobTitle, boolean manager, boolean officeRole,
        Boolean customerFacingChoice) {

    /** The default without a manager's choice: everyone but managers and people with an office role. */
    public boolean customerFacingByDefault() {
        return !manager && !officeRole;
    }

    public boolean customerFacing() {
        return customerFacingChoice != null ? customerFacingChoice : customerFacingByDefault();
    }
}
