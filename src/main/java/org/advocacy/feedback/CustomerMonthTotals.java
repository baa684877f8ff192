package org.advocacy.feedback;

import java.time.YearMonth;
import java.util.List;

/**
 * Customer answers of a branch added up per month of the organisation's time zone, kept current by the insights
 * rollups (implemented there: the insights module listens to this module's events, so the dependency points from
 * insights to feedback, never back). The metrics screens and the NPS API read these instead of aggregating raw
 * answers on each request, so their time does not grow with the history (issue 13, docs/decisions/0027).
 */
public interface CustomerMonthTotals {

    /**
     * One row per month of [from, to] that has answers, labelled "yyyy-MM", oldest first. The figures follow a
     * new answer as soon as its event is processed (milliseconds after the commit).
     */
    List<CustomerMetrics> byMonth(long branchId, YearMonth from, YearMonth to);

    /** All answers of [from, to] together, labelled {@code label} (zero answers: empty figures). */
    CustomerMetrics total(String label, long branchId, YearMonth from, YearMonth to);
}
