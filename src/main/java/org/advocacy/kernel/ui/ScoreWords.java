package org.advocacy.kernel.ui;

import com.vaadin.flow.component.Component;

/**
 * An NPS-type score said in words before its statistics: "eNPS −8 (185 answers): a little more detractors than
 * promoters; no clear change since last round". A change is news only when the two 95 % intervals do not overlap
 * (docs/domain-rules.md#no-clear-change: a move smaller than the intervals allow is "no clear change").
 */
public final class ScoreWords {

    /** A shown score with its n and 95 % interval. */
    public record Figure(double score, int n, double low, double high) {
    }

    /** What the previous figure was: the round before, or the month before. */
    public enum Since {
        ROUND("round"), MONTH("month");

        final String key;

        Since(String key) {
            this.key = key;
        }
    }

    private ScoreWords() {
    }

    /**
     * The sentence; {@code previous} may be null (no earlier figure shown: no change clause). {@code metric} is the
     * already translated name ("eNPS", "NPS").
     */
    public static String sentence(Component c, String metric, Figure now, Figure previous, Since since) {
        String head = c.getTranslation("words.headline", metric, Formats.signed(now.score()),
                c.getTranslation("words.answers", now.n()), c.getTranslation("words.balance." + balance(now.score())));
        if (previous == null) {
            return head;
        }
        return c.getTranslation("words.withChange", head,
                c.getTranslation("words.change." + since.key + "." + change(now, previous)));
    }

    /** How promoters and detractors compare, from the plain score. */
    static String balance(double score) {
        long s = Math.round(score);
        long a = Math.abs(s);
        String side = s > 0 ? "Promoters" : "Detractors";
        if (a < 5) {
            return "even";
        }
        return (a < 20 ? "littleMore" : a < 50 ? "clearlyMore" : "farMore") + side;
    }

    /** "none" when the intervals overlap, else "up" or "down". */
    static String change(Figure now, Figure previous) {
        if (now.low() > previous.high()) {
            return "up";
        }
        if (now.high() < previous.low()) {
            return "down";
        }
        return "none";
    }
}
