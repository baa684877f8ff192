package org.advocacy.feedback;

import java.time.LocalDateTime;

/**
 * The visit behind a follow-up case, as the manager needs it before calling: every score the customer gave, the
 * part of the visit, the member of staff they named and what they wrote. {@code touchpointName} is in the
 * caller's language (null when none was chosen); {@code submittedAt} is UTC.
 */
public record FollowUpVisit(int nps, Integer csat, Integer ces, String touchpointCode, String touchpointName,
        String employeeName, String praise, String comment, LocalDateTime submittedAt) {
}
