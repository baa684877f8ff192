package org.advocacy.feedback;

import java.time.LocalDate;
import java.util.List;

/**
 * Published after customer answers were stored (one event per request, batch or import, in the storing
 * transaction); the insights module keeps its per-branch, per-month rollups from it. {@code localDate} is the
 * answer's day in the organisation's time zone.
 */
public record CustomerFeedbackStored(List<Answer> answers) {

    /** What the rollups need of one answer: no text, no contact, no person. */
    public record Answer(long branchId, LocalDate localDate, int nps, Integer csat, Integer ces) {
    }
}
