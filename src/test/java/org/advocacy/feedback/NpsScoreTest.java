package org.advocacy.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The adjusted Wald interval of docs/domain-rules.md#interval-of-an-nps-type-score, checked against values worked out
 * by hand.
 */
class NpsScoreTest {

    @Test
    void plainScoreAndAdjustedWaldMargin() {
        // P = 6, passives 2, D = 2, n = 10: p̃ = 6.75/13, d̃ = 2.75/13, centre = 100 × 4/13 = 30.769...
        // SE = 100 × sqrt((9.5/13 − (4/13)²) / 13) = 22.1201..., margin = 1.96 × SE = 43.3556...
        NpsScore s = NpsScore.of(6, 2, 2);
        assertThat(s.n()).isEqualTo(10);
        assertThat(s.score()).isEqualTo(40.0);
        double p = 6.75 / 13;
        double d = 2.75 / 13;
        double se = 100 * Math.sqrt((p + d - (p - d) * (p - d)) / 13);
        assertThat(s.margin()).isCloseTo(1.96 * se, within(1e-9));
        assertThat(s.margin()).isCloseTo(43.3556, within(0.0001));
        assertThat(s.low()).isCloseTo(-12.5864, within(0.0001));
        assertThat(s.high()).isCloseTo(74.1248, within(0.0001));
    }

    @Test
    void theIntervalIsClippedAndEmptyGroupsHaveNoFigures() {
        NpsScore allPromoters = NpsScore.of(3, 0, 0);
        assertThat(allPromoters.score()).isEqualTo(100.0);
        assertThat(allPromoters.high()).isEqualTo(100.0);
        assertThat(allPromoters.low()).isLessThan(100.0);
        NpsScore none = NpsScore.of(0, 0, 0);
        assertThat(none.score()).isNull();
        assertThat(none.margin()).isNull();
    }
}
