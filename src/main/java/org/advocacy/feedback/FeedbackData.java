package org.advocacy.feedback;

import java.time.OffsetDateTime;

/**
 * One customer's answer as typed into the public form, sent by the API or read from a CSV line. Everything is
 * untrusted: {@link FeedbackService} validates every field. {@code employee} is an employee id (form) or e-mail
 * (API, import); {@code honeypot} is the form's hidden trap field, which people leave empty.
 */
public record FeedbackData(String branch, Integer nps, Integer csat, Integer ces, String touchpoint, String employee,
        String praise, String comment, String contactName, String contactPhone, String contactEmail, boolean consent,
        OffsetDateTime submittedAt, String externalId, String submissionId, String honeypot) {

    /** A form or kiosk answer: no external id, the submission id of the rendered form. */
    public static FeedbackData ofForm(String branch, Integer nps, Integer csat, Integer ces, String touchpoint,
            String employee, String praise, String comment, String contactName, String contactPhone,
            String contactEmail, boolean consent, String submissionId, String honeypot) {
        return new FeedbackData(branch, nps, csat, ces, touchpoint, employee, praise, comment, contactName, contactPhone,
                contactEmail, consent, null, null, submissionId, honeypot);
    }
}
