package org.advocacy.insights.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.advocacy.insights.AdvocacyAnalysis;
import org.advocacy.insights.AdvocacyText;
import org.advocacy.insights.BranchFigures;
import org.advocacy.insights.BranchInsights;
import org.advocacy.insights.LagAnalysis;
import org.advocacy.kernel.chart.ScoreChart;
import tools.jackson.databind.json.JsonMapper;

/**
 * ECharts options (as JSON) of the insights screens: the advocacy map (points with ± margin error bars, size by
 * answers, the regression line with its 95 % band, dashed prediction band, median quadrant lines and plain quadrant
 * labels, exceptions drawn as red diamonds), the lead-and-lag chart and the branch page's 18 months. Every chart
 * offers "save as image" (PNG). {@code t} translates a key with arguments.
 */
final class AdvocacyCharts {

    private static final JsonMapper JSON = new JsonMapper();
    static final String GREEN = "#2e7d5b";
    static final String BLUE = "#3366aa";
    static final String RED = "#c62828";

    private AdvocacyCharts() {
    }

    static String map(AdvocacyAnalysis a, Locale locale, BiFunction<String, Object[], String> t) {
        Map<String, Object> o = base(t);
        o.put("grid", Map.of("left", 48, "right", 24, "top", 48, "bottom", 48));
        o.put("tooltip", Map.of("trigger", "item"));
        o.put("xAxis", Map.of("type", "value", "min", -100, "max", 100, "name", t.apply("insights.axis.enps", new Object[0]),
                "nameLocation", "middle", "nameGap", 28));
        o.put("yAxis", Map.of("type", "value", "min", -100, "max", 100, "name", t.apply("insights.axis.nps", new Object[0]),
                "nameLocation", "middle", "nameGap", 36));
        List<Object> series = new ArrayList<>();
        List<Map<String, Object>> normal = new ArrayList<>();
        List<Map<String, Object>> exceptional = new ArrayList<>();
        List<Map<String, Object>> bars = new ArrayList<>();
        for (BranchFigures b : a.included()) {
            String tip = b.code() + " · " + b.name() + "<br/>" + t.apply("insights.tip.enps",
                    new Object[] {AdvocacyText.signed(b.enps()), Math.round(b.enpsMargin()), b.enpsN()}) + "<br/>"
                    + t.apply("insights.tip.nps", new Object[] {AdvocacyText.signed(b.nps()), Math.round(b.npsMargin()),
                            b.npsN()})
                    + (b.perHead() == null ? "" : "<br/>" + t.apply("insights.tip.perHead",
                            new Object[] {String.format(locale, "%.2f", b.perHead())}));
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("value", List.of(r1(b.enps()), r1(b.nps())));
            point.put("branch", b.code());
            point.put("name", b.code());
            point.put("symbolSize", Math.round(Math.min(26, 6 + 0.9 * Math.sqrt(b.enpsN() + b.npsN()))));
            point.put("tooltip", Map.of("formatter", tip));
            (a.isException(b.code()) ? exceptional : normal).add(point);
            bars.add(Map.of("coords", List.of(List.of(r1(b.enps() - b.enpsMargin()), r1(b.nps())),
                    List.of(r1(b.enps() + b.enpsMargin()), r1(b.nps())))));
            bars.add(Map.of("coords", List.of(List.of(r1(b.enps()), r1(b.nps() - b.npsMargin())),
                    List.of(r1(b.enps()), r1(b.nps() + b.npsMargin())))));
        }
        series.add(Map.of("name", t.apply("insights.chart.margins", new Object[0]), "type", "lines",
                "coordinateSystem", "cartesian2d", "silent", true, "data", bars,
                "lineStyle", Map.of("color", "#8a8f98", "width", 1, "opacity", 0.7)));
        if (!a.band().isEmpty()) {
            List<Object> low = new ArrayList<>();
            List<Object> fit = new ArrayList<>();
            List<Object> predLow = new ArrayList<>();
            List<Object> predHigh = new ArrayList<>();
            for (AdvocacyAnalysis.BandPoint p : a.band()) {
                low.add(List.of(r1(p.x()), r1(p.fit() - p.confidence())));
                fit.add(List.of(r1(p.x()), r1(p.fit())));
                predLow.add(List.of(r1(p.x()), r1(p.fit() - p.prediction())));
                predHigh.add(List.of(r1(p.x()), r1(p.fit() + p.prediction())));
            }
            // the 95 % band of the line as its two edges (ECharts stacks areas only on category axes)
            List<Object> high = new ArrayList<>();
            for (AdvocacyAnalysis.BandPoint p : a.band()) {
                high.add(List.of(r1(p.x()), r1(p.fit() + p.confidence())));
            }
            String band = t.apply("insights.chart.band", new Object[0]);
            Map<String, Object> bl = line(band, low, null, 1, GREEN, true);
            bl.put("lineStyle", Map.of("color", GREEN, "width", 1, "opacity", 0.45));
            Map<String, Object> bh = line(band, high, null, 1, GREEN, true);
            bh.put("lineStyle", Map.of("color", GREEN, "width", 1, "opacity", 0.45));
            series.add(bl);
            series.add(bh);
            series.add(line(t.apply("insights.chart.line", new Object[0]), fit, null, 2, GREEN, false));
            String pred = t.apply("insights.chart.prediction", new Object[0]);
            Map<String, Object> pl = line(pred, predLow, null, 1, GREEN, true);
            pl.put("lineStyle", Map.of("type", "dashed", "color", GREEN, "width", 1, "opacity", 0.6));
            Map<String, Object> ph = line(pred, predHigh, null, 1, GREEN, true);
            ph.put("lineStyle", Map.of("type", "dashed", "color", GREEN, "width", 1, "opacity", 0.6));
            series.add(pl);
            series.add(ph);
        }
        Map<String, Object> scatter = new LinkedHashMap<>();
        scatter.put("name", t.apply("insights.chart.branches", new Object[0]));
        scatter.put("type", "scatter");
        scatter.put("data", normal);
        scatter.put("itemStyle", Map.of("color", BLUE, "opacity", 0.85));
        scatter.put("label", Map.of("show", true, "formatter", "{b}", "position", "right", "fontSize", 11));
        if (a.medianEnps() != null) {
            scatter.put("markLine", Map.of("silent", true, "symbol", "none", "label", Map.of("show", false),
                    "lineStyle", Map.of("type", "dotted", "color", "#555"),
                    "data", List.of(Map.of("xAxis", r1(a.medianEnps())), Map.of("yAxis", r1(a.medianNps())))));
        }
        series.add(scatter);
        Map<String, Object> ex = new LinkedHashMap<>();
        ex.put("name", t.apply("insights.chart.exceptions", new Object[0]));
        ex.put("type", "scatter");
        ex.put("symbol", "diamond");
        ex.put("data", exceptional);
        ex.put("itemStyle", Map.of("color", RED, "borderColor", "#000", "borderWidth", 1));
        ex.put("label", Map.of("show", true, "formatter", "{b}", "position", "right", "fontWeight", "bold", "color", RED));
        series.add(ex);
        o.put("series", series);
        if (a.medianEnps() != null) {
            o.put("graphic", List.of(
                    corner(t.apply("insights.quadrant.highHigh", new Object[0]), "right", "top"),
                    corner(t.apply("insights.quadrant.highLow", new Object[0]), "right", "bottom"),
                    corner(t.apply("insights.quadrant.lowHigh", new Object[0]), "left", "top"),
                    corner(t.apply("insights.quadrant.lowLow", new Object[0]), "left", "bottom")));
        }
        o.put("legend", Map.of("top", 0, "left", 0, "data", List.of(t.apply("insights.chart.branches", new Object[0]),
                t.apply("insights.chart.exceptions", new Object[0]), t.apply("insights.chart.line", new Object[0]))));
        return json(o);
    }

    static String lag(LagAnalysis lag, BiFunction<String, Object[], String> t) {
        Map<String, Object> o = base(t);
        o.put("grid", Map.of("left", 40, "right", 16, "top", 36, "bottom", 32));
        o.put("tooltip", Map.of("trigger", "axis"));
        o.put("legend", Map.of("top", 0));
        List<String> labels = new ArrayList<>();
        List<Object> across = new ArrayList<>();
        List<Object> within = new ArrayList<>();
        List<Map<String, Object>> bars = new ArrayList<>();
        for (LagAnalysis.LagPoint p : lag.points()) {
            String label = (p.lag() > 0 ? "+" : "") + p.lag();
            labels.add(label);
            across.add(p.across() == null ? "-" : r2(p.across().r()));
            within.add(p.within() == null ? "-" : r2(p.within().r()));
            if (p.within() != null) {
                bars.add(Map.of("coords", List.of(List.of(label, r2(p.within().low())), List.of(label, r2(p.within().high())))));
            }
            if (p.across() != null) {
                bars.add(Map.of("coords", List.of(List.of(label, r2(p.across().low())), List.of(label, r2(p.across().high())))));
            }
        }
        o.put("xAxis", Map.of("type", "category", "data", labels, "name", "L", "boundaryGap", true));
        o.put("yAxis", Map.of("type", "value", "min", -1, "max", 1));
        o.put("series", List.of(
                Map.of("name", t.apply("insights.lag.across", new Object[0]), "type", "line", "data", across,
                        "color", BLUE),
                Map.of("name", t.apply("insights.lag.within", new Object[0]), "type", "line", "data", within,
                        "color", GREEN),
                Map.of("name", t.apply("insights.chart.interval", new Object[0]), "type", "lines",
                        "coordinateSystem", "cartesian2d", "silent", true, "data", bars,
                        "lineStyle", Map.of("color", "#8a8f98", "width", 6, "opacity", 0.35))));
        return json(o);
    }

    static String branch(BranchInsights b, Locale locale, BiFunction<String, Object[], String> t) {
        List<String> labels = new ArrayList<>();
        List<Double> enps = new ArrayList<>();
        List<Double> enpsLow = new ArrayList<>();
        List<Double> enpsHigh = new ArrayList<>();
        List<Double> nps = new ArrayList<>();
        List<Double> npsLow = new ArrayList<>();
        List<Double> npsHigh = new ArrayList<>();
        for (BranchInsights.Month m : b.months()) {
            labels.add(org.advocacy.kernel.ui.Formats.month(m.month(), locale));
            enps.add(m.enps() == null ? null : m.enps().score());
            enpsLow.add(m.enps() == null ? null : m.enps().low());
            enpsHigh.add(m.enps() == null ? null : m.enps().high());
            nps.add(m.nps().score());
            npsLow.add(m.nps().score() == null ? null : m.nps().low());
            npsHigh.add(m.nps().score() == null ? null : m.nps().high());
        }
        String enpsName = t.apply("insights.axis.enps", new Object[0]);
        String npsName = t.apply("insights.axis.nps", new Object[0]);
        ScoreChart chart = ScoreChart.over(labels);
        base(t).forEach(chart::set);
        return chart.set("grid", Map.of("left", 40, "right", 16, "top", 36, "bottom", 32))
                .set("tooltip", Map.of("trigger", "axis"))
                .set("legend", Map.of("top", 0, "data", List.of(enpsName, npsName)))
                .line(enpsName, enps, Map.of("color", BLUE, "connectNulls", false))
                .line(npsName, nps, Map.of("color", GREEN))
                .errorBars("enps-margin", enpsLow, enpsHigh, Map.of("color", BLUE, "width", 5, "opacity", 0.25))
                .errorBars("nps-margin", npsLow, npsHigh, Map.of("color", GREEN, "width", 5, "opacity", 0.25))
                .json();
    }

    private static Map<String, Object> base(BiFunction<String, Object[], String> t) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("toolbox", Map.of("right", 8, "feature", Map.of("saveAsImage",
                Map.of("title", t.apply("insights.chart.save", new Object[0]), "pixelRatio", 2))));
        o.put("animation", false);
        return o;
    }

    private static Map<String, Object> line(String name, List<Object> data, String stack, int width, String colour,
            boolean hidden) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("type", "line");
        s.put("symbol", "none");
        s.put("silent", true);
        s.put("data", data);
        if (stack != null) {
            s.put("stack", stack);
        }
        Map<String, Object> style = new LinkedHashMap<>();
        style.put("width", width);
        if (colour != null) {
            style.put("color", colour);
            s.put("color", colour);
        }
        if (hidden && width == 0) {
            style.put("opacity", 0);
        }
        s.put("lineStyle", style);
        s.put("tooltip", Map.of("show", false));
        return s;
    }

    private static Map<String, Object> corner(String text, String h, String v) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("type", "text");
        g.put(h, h.equals("left") ? 56 : 32);
        g.put(v, v.equals("top") ? 52 : 56);
        g.put("silent", true);
        g.put("style", Map.of("text", text, "fill", "#6b7280", "fontSize", 11, "lineHeight", 14, "width", 170,
                "overflow", "break"));
        return g;
    }

    private static double r1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static double r2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String json(Object o) {
        return JSON.writeValueAsString(o);
    }
}
