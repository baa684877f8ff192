package org.advocacy.kernel.stats;

/**
 * The one definition of an NPS-type score (staff eNPS and customer NPS alike) and its adjusted-Wald 95 % interval:
 * answers 0–10 fall into promoters ({@value #PROMOTER_MIN}–10), passives and detractors (0–{@value #DETRACTOR_MAX});
 * the score shown is the plain 100 × (P − D)/n; with p̃ = (P + 0.75)/(n + 3) and d̃ = (D + 0.75)/(n + 3) the interval
 * is centred on 100 × (p̃ − d̃) with margin 1.96 × 100 × sqrt((p̃ + d̃ − (p̃ − d̃)²)/(n + 3)), clipped to [−100, 100]
 * (docs/decisions/0052-kernel-one-of-each.md). SQL that counts the groups builds its conditions from the
 * constants here.
 */
public record NetScore(int n, int promoters, int passives, int detractors, double score, double centre, double margin,
        double low, double high) {

    /** The lowest answer that counts as a promoter. */
    public static final int PROMOTER_MIN = 9;
    /** The lowest answer that counts as a passive (the highest is {@code PROMOTER_MIN - 1}). */
    public static final int PASSIVE_MIN = 7;
    /** The highest answer that counts as a passive. */
    public static final int PASSIVE_MAX = PROMOTER_MIN - 1;
    /** The highest answer that counts as a detractor. */
    public static final int DETRACTOR_MAX = PASSIVE_MIN - 1;
    /** The normal quantile of a two-sided 95 % interval. */
    public static final double Z95 = 1.96;

    /** The three groups of the 0–10 scale. */
    public enum Group { PROMOTER, PASSIVE, DETRACTOR }

    /**
     * The score and interval of these counts. Without answers the score is 0 and the interval the one of the
     * adjustment alone; callers that show no figure for an empty group check {@link #n()} first.
     */
    public static NetScore of(int promoters, int passives, int detractors) {
        int n = promoters + passives + detractors;
        double score = n == 0 ? 0 : 100.0 * (promoters - detractors) / n;
        double p = (promoters + 0.75) / (n + 3);
        double d = (detractors + 0.75) / (n + 3);
        double centre = 100 * (p - d);
        double se = 100 * Math.sqrt((p + d - (p - d) * (p - d)) / (n + 3));
        double margin = Z95 * se;
        return new NetScore(n, promoters, passives, detractors, score, centre, margin,
                Math.max(-100, centre - margin), Math.min(100, centre + margin));
    }

    /** The group of one answer on the 0–10 scale. */
    public static Group group(int answer) {
        if (answer < 0 || answer > 10) {
            throw new IllegalArgumentException("score " + answer);
        }
        return answer >= PROMOTER_MIN ? Group.PROMOTER : answer >= PASSIVE_MIN ? Group.PASSIVE : Group.DETRACTOR;
    }

    public static boolean isPromoter(int answer) {
        return answer >= PROMOTER_MIN;
    }

    public static boolean isPassive(int answer) {
        return answer >= PASSIVE_MIN && answer <= PASSIVE_MAX;
    }

    public static boolean isDetractor(int answer) {
        return answer <= DETRACTOR_MAX;
    }

    /** The standard error behind a 95 % margin. */
    public static double standardError(double margin95) {
        return margin95 / Z95;
    }

    /** Whether two figures differ beyond chance: only when their 95 % intervals do not overlap. */
    public boolean clearlyDifferentFrom(NetScore before) {
        return low > before.high || high < before.low;
    }
}
