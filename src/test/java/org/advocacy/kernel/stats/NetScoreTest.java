package org.advocacy.kernel.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.advocacy.feedback.NpsScore;
import org.advocacy.survey.Enps;
import org.junit.jupiter.api.Test;

/**
 * The one NPS-type score and its adjusted-Wald interval, on values worked out by hand (no Spring, no database).
 * One promoter alone: n = 1, p̃ = 1.75/4, d̃ = 0.75/4, centre = 25, SE = 100 × sqrt((0.625 − 0.0625)/4) = 37.5,
 * margin = 1.96 × 37.5 = 73.5.
 */
class NetScoreTest {

    @Test
    void onePromoterAloneHasARoundInterval() {
        NetScore s = NetScore.of(1, 0, 0);
        assertThat(s.n()).isEqualTo(1);
        assertThat(s.score()).isEqualTo(100.0);
        assertThat(s.centre()).isCloseTo(25.0, within(1e-12));
        assertThat(s.margin()).isCloseTo(73.5, within(1e-12));
        assertThat(s.low()).isCloseTo(-48.5, within(1e-12));
        assertThat(s.high()).isCloseTo(98.5, within(1e-12));
    }

    @Test
    void mixedGroups() {
        NetScore s = NetScore.of(2, 1, 7); // P = 2, D = 7, n = 10
        assertThat(s.score()).isEqualTo(-50.0);
        assertThat(s.centre()).isCloseTo(-38.4615, within(1e-4));
        assertThat(s.margin()).isCloseTo(44.1549, within(1e-4));
        assertThat(s.low()).isCloseTo(-82.6164, within(1e-4));
        assertThat(s.high()).isCloseTo(5.6933, within(1e-4));
        NetScore large = NetScore.of(120, 60, 20);
        assertThat(large.score()).isEqualTo(50.0);
        assertThat(large.margin()).isCloseTo(9.2729, within(1e-4));
        assertThat(large.low()).isCloseTo(39.9882, within(1e-4));
        assertThat(large.high()).isCloseTo(58.5340, within(1e-4));
    }

    @Test
    void clippedToTheScaleAndDefinedWithoutAnswers() {
        NetScore allDetractors = NetScore.of(0, 0, 3);
        assertThat(allDetractors.score()).isEqualTo(-100.0);
        assertThat(allDetractors.low()).isEqualTo(-100.0);
        NetScore none = NetScore.of(0, 0, 0);
        assertThat(none.score()).isZero();
        assertThat(none.centre()).isZero();
        assertThat(none.margin()).isCloseTo(80.0167, within(1e-4));
    }

    @Test
    void thresholdsOfTheScale() {
        assertThat(NetScore.PROMOTER_MIN).isEqualTo(9);
        assertThat(NetScore.PASSIVE_MIN).isEqualTo(7);
        assertThat(NetScore.PASSIVE_MAX).isEqualTo(8);
        assertThat(NetScore.DETRACTOR_MAX).isEqualTo(6);
        for (int a = 0; a <= 10; a++) {
            NetScore.Group expected = a >= 9 ? NetScore.Group.PROMOTER : a >= 7 ? NetScore.Group.PASSIVE
                    : NetScore.Group.DETRACTOR;
            assertThat(NetScore.group(a)).as("answer %d", a).isEqualTo(expected);
            assertThat(NetScore.isPromoter(a)).isEqualTo(expected == NetScore.Group.PROMOTER);
            assertThat(NetScore.isPassive(a)).isEqualTo(expected == NetScore.Group.PASSIVE);
            assertThat(NetScore.isDetractor(a)).isEqualTo(expected == NetScore.Group.DETRACTOR);
        }
        assertThatThrownBy(() -> NetScore.group(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NetScore.group(11)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void standardErrorAndClearChange() {
        assertThat(NetScore.standardError(73.5)).isCloseTo(37.5, within(1e-12));
        NetScore before = NetScore.of(120, 60, 20); // 40.0 .. 58.5
        assertThat(NetScore.of(130, 50, 20).clearlyDifferentFrom(before)).isFalse();
        assertThat(NetScore.of(20, 60, 120).clearlyDifferentFrom(before)).isTrue();
    }

    @Test
    void eNpsAndCustomerNpsAreThisOneScoreBitForBit() {
        for (int[] c : new int[][] {{1, 0, 0}, {2, 1, 7}, {6, 3, 1}, {120, 60, 20}, {0, 0, 3}}) {
            NetScore s = NetScore.of(c[0], c[1], c[2]);
            Enps e = Enps.of(c[0], c[1], c[2]);
            NpsScore nps = NpsScore.of(c[0], c[1], c[2]);
            assertThat(e.margin()).isEqualTo(s.margin());
            assertThat(e.low()).isEqualTo(s.low());
            assertThat(e.high()).isEqualTo(s.high());
            assertThat(nps.score()).isEqualTo(s.score());
            assertThat(nps.margin()).isEqualTo(s.margin());
            assertThat(nps.low()).isEqualTo(s.low());
            assertThat(nps.high()).isEqualTo(s.high());
        }
    }
}
