package org.advocacy.feedback;

import org.advocacy.kernel.stats.NetScore;

/**
 * A customer NPS with its adjusted Wald 95 % interval, computed by the one {@link NetScore} definition
 * (docs/domain-rules.md#interval-of-an-nps-type-score): the plain score 100 × (P − D)/n, and beside it n and the
 * interval, clipped to [−100, 100]. Without answers every figure is null.
 */
public record NpsScore(int n, int promoters, int passives, int detractors, Double score, Double margin, Double low,
        Double high) {

    public static NpsScore of(int promoters, int passives, int detractors) {
        int n = promoters + passives + detractors;
        if (n == 0) {
            return new NpsScore(0, 0, 0, 0, null, null, null, null);
        }
        NetScore s = NetScore.of(promoters, passives, detractors);
        return new NpsScore(n, promoters, passives, detractors, s.score(), s.margin(), s.low(), s.high());
    }
}
