package org.advocacy.survey;

import java.time.LocalDate;
import java.util.Map;

/**
 * One anonymous answer as results see it: segment attributes copied at submit time, the scores, the comment and
 * the date a comment may carry (the round's close date, never the answer's own day).
 */
public record AnswerFact(String branchCode, String department, String tenureBand, int score,
        Map<String, Integer> drivers, String comment, LocalDate commentDate) {
}
