package org.advocacy.feedback;

import java.time.LocalDate;

/** A customer's praise of a named employee, as moderators, the employee and the branch feed see it. */
public record PraiseItem(long id, String branchCode, long employeeId, String employeeName, String praise, int nps,
        LocalDate date, PraiseStatus status, String reason) {
}
