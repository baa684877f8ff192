package org.advocacy.insights;

import java.util.List;
import org.advocacy.insights.AdvocacyStatistics.Correlation;
import org.advocacy.insights.AdvocacyStatistics.Regression;

/**
 * Staff and customer advocacy across the branches of a period
 * (docs/domain-rules.md#staff-and-customer-advocacy-per-branch): every branch with its figures, and for the included
 * ones (at least {@link #minStaff} staff and {@link #MIN_CUSTOMERS} customer answers) the correlation (null under 5
 * branches), the regression line with its bands, the exceptions, the medians for the quadrant lines, and recognition
 * per head against both scores.
 */
public record AdvocacyAnalysis(InsightsPeriod period, String region, int lag, int minStaff,
        List<BranchFigures> branches, Correlation correlation, Regression regression, List<BandPoint> band,
        List<AdvocacyStatistics.Exception> exceptions, Double medianEnps, Double medianNps,
        Correlation recognitionWithEnps, Correlation recognitionWithNps, RollupStatus rollups) {

    public static final int MIN_CUSTOMERS = 10;

    /** The same analysis with the rollups' current state (a cached analysis shows the latest update time). */
    public AdvocacyAnalysis withRollups(RollupStatus now) {
        return new AdvocacyAnalysis(period, region, lag, minStaff, branches, correlation, regression, band, exceptions,
                medianEnps, medianNps, recognitionWithEnps, recognitionWithNps, now);
    }

    public List<BranchFigures> included() {
        return branches.stream().filter(BranchFigures::included).toList();
    }

    public List<BranchFigures> excluded() {
        return branches.stream().filter(b -> !b.included()).toList();
    }

    public boolean enoughBranches() {
        return correlation != null;
    }

    public boolean isException(String code) {
        return exceptions.stream().anyMatch(e -> e.branch().equals(code));
    }

    /** The regression line at x with its 95 % confidence and prediction bands. */
    public record BandPoint(double x, double fit, double confidence, double prediction) {
    }
}
