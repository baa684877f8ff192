package org.advocacy.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.advocacy.kernel.stats.NetScore;
import org.junit.jupiter.api.Test;

/**
 * eNPS and its adjusted-Wald margin on worked examples. Expected values computed independently with Python 3
 * (math.sqrt) from the formula in docs/domain-rules.md#interval-of-an-nps-type-score: p=(P+.75)/(n+3), d=(D+.75)/(n+3),
 * SE=100·sqrt((p+d−(p−d)²)/(n+3)).
 */
class EnpsTest {

    @Test
    void tenAnswersSixPromotersOneDetractor() {
        Enps e = Enps.of(6, 3, 1);
        assertThat(e.n()).isEqualTo(10);
        assertThat(e.score()).isEqualTo(50.0);
        assertThat(e.centre()).isCloseTo(38.4615, within(1e-4));
        assertThat(e.margin()).isCloseTo(38.6655, within(1e-4));
        assertThat(e.low()).isCloseTo(-0.2040, within(1e-4));
        assertThat(e.high()).isCloseTo(77.1271, within(1e-4));
    }

    @Test
    void hundredAnswers() {
        Enps e = Enps.of(50, 30, 20);
        assertThat(e.score()).isEqualTo(30.0);
        assertThat(e.centre()).isCloseTo(29.1262, within(1e-4));
        assertThat(e.margin()).isCloseTo(15.0754, within(1e-4));
        assertThat(e.low()).isCloseTo(14.0509, within(1e-4));
        assertThat(e.high()).isCloseTo(44.2016, within(1e-4));
    }

    @Test
    void intervalIsClippedToTheScale() {
        Enps all = Enps.of(5, 0, 0);
        assertThat(all.score()).isEqualTo(100.0);
        assertThat(all.centre()).isCloseTo(62.5, within(1e-9));
        assertThat(all.margin()).isCloseTo(45.0094, within(1e-4));
        assertThat(all.high()).isEqualTo(100.0);
        Enps none = Enps.of(0, 0, 3);
        assertThat(none.score()).isEqualTo(-100.0);
        assertThat(none.low()).isEqualTo(-100.0);
        assertThat(none.high()).isCloseTo(6.5803, within(1e-4));
    }

    @Test
    void groupsFollowTheScale() {
        assertThat(Enps.group(10)).isEqualTo(NetScore.Group.PROMOTER);
        assertThat(Enps.group(9)).isEqualTo(NetScore.Group.PROMOTER);
        assertThat(Enps.group(8)).isEqualTo(NetScore.Group.PASSIVE);
        assertThat(Enps.group(7)).isEqualTo(NetScore.Group.PASSIVE);
        assertThat(Enps.group(6)).isEqualTo(NetScore.Group.DETRACTOR);
        assertThat(Enps.group(0)).isEqualTo(NetScore.Group.DETRACTOR);
        assertThatThrownBy(() -> Enps.group(11)).isInstanceOf(IllegalArgumentException.class);
        Enps e = Enps.ofScores(List.of(10, 9, 8, 7, 6, 0));
        assertThat(e.promoters()).isEqualTo(2);
        assertThat(e.passives()).isEqualTo(2);
        assertThat(e.detractors()).isEqualTo(2);
        assertThat(e.score()).isEqualTo(0.0);
    }

    @Test
    void onlyNonOverlappingIntervalsAreAClearChange() {
        Enps before = Enps.of(50, 30, 20); // 14.1 .. 44.2
        assertThat(Enps.of(55, 28, 17).clearlyDifferentFrom(before)).isFalse();
        assertThat(Enps.of(85, 10, 5).clearlyDifferentFrom(before)).isTrue();
        assertThat(Enps.of(6, 3, 1).clearlyDifferentFrom(before)).isFalse(); // small n: wide interval
    }
}
