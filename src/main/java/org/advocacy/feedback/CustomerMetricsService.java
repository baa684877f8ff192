package org.advocacy.feedback;

import java.time.YearMonth;
import java.util.List;
import org.advocacy.kernel.ValidationException;
import org.advocacy.feedback.internal.FeedbackRepository;
import org.advocacy.feedback.internal.MetricsQuery;
import org.advocacy.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Branch customer metrics (NPS with n and ± margin, CSAT %, CES mean) per period, per touchpoint and over months.
 * Managers read their branches, HR and leaders all, API tokens with metrics:read their scope. Periods and trends
 * come from the monthly rollups ({@link CustomerMonthTotals}); only the touchpoint breakdown of one branch and
 * period still counts its answers.
 */
@Service
public class CustomerMetricsService {

    private static final String READERS = "hasAnyRole('MANAGER','HR','LEADER') or hasAuthority('SCOPE_metrics:read')";

    private final MetricsQuery metrics;
    private final FeedbackRepository feedback;
    private final CurrentUser currentUser;
    private final CustomerMonthTotals months;

    CustomerMetricsService(MetricsQuery metrics, FeedbackRepository feedback, CurrentUser currentUser,
            CustomerMonthTotals months) {
        this.metrics = metrics;
        this.feedback = feedback;
        this.currentUser = currentUser;
        this.months = months;
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public CustomerMetrics branch(String branchCode, Period period) {
        PublicBranch b = branchInScope(branchCode);
        // a month or a quarter is whole months: added up from the monthly rollups, not from the raw answers
        return months.total(period.label(), b.id(), YearMonth.from(period.from()),
                YearMonth.from(period.toExclusive()).minusMonths(1));
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<CustomerMetrics> byTouchpoint(String branchCode, Period period) {
        PublicBranch b = branchInScope(branchCode);
        return metrics.byTouchpoint(b.id(), period.from(), period.toExclusive());
    }

    /** Month by month from {@code from} to {@code to} inclusive; months without answers are left out. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<CustomerMetrics> trend(String branchCode, YearMonth from, YearMonth to) {
        PublicBranch b = branchInScope(branchCode);
        return months.byMonth(b.id(), from, to);
    }

    private PublicBranch branchInScope(String code) {
        PublicBranch b = (code == null ? java.util.Optional.<PublicBranch>empty()
                : feedback.anyBranch(code.trim().toUpperCase(java.util.Locale.ROOT))) // retired ones keep their history
                .orElseThrow(() -> new ValidationException("branch", "feedback.error.branch"));
        FeedbackService.requireScope(currentUser.branchScope(), b.id());
        return b;
    }
}
