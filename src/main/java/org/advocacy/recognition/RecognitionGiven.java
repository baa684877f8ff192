package org.advocacy.recognition;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Published when someone was recognised: one entry per recipient's branch (the branch copied at the time), with the
 * moment in UTC as stored. The insights module counts recognition per branch and month from it.
 */
public record RecognitionGiven(long recognitionId, List<Long> recipientBranchIds, LocalDateTime createdAtUtc) {
}
