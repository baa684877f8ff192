package org.advocacy.feedback;

/**
 * A branch's (or touchpoint's, or month's) customer figures for one period: NPS with n and interval, CSAT % (share of
 * 4 and 5 among the CSAT answers) and the CES mean; null where nobody answered.
 */
public record CustomerMetrics(String label, NpsScore nps, int csatN, Double csatPct, int cesN, Double cesMean) {
}
