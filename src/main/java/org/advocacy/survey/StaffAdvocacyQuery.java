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
     * The version of the releases that count in the months [from, to]: it changes whenever a release there is added
     * (a round closes, a batch is imported) or deleted (a batch is deleted). Releases never change in place, so a
     * figure computed from these months stays right while the version is the same (the insights' cache).
     */
    ReleasesVersion version(YearMonth from, YearMonth to);

    /** See {@link #version}: how many releases count in the months, and the newest one's id. */
    record ReleasesVersion(int releases, long newestId) {
    }

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
