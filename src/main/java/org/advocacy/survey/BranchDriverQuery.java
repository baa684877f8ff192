package org.advocacy.survey;

import java.time.YearMonth;
import java.util.List;

/**
 * Published read of the survey module for the insights branch page: a branch's driver scores over some months, each a
 * sum of released branch-level driver cells of the stored releases (docs/domain-rules.md#rule-11). A driver with any
 * contributing cell not released in those months is left out, so no caller can combine hidden figures.
 */
public interface BranchDriverQuery {

    /** The branch's drivers with released figures in [from, to] (inclusive), highest mean first. */
    List<DriverScore> drivers(long branchId, YearMonth from, YearMonth to);

    /**
     * One driver of one branch.
     *
     * @param mean         mean of the 1–5 answers
     * @param favourablePct share of 4 and 5 answers, in percent
     */
    record DriverScore(Driver driver, int n, double mean, double favourablePct) {
    }
}
