package org.advocacy.insights;

import org.advocacy.kernel.stats.NetScore;

/**
 * One branch in one analysis: staff eNPS (a sum of released pulse cells; null when not released), customer NPS of
 * the period moved by the lag, CSAT, CES, recognition and approved praise per head, and whether the pair entered
 * the analysis (else {@code excludedReason}: staff-not-released, staff-few, no-staff, customers-few, no-customers).
 */
public record BranchFigures(long branchId, String code, String name, String region, boolean active,
        int enpsN, Double enps, Double enpsMargin, String staffReason,
        int npsN, Double nps, Double npsMargin, Double csatPct, Double cesMean,
        int headcount, int recognitions, int praise, String excludedReason) {

    public boolean included() {
        return excludedReason == null;
    }

    /** Recognition received plus approved praise per active member of staff; null without staff. */
    public Double perHead() {
        return headcount == 0 ? null : (double) (recognitions + praise) / headcount;
    }

    public double enpsSe() {
        return enpsMargin == null ? 0 : NetScore.standardError(enpsMargin);
    }

    public double npsSe() {
        return npsMargin == null ? 0 : NetScore.standardError(npsMargin);
    }
}
