package org.advocacy.security;

/** The roles of docs/domain-rules.md#roles; a person may hold several. Spring authorities are "ROLE_" + name(). */
public enum Role {
    EMPLOYEE, MANAGER, HR, LEADER, ADMIN;

    public static final String EMPLOYEE_ = "EMPLOYEE";
    public static final String MANAGER_ = "MANAGER";
    public static final String HR_ = "HR";
    public static final String LEADER_ = "LEADER";
    public static final String ADMIN_ = "ADMIN";

    public String authority() {
        return "ROLE_" + name();
    }
}
