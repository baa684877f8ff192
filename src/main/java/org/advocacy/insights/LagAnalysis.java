package org.advocacy.insights;

import java.util.List;
import org.advocacy.insights.AdvocacyStatistics.Correlation;

/**
 * Staff eNPS in month t against customer NPS in t + L for L = −3 … +3: across branches (the period's sums) and within
 * branches (each branch's monthly deviation from its own mean, over the 12 months ending with the period).
 * {@code suggestedLag} is the lag whose within-branch interval lies above zero with the largest r, or null: only then
 * a sentence (a hypothesis) is shown.
 */
public record LagAnalysis(InsightsPeriod period, List<LagPoint> points, Integer suggestedLag) {

    public record LagPoint(int lag, Correlation across, Correlation within) {
    }
}
