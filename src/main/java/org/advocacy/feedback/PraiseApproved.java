package org.advocacy.feedback;

import java.time.LocalDate;

/** Published when a manager approves a customer's praise; {@code localDate} is the day of the customer's answer. */
public record PraiseApproved(long feedbackId, String branchCode, LocalDate localDate) {
}
