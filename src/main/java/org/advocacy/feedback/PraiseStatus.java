package org.advocacy.feedback;

/**
 * The moderation of a praise that names an employee: pending until the branch manager approves or hides it. Stored
 * as the enum's name in {@code customer_feedback.praise_status} (null: nothing to moderate).
 */
public enum PraiseStatus {
    PENDING, APPROVED, HIDDEN
}
