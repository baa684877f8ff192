package org.advocacy.feedback;

import java.time.LocalDateTime;

/**
 * A follow-up case with what the branch's managers and HR need to call the customer back. Contact fields are null
 * once erased after the retention time.
 */
public record FollowUpItem(long id, long feedbackId, String branchCode, FollowUpStatus status, int nps, String comment,
        String contactName, String contactPhone, String contactEmail, Long ownerId, String ownerName,
        LocalDateTime dueAt, LocalDateTime createdAt, LocalDateTime closedAt) {

    public boolean open() {
        return closedAt == null;
    }

    public boolean overdueAt(LocalDateTime now) {
        return open() && dueAt.isBefore(now);
    }
}
