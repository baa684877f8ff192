package org.advocacy.feedback;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.advocacy.feedback.internal.CustomerMonthsQuery;
import org.springframework.stereotype.Component;

/**
 * The published read of customer answers as monthly sums per branch (NPS categories, CSAT, CES, approved praise), for
 * the insights rollups' rebuild and their direct comparison: counts only, never an answer or a contact. Other modules
 * do not read {@code customer_feedback} themselves (decision 0047). Runs in the caller's transaction.
 */
@Component
public class CustomerMonths {

    /** One branch in one month (the month of the customer's answer). */
    public record BranchMonth(long branchId, java.time.YearMonth month) {
    }

    /** A branch's month of answers: NPS promoters, passives, detractors; CSAT count, sum, top-2; CES count, sum. */
    public record Figures(int promoters, int passives, int detractors, int csatN, long csatSum, int csatTop2, int cesN,
            long cesSum) {
    }

    private final CustomerMonthsQuery query;

    CustomerMonths(CustomerMonthsQuery query) {
        this.query = query;
    }

    /** The figures per branch and month; {@code branchIds} null: every branch; {@code from} null: all days. */
    public Map<BranchMonth, Figures> figures(Collection<Long> branchIds, LocalDate from, LocalDate to) {
        return query.figures(branchIds, from, to);
    }

    /** Approved praise per branch and month; {@code branchIds} null: every branch; {@code from} null: all days. */
    public Map<BranchMonth, Integer> approvedPraise(Collection<Long> branchIds, LocalDate from, LocalDate to) {
        return query.approvedPraise(branchIds, from, to);
    }

    /** Approved praise of one branch answered in [from, to]. */
    public int approvedPraiseCount(long branchId, LocalDate from, LocalDate to) {
        return query.approvedPraiseCount(branchId, from, to);
    }

    /** The branch a customer answer was given for. */
    public Optional<Long> branchOf(long feedbackId) {
        return query.branchOf(feedbackId);
    }
}
