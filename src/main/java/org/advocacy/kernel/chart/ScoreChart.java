package org.advocacy.kernel.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one builder of "a score with its 95 % interval" charts (eNPS and customer NPS over rounds or months): the
 * ECharts option of a category axis, a −100…+100 value axis, each score as a line (one decimal, a gap where there is
 * no figure) and its interval either as a shaded {@linkplain #band band} behind the line or as vertical
 * {@linkplain #errorBars error bars}. Screens add their own entries (grid, legend, toolbox) with {@link #set}.
 */
public final class ScoreChart {

    private static final JsonMapper JSON = new JsonMapper();

    private final List<String> categories;
    private final Map<String, Object> extras = new LinkedHashMap<>();
    private final List<Object> series = new ArrayList<>();

    private ScoreChart(List<String> categories) {
        this.categories = List.copyOf(categories);
    }

    /** A chart over these (already translated) category labels, one per round or month. */
    public static ScoreChart over(List<String> categories) {
        return new ScoreChart(categories);
    }

    /** Any further entry of the ECharts option (grid, legend, toolbox, animation …), in the order set. */
    public ScoreChart set(String key, Object value) {
        extras.put(key, value);
        return this;
    }

    /**
     * The shaded interval, drawn behind what follows: {@code low} and {@code high} hold one value per category, null
     * where there is no figure. {@code stackId} must be unique in the chart.
     */
    public ScoreChart band(String stackId, String name, List<Double> low, List<Double> high, String fill) {
        checkLength(low);
        checkLength(high);
        series.addAll(IntervalBand.series(stackId, name, low, high, fill));
        return this;
    }

    /**
     * A score line: one value per category, null for none. {@code style} holds further series entries such as
     * {@code color}, {@code itemStyle} or {@code connectNulls}.
     */
    public ScoreChart line(String name, List<Double> scores, Map<String, Object> style) {
        checkLength(scores);
        List<Object> data = new ArrayList<>();
        for (Double s : scores) {
            data.add(s == null ? "-" : round1(s));
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("name", name);
        line.put("type", "line");
        line.put("data", data);
        line.putAll(style);
        series.add(line);
        return this;
    }

    /**
     * The interval as a vertical bar at each category that has a figure (null {@code low} or {@code high}: none);
     * {@code lineStyle} gives the bars' colour, width and opacity.
     */
    public ScoreChart errorBars(String name, List<Double> low, List<Double> high, Map<String, Object> lineStyle) {
        checkLength(low);
        checkLength(high);
        List<Map<String, Object>> bars = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            Double l = low.get(i);
            Double h = high.get(i);
            if (l != null && h != null) {
                String label = categories.get(i);
                bars.add(Map.of("coords", List.of(List.of(label, round1(l)), List.of(label, round1(h)))));
            }
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("type", "lines");
        s.put("coordinateSystem", "cartesian2d");
        s.put("silent", true);
        s.put("data", bars);
        s.put("lineStyle", lineStyle);
        series.add(s);
        return this;
    }

    /** The ECharts option: the entries {@linkplain #set set}, then the axes and the series in the order added. */
    public Map<String, Object> option() {
        Map<String, Object> o = new LinkedHashMap<>(extras);
        o.putIfAbsent("tooltip", Map.of("trigger", "axis"));
        o.put("xAxis", Map.of("type", "category", "data", categories));
        o.put("yAxis", Map.of("type", "value", "min", -100, "max", 100));
        o.put("series", List.copyOf(series));
        return o;
    }

    /** The option as the JSON {@link EChart#setOption} takes. */
    public String json() {
        return JSON.writeValueAsString(option());
    }

    private void checkLength(List<?> values) {
        if (values.size() != categories.size()) {
            throw new IllegalArgumentException(values.size() + " values for " + categories.size() + " categories");
        }
    }

    static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
