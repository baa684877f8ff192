package org.advocacy.survey;

import org.advocacy.kernel.stats.NetScore;

/**
 * An eNPS figure with its adjusted-Wald 95 % interval, computed by the one {@link NetScore} definition
 * (docs/domain-rules.md#interval-of-an-nps-type-score): the shown score is the plain 100 × (P − D) / n; the interval is
 * centred on the adjusted estimate and clipped to [−100, 100].
 */
public record Enps(int n, int promoters, int passives, int detractors, double score, double centre, double margin,
        double low, double high) {

    public static final double Z95 = NetScore.Z95;

    public static Enps of(int promoters, int passives, int detractors) {
        if (promoters < 0 || passives < 0 || detractors < 0) {
            throw new IllegalArgumentException("negative count");
        }
        NetScore s = NetScore.of(promoters, passives, detractors);
        return new Enps(s.n(), promoters, passives, detractors, s.score(), s.centre(), s.margin(), s.low(), s.high());
    }

    /** Counts the three groups of a list of 0–10 scores. */
    public static Enps ofScores(Iterable<Integer> scores) {
        int p = 0, pa = 0, d = 0;
        for (int s : scores) {
            switch (NetScore.group(s)) {
                case PROMOTER -> p++;
                case PASSIVE -> pa++;
                case DETRACTOR -> d++;
            }
        }
        return of(p, pa, d);
    }

    /** The group of one answer; the thresholds are {@link NetScore}'s. */
    public static NetScore.Group group(int score) {
        return NetScore.group(score);
    }

    /**
     * Whether a move from {@code before} to this figure is news: only when the two 95 % intervals do not overlap.
     * Otherwise the trend is labelled "no clear change".
     */
    public boolean clearlyDifferentFrom(Enps before) {
        return low > before.high || high < before.low;
    }
}
