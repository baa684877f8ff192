package org.advocacy.recognition;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** Counts for BI tools: recognition received per branch and per value in a month. No messages, no names. */
public record RecognitionStats(YearMonth period, List<BranchCounts> branches, Map<String, Integer> byValue) {

    /** One branch: active headcount, recognition received, and how often each value (by code) was named. */
    public record BranchCounts(String code, String name, int headcount, int recognitions, Map<String, Integer> byValue) {
    }
}
