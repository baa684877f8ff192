package org.advocacy.audit;

/** What the audit log records. Sign-ins and every change an administrator or HR makes to the organisation. */
public enum AuditAction {
    SIGN_IN, SIGN_IN_FAILED, SIGN_IN_THROTTLED, SIGN_IN_UNDER_ATTACK, SIGN_OUT,
    BRANCH_CREATED, BRANCH_UPDATED,
    DEPARTMENT_CREATED, DEPARTMENT_UPDATED,
    EMPLOYEE_CREATED, EMPLOYEE_UPDATED, EMPLOYEES_IMPORTED,
    USER_CREATED, USER_UPDATED, USER_ROLES_CHANGED, USER_PASSWORD_RESET, FIRST_ADMIN_CREATED,
    USER_ACCESS_REVOKED,
    API_TOKEN_CREATED, API_TOKEN_REVOKED,
    SETTINGS_CHANGED,
    COMPANY_VALUE_CREATED, COMPANY_VALUE_UPDATED, PEER_RECOGNITION_CHANGED,
    // pulse surveys
    PULSE_PROGRAM_CREATED, PULSE_PROGRAM_UPDATED, PULSE_ROUND_OPENED, PULSE_ANSWERS_IMPORTED, PULSE_ACTION_PLAN_CHANGED,
    PULSE_IMPORT_DELETED,
    // customer feedback
    KIOSK_CREATED, KIOSK_REVOKED, PRAISE_MODERATED, FEEDBACK_IMPORTED, FEEDBACK_CONTACTS_ERASED,
    // homes: a manager takes a follow-up case over from another manager of the branch
    FOLLOW_UP_TAKEN_OVER,
    // the public address printed into QR codes, posters, kiosk links and e-mails (stored in the portal)
    PUBLIC_URL_CHANGED;

    /** Whether this is a sign-in event (the audit log shows those apart from changes). */
    public boolean signIn() {
        return name().startsWith("SIGN_");
    }

    /** The actions of one kind of the audit log. */
    public static java.util.List<AuditAction> of(AuditFilter.Kind kind) {
        return java.util.Arrays.stream(values())
                .filter(a -> a.signIn() == (kind == AuditFilter.Kind.SIGN_INS)).toList();
    }
}
