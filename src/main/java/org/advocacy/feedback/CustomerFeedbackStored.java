package org.advocacy.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Published after customer answers were stored (one event per request, batch or import, in the storing
 * transaction); the insights module keeps its per-branch, per-month rollups from it. {@code localDate} is the
 * answer's day in the organisation's time zone. {@code id} identifies the event across redeliveries (the rollups add
 * each event once); events stored by an older version have none.
 */
public record CustomerFeedbackStored(UUID id, List<Answer> answers) {

    /** A new event with its own id. */
    public CustomerFeedbackStored(List<Answer> answers) {
        this(UUID.randomUUID(), answers);
    }

    /** What the rollups need of one answer: no text, no contact, no person. */
    public record Answer(long branchId, LocalDate localDate, int nps, Integer csat, Integer ces) {
    }
}
