package org.advocacy.kernel.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one builder of score-with-interval charts: what the screens hand to ECharts. */
class ScoreChartTest {

    private static final List<String> MONTHS = List.of("07/2026", "08/2026", "09/2026");

    @Test
    void aBandBehindItsLineWithGapsWhereThereIsNoFigure() {
        Map<String, Object> o = ScoreChart.over(MONTHS)
                .set("grid", Map.of("top", 24))
                .band("ci", "95 %", Arrays.asList(-12.34, null, 10.0), Arrays.asList(40.06, null, 30.0), "rgba(0,0,0,.2)")
                .line("NPS", Arrays.asList(12.345, null, -0.04), Map.of("color", "#2e7d5b"))
                .option();
        assertThat(o).containsEntry("grid", Map.of("top", 24)).containsEntry("tooltip", Map.of("trigger", "axis"))
                .containsEntry("xAxis", Map.of("type", "category", "data", MONTHS))
                .containsEntry("yAxis", Map.of("type", "value", "min", -100, "max", 100));
        List<?> series = (List<?>) o.get("series");
        assertThat(series).hasSize(3);
        Map<?, ?> low = (Map<?, ?>) series.get(0);
        Map<?, ?> width = (Map<?, ?>) series.get(1);
        Map<?, ?> line = (Map<?, ?>) series.get(2);
        assertThat(low.get("stack")).isEqualTo("ci");
        assertThat(low.get("stackStrategy")).isEqualTo("all");
        assertThat(low.get("data")).isEqualTo(List.of(-12.3, "-", 10.0));
        assertThat(width.get("data")).isEqualTo(List.of(52.4, "-", 20.0));
        assertThat(width.get("name")).isEqualTo("95 %");
        assertThat(line.get("type")).isEqualTo("line");
        assertThat(line.get("color")).isEqualTo("#2e7d5b");
        assertThat(line.get("data")).isEqualTo(List.of(12.3, "-", 0.0));
    }

    @Test
    void errorBarsOnlyWhereThereIsAnInterval() {
        Map<String, Object> o = ScoreChart.over(MONTHS)
                .errorBars("enps-margin", Arrays.asList(-20.04, null, 5.0), Arrays.asList(30.0, null, 25.55),
                        Map.of("width", 5))
                .option();
        Map<?, ?> bars = (Map<?, ?>) ((List<?>) o.get("series")).getFirst();
        assertThat(bars.get("type")).isEqualTo("lines");
        assertThat(bars.get("coordinateSystem")).isEqualTo("cartesian2d");
        assertThat(bars.get("data")).isEqualTo(List.of(
                Map.of("coords", List.of(List.of("07/2026", -20.0), List.of("07/2026", 30.0))),
                Map.of("coords", List.of(List.of("09/2026", 5.0), List.of("09/2026", 25.6)))));
        assertThat(bars.get("lineStyle")).isEqualTo(Map.of("width", 5));
    }

    @Test
    void theScreensOwnEntriesComeFirstAndMayReplaceTheTooltip() {
        Map<String, Object> o = ScoreChart.over(List.of("a")).set("toolbox", Map.of())
                .set("tooltip", Map.of("trigger", "item")).option();
        assertThat(o.keySet()).containsExactly("toolbox", "tooltip", "xAxis", "yAxis", "series");
        assertThat(o.get("tooltip")).isEqualTo(Map.of("trigger", "item"));
        ScoreChart chart = ScoreChart.over(List.of("a")).line("x", List.of(1.0), Map.of());
        assertThat(new tools.jackson.databind.json.JsonMapper().readValue(chart.json(), Map.class))
                .as("the JSON is the option").isEqualTo(chart.option());
    }

    @Test
    void everySeriesHasOneValuePerCategory() {
        assertThatThrownBy(() -> ScoreChart.over(MONTHS).line("x", List.of(1.0), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScoreChart.over(MONTHS).band("b", "b", List.of(1.0, 2.0, 3.0), List.of(1.0), "#000"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
