package org.advocacy.survey;

import java.time.LocalDate;

/**
 * Published when a person's pulse answer was stored, in the answering transaction. It says which round received an
 * answer and nothing about whom or what: no account, employee, branch, department or score, so the event registry's
 * timestamped row cannot be joined to an answer (the answer keeps only its day, docs/domain-rules.md#rule-11).
 * {@code minimumGroupReached} is true for the answer that brought the round's answers to the minimum group k
 * (counted in the answering transaction, so concurrent answers may both say so, and none skips it).
 * {@code programName} is read only for that answer (the HR notice names it), and is null on the others.
 */
public record PulseAnswerSubmitted(long roundId, long programId, String programName, LocalDate closesOn,
        boolean minimumGroupReached) {
}
