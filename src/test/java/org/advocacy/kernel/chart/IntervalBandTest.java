package org.advocacy.kernel.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.advocacy.kernel.stats.NetScore;
import org.junit.jupiter.api.Test;

/**
 * The interval band contains its line, also when scores are negative. ECharts' default stacking adds only values of
 * the same sign, which drew the band of a negative branch from 0; the stacking below follows ECharts' documented
 * rules for both strategies (series/line stackStrategy), so the test fails if the band falls back to the default.
 */
class IntervalBandTest {

    /** Where ECharts draws the top edge of the second series stacked on the first, for the given strategy. */
    private static double stackedTop(double base, double width, String strategy) {
        return switch (strategy) {
            case "all" -> base + width;
            // samesign (the default): a positive value stacks only on earlier positive values, so on 0 here
            case "samesign" -> Math.signum(base) == Math.signum(width) ? base + width : width;
            default -> throw new IllegalArgumentException(strategy);
        };
    }

    @Test
    void theBandContainsItsLineForNegativeScores() {
        List<NetScore> figures = List.of(NetScore.of(2, 3, 15), NetScore.of(0, 1, 9), NetScore.of(5, 10, 12),
                NetScore.of(1, 2, 2), NetScore.of(0, 0, 40), NetScore.of(30, 5, 2));
        List<Double> low = new ArrayList<>();
        List<Double> high = new ArrayList<>();
        figures.forEach(e -> {
            low.add(e.low());
            high.add(e.high());
        });
        List<Map<String, Object>> series = IntervalBand.series("band", "95 %", low, high, "rgba(0,0,0,0.2)");
        assertThat(series).hasSize(2);
        assertThat(series).allSatisfy(s -> assertThat(s).containsEntry("stack", "band"));
        String strategy = (String) series.get(1).get("stackStrategy");
        assertThat(series.get(0).get("stackStrategy")).isEqualTo(strategy);
        List<?> base = (List<?>) series.get(0).get("data");
        List<?> width = (List<?>) series.get(1).get("data");
        for (int i = 0; i < figures.size(); i++) {
            NetScore e = figures.get(i);
            double bottom = ((Number) base.get(i)).doubleValue();
            double top = stackedTop(bottom, ((Number) width.get(i)).doubleValue(), strategy);
            double line = IntervalBand.round1(e.score());
            assertThat(line).as("line %s inside [%s, %s]", line, bottom, top).isBetween(bottom, top);
            assertThat(top).isCloseTo(e.high(), org.assertj.core.data.Offset.offset(0.11));
        }
        assertThat(figures.getFirst().high()).as("the first figure is wholly negative").isNegative();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMissingFigureLeavesAGapNotAZeroBand() {
        List<Double> low = new ArrayList<>(List.of(-40.0));
        low.add(null);
        List<Double> high = new ArrayList<>(List.of(-10.0));
        high.add(null);
        List<Map<String, Object>> series = IntervalBand.series("band", "95 %", low, high, "#000");
        assertThat((List<Object>) series.get(0).get("data")).containsExactly(-40.0, "-");
        assertThat((List<Object>) series.get(1).get("data")).containsExactly(30.0, "-");
    }
}
