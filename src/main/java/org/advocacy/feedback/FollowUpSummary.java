package org.advocacy.feedback;

import java.time.LocalDateTime;

/**
 * An open follow-up case as leaders see it on the branch page: how urgent and who works it, never the customer's
 * contact details or comment (those stay with the branch's managers and HR).
 */
public record FollowUpSummary(long id, FollowUpStatus status, int nps, String ownerName, LocalDateTime createdAt,
        LocalDateTime dueAt, boolean overdue) {
}
