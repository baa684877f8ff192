package org.advocacy.recognition;

import org.advocacy.kernel.id.EmployeeId;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Published when someone was recognised: one entry per recipient's branch (the branch copied at the time), with the
 * moment in UTC as stored. The insights module counts recognition per branch and month from it; the notification
 * module tells the recipients ({@code recipientEmployeeIds}) who recognised them ({@code giverName}) with the start
 * of the message ({@code excerpt}, at most 120 characters). Events stored by an older version have no recipients.
 */
public record RecognitionGiven(long recognitionId, List<Long> recipientBranchIds, LocalDateTime createdAtUtc,
        List<EmployeeId> recipientEmployeeIds, String giverName, String excerpt) {

    public RecognitionGiven {
        recipientEmployeeIds = recipientEmployeeIds == null ? List.of() : List.copyOf(recipientEmployeeIds);
    }

    /** What the rollups need, without whom to tell. */
    public RecognitionGiven(long recognitionId, List<Long> recipientBranchIds, LocalDateTime createdAtUtc) {
        this(recognitionId, recipientBranchIds, createdAtUtc, List.of(), null, null);
    }
}
