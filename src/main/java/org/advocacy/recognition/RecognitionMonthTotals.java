package org.advocacy.recognition;

import java.time.YearMonth;
import java.util.Map;
import java.util.Set;

/**
 * Recognition received and approved customer praise per branch in a month of the organisation's time zone, kept
 * current by the insights rollups (implemented there: insights listens to this module's events, so the dependency
 * points from insights to recognition, never back). Leaderboards and the recognition API read these instead of
 * counting raw rows on each request (issue 13, docs/decisions/0027).
 */
public interface RecognitionMonthTotals {

    /** Branch id → {recognitions, praise} of the month, for the branches asked (null: all); branches without any absent. */
    Map<Long, int[]> month(YearMonth month, Set<Long> branchIds);
}
