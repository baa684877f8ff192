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
     * by an older version have neither). {@code count}: how many equal answers this entry stands for. A batch's plain
     * answers (neither awaiting moderation nor opening a case) of the same branch, day and scores are one entry, so a
     * batch of 1,000 answers is a few hundred entries in the event registry, not 1,000 (issue 13). An answer that
     * tells managers something is always an entry of its own. Events stored before have no count: one answer each.
     */
    public record Answer(long branchId, LocalDate localDate, int nps, Integer csat, Integer ces,
            boolean praiseAwaitsModeration, boolean followUpOpened, Integer count) {

        /** One answer that neither awaits moderation nor opened a case. */
        public Answer(long branchId, LocalDate localDate, int nps, Integer csat, Integer ces) {
            this(branchId, localDate, nps, csat, ces, false, false, 1);
        }

        /** One answer. */
        public Answer(long branchId, LocalDate localDate, int nps, Integer csat, Integer ces,
                boolean praiseAwaitsModeration, boolean followUpOpened) {
            this(branchId, localDate, nps, csat, ces, praiseAwaitsModeration, followUpOpened, 1);
        }

        /** The answers this entry stands for (1 for an event stored before entries were counted). */
        public int times() {
            return count == null ? 1 : count;
        }

        /** The same entry standing for {@code n} answers. */
        Answer times(int n) {
            return new Answer(branchId, localDate, nps, csat, ces, praiseAwaitsModeration, followUpOpened, n);
        }
    }

    /**
     * The event of these answers, with the plain ones that are equal in every field the event carries folded into
     * one entry each (in the order of their first answer); answers that tell managers something stay one entry each.
     */
    public static CustomerFeedbackStored of(List<Answer> answers) {
        java.util.Map<Answer, Integer> plain = new java.util.LinkedHashMap<>();
        List<Answer> out = new java.util.ArrayList<>();
        for (Answer a : answers) {
            if (a.praiseAwaitsModeration() || a.followUpOpened()) {
                out.add(a);
            } else {
                plain.merge(a.times(1), a.times(), Integer::sum); // the count is not part of the key
            }
        }
        plain.forEach((a, n) -> out.add(a.times(n)));
        return new CustomerFeedbackStored(out);
    }
}
