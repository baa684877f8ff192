package org.advocacy.survey;

/**
 * An eNPS figure with its adjusted-Wald 95 % interval, exactly as docs/domain-rules.md#interval-of-an-nps-type-score
 * defines it: the shown score is the plain 100 × (P − D) / n; the interval is centred on the adjusted estimate and
 * clipped to [−100, 100].
 */
public record Enps(int n, int promoters, int passives, int detractors, double score, double centre, double margin,
        double low, double high) {

    public static final double Z95 = 1.96;

    public static Enps of(int promoters, int passives, int detractors) {
        if (promoters < 0 || passives < 0 || detractors < 0) {
            throw new IllegalArgumentException("negative count");
        }
        int n = promoters + passives + detractors;
        double score = n == 0 ? 0 : 100.0 * (promoters - detractors) / n;
        double p = (promoters + 0.75) / (n + 3);
        double d = (detractors + 0.75) / (n + 3);
        double centre = 100 * (p - d);
        double se = 100 * Math.sqrt((p + d - (p - d) * (p - d)) / (n + 3));
        double margin = Z95 * se;
        return new Enps(n, promoters, passives, detractors, score, centre, margin,
                Math.max(-100, centre - margin), Math.min(100, centre + margin));
    }

    /** Counts the three groups of a list of 0–10 scores. */
    public static Enps ofScores(Iterable<Integer> scores) {
        int p = 0, pa = 0, d = 0;
        for (int s : scores) {
            switch (group(s)) {
                case PROMOTER -> p++;
                case PASSIVE -> pa++;
                case DETRACTOR -> d++;
            }
        }
        return of(p, pa, d);
    }

    public enum Group { PROMOTER, PASSIVE, DETRACTOR }

    public static Group group(int score) {
        if (score < 0 || score > 10) {
            throw new IllegalArgumentException("score " + score);
        }
        return score >= 9 ? Group.PROMOTER : score >= 7 ? Group.PASSIVE : Group.DETRACTOR;
    }

    /**
     * Whether a move from {@code before} to this figure is news: only when the two 95 % intervals do not overlap.
     * Otherwise the trend is labelled "no clear change".
     */
    public boolean clearlyDifferentFrom(Enps before) {
        return low > before.high || high < before.low;
    }
}
