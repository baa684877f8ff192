package org.advocacy.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Published after customer answers were stored (one event per request, batch or import, in the storing
 * transaction); the insights module keeps its per-branch, per-month rollups from it. {@code localDate} is the
 * answer's day in the organisation's time zone. {@code id} identifies the event across redeliveries (the rollups add
 * each event once); events stored by an older version have none. The notification module tells the branch's managers
 * about praise awaiting moderation and follow-up cases opened.
 */
public record CustomerFeedbackStored(UUID id, List<Answer> answers) {

    /** A new event with its own id. */
    public CustomerFeedbackStored(List<Answer> answers) {
        this(UUID.randomUUID(), answers);
    }

    /** Whether an answer awaits moderation or opened a case: only then has the notification module anything to say. */
    public boolean tellsManagers() {
        return answers.stream().anyMatch(a -> a.praiseAwaitsModeration() || a.followUpOpened());
    }

    /**
     * What the rollups and notices need of one answer: no text, no contact, no person. {@code praiseAwaitsModeration}:
     * it named an employee with praise, now pending; {@code followUpOpened}: it opened a follow-up case (events stored
     * by an older version have neither).
     */
    public record Answer(long branchId, LocalDate localDate, int nps, Integer csat, Integer ces,
            boolean praiseAwaitsModeration, boolean followUpOpened) {

        /** An answer that neither awaits moderation nor opened a case. */
        public Answer(long branchId, LocalDate localDate, int nps, Integer csat, Integer ces) {
            this(branchId, localDate, nps, csat, ces, false, false);
        }
    }
}
