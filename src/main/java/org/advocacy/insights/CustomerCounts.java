package org.advocacy.insights;

import org.advocacy.feedback.NpsScore;

/** Customer answers of a branch over some months: NPS categories, CSAT (count, sum, 4–5) and CES (count, sum). */
public record CustomerCounts(int promoters, int passives, int detractors, int csatN, long csatSum, int csatTop2,
        int cesN, long cesSum) {

    public static final CustomerCounts ZERO = new CustomerCounts(0, 0, 0, 0, 0, 0, 0, 0);

    public int n() {
        return promoters + passives + detractors;
    }

    public CustomerCounts plus(CustomerCounts o) {
        return new CustomerCounts(promoters + o.promoters, passives + o.passives, detractors + o.detractors,
                csatN + o.csatN, csatSum + o.csatSum, csatTop2 + o.csatTop2, cesN + o.cesN, cesSum + o.cesSum);
    }

    public NpsScore nps() {
        return NpsScore.of(promoters, passives, detractors);
    }

    /** Share of CSAT answers 4 and 5, in percent; null without CSAT answers. */
    public Double csatPct() {
        return csatN == 0 ? null : 100.0 * csatTop2 / csatN;
    }

    /** Mean CES (1–7, higher = easier); null without CES answers. */
    public Double cesMean() {
        return cesN == 0 ? null : (double) cesSum / cesN;
    }
}
