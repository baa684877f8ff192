package org.advocacy.feedback;

/**
 * An NPS-type score with its adjusted Wald interval exactly as docs/domain-rules.md#interval-of-an-nps-type-score
 * defines it: the plain score 100 × (P − D)/n, and beside it n and the 95 % interval centre ± 1.96 × SE with p̃ = (P +
 * 0.75)/(n + 3), d̃ = (D + 0.75)/(n + 3), clipped to [−100, 100]. Without answers every figure is null.
 */
public record NpsScore(int n, int promoters, int passives, int detractors, Double score, Double margin, Double low,
        Double high) {

    public static NpsScore of(int promoters, int passives, int detractors) {
        int n = promoters + passives + detractors;
        if (n == 0) {
            return new NpsScore(0, 0, 0, 0, null, null, null, null);
        }
        double score = 100.0 * (promoters - detractors) / n;
        double p = (promoters + 0.75) / (n + 3);
        double d = (detractors + 0.75) / (n + 3);
        double centre = 100 * (p - d);
        double se = 100 * Math.sqrt((p + d - (p - d) * (p - d)) / (n + 3));
        double margin = 1.96 * se;
        return new NpsScore(n, promoters, passives, detractors, score, margin, Math.max(-100, centre - margin),
                Math.min(100, centre + margin));
    }
}
