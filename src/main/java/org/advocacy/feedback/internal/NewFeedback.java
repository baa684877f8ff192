package org.advocacy.feedback.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.advocacy.feedback.PraiseStatus;

/** A validated feedback row, ready to insert. */
public record NewFeedback(long branchId, int nps, Integer csat, Integer ces, String touchpoint, Long employeeId,
        String praise, String comment, String contactName, String contactPhone, String contactEmail, boolean consent,
        LocalDateTime submittedAt, LocalDate localDate, String channel, String externalId, String submissionId,
        String clientHash, String textHash, Long kioskId, PraiseStatus praiseStatus, LocalDateTime createdAt,
        LocalDateTime contactErasedAt) {
}
