package org.advocacy.survey;

import java.util.Map;

/** One historical answer from another tool: {@code date} (yyyy-MM-dd) or {@code period} (yyyy-MM), branch, score required. */
public record ImportRow(String date, String period, String branch, String department, String tenureBand, Integer score,
        Map<String, Integer> drivers, String comment) {
}
