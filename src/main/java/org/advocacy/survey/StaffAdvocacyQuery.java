package org.advocacy.survey;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

/**
 * Published read of the survey module for other modules (insights): staff eNPS counts per branch and month, each a sum
 * of released cells (docs/domain-rules.md#rule-11). A branch-month with any contributing cell not released comes back
 * with {@code released = false} and zero counts, so no caller can combine hidden figures. The month of a portal round
 * is the month of its close date; an imported batch counts in its own month. Retired branches keep their history.
 */
public interface StaffAdvocacyQuery {

    /** Every branch-month in [from, to] (inclusive) that has any pulse answers, oldest first, then by branch. */
    List<BranchStaffMonth> branchMonths(YearMonth from, YearMonth to);

    /** As {@link #branchMonths(YearMonth, YearMonth)}, for some branches only (the branch page reads one). */
    List<BranchStaffMonth> branchMonths(YearMonth from, YearMonth to, Collection<Long> branchIds);

    /**
     * Staff eNPS counts of one branch in one month.
     *
     * @param released false when a contributing cell is suppressed; the counts are then zero and {@code reason} says why
     * @param reason   null when released, else a reason code ("min-group", "complementary", "not-closed")
     */
    record BranchStaffMonth(long branchId, YearMonth month, boolean released, int promoters, int passives,
            int detractors, String reason) {

        public int n() {
            return promoters + passives + detractors;
        }
    }
}
