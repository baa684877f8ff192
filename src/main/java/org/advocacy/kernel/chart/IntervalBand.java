package org.advocacy.kernel.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shaded 95 % interval behind a trend line ({@link ScoreChart#band}), as two ECharts line series: an invisible
 * base at the low edge and, stacked on it, the width up to the high edge. ECharts stacks only values of the same sign by default
 * ({@code stackStrategy: "samesign"}), so a negative low edge used to leave the width stacked on 0 and the band
 * drawn from 0 instead of around the line; both series therefore stack with {@code "all"}.
 */
final class IntervalBand {

    /** ECharts' stacking rule that adds every value, whatever its sign. */
    static final String STACK_STRATEGY = "all";

    private IntervalBand() {
    }

    /**
     * The two series of a band; {@code low} and {@code high} hold one value per category, null where there is no
     * figure (the band has a gap there).
     */
    static List<Map<String, Object>> series(String stackId, String name, List<Double> low, List<Double> high,
            String fill) {
        if (low.size() != high.size()) {
            throw new IllegalArgumentException("low and high differ in length");
        }
        List<Object> base = new ArrayList<>();
        List<Object> width = new ArrayList<>();
        for (int i = 0; i < low.size(); i++) {
            Double l = low.get(i);
            Double h = high.get(i);
            boolean gap = l == null || h == null;
            base.add(gap ? "-" : round1(l));
            width.add(gap ? "-" : round1(round1(h) - round1(l)));
        }
        Map<String, Object> lower = stackedLine(stackId + "-low", stackId, base);
        Map<String, Object> upper = stackedLine(name, stackId, width);
        upper.put("areaStyle", Map.of("color", fill));
        return List.of(lower, upper);
    }

    /** An invisible, silent line of the band's stack (the lower edge, or the width above it). */
    private static Map<String, Object> stackedLine(String name, String stackId, List<Object> data) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("name", name);
        line.put("type", "line");
        line.put("stack", stackId);
        line.put("stackStrategy", STACK_STRATEGY);
        line.put("data", data);
        line.put("symbol", "none");
        line.put("silent", true);
        line.put("lineStyle", Map.of("opacity", 0));
        line.put("tooltip", Map.of("show", false));
        return line;
    }

    static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
