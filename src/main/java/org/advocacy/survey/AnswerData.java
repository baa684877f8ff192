package org.advocacy.survey;

import java.util.Map;

/** What an employee submits: the 0–10 eNPS score, 1–5 per driver code, and an optional comment. */
public record AnswerData(int score, Map<String, Integer> drivers, String comment) {

    public static final int COMMENT_MAX = 500;
}
