package org.advocacy.feedback;

import org.advocacy.kernel.id.EmployeeId;
import java.time.LocalDate;

/**
 * Published when a manager approves a customer's praise; {@code localDate} is the day of the customer's answer. The
 * notification module tells the praised employee ({@code employeeId}), quoting {@code excerpt} (at most 120
 * characters of the praise); events stored by an older version have neither.
 */
public record PraiseApproved(long feedbackId, String branchCode, LocalDate localDate, EmployeeId employeeId,
        String excerpt) {

    /** What the rollups need, without whom to tell. */
    public PraiseApproved(long feedbackId, String branchCode, LocalDate localDate) {
        this(feedbackId, branchCode, localDate, null, null);
    }
}
