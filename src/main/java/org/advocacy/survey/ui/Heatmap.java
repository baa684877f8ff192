package org.advocacy.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.advocacy.kernel.ui.Formats;
import org.advocacy.survey.Enps;

/**
 * The branch × driver heatmap as a plain table: it reads on a phone (it scrolls sideways with the branch column
 * fixed), is translated like any text and needs no chart to say what a colour means. Colours come in five steps,
 * each step named in the legend with its values.
 */
final class Heatmap {

    /** One branch: its eNPS for the round (null when not shown) and its driver means in column order. */
    record Row(String code, String name, Enps enps, List<Double> means) {
    }

    /** A driver column: short header, the full statement on hover. */
    record Column(String code, String label, String statement) {
    }

    /** Highest eNPS first; branches whose eNPS is hidden last; then by name. */
    static final Comparator<Row> ORDER = Comparator
            .comparing((Row r) -> r.enps() == null)
            .thenComparing(r -> r.enps() == null ? 0 : -r.enps().score())
            .thenComparing(Row::name);

    static final String[] COLOURS = {"#d73027", "#fc8d59", "#fee08b", "#91cf60", "#1a9850"};
    /** Lower edges of the steps 2 … 5 of a driver mean (1–5) and of an eNPS (−100 … 100). */
    static final double[] MEAN_STEPS = {2.5, 3.0, 3.5, 4.0};
    static final double[] ENPS_STEPS = {-20, 0, 20, 40};

    private Heatmap() {
    }

    static int step(double value, double[] steps) {
        int i = 0;
        while (i < steps.length && value >= steps[i]) {
            i++;
        }
        return i;
    }

    static NativeTable table(Component c, Locale locale, List<Column> columns, List<Row> rows) {
        NativeTable table = new NativeTable();
        table.setId("results-heatmap");
        table.addClassName("heatmap");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(c.getTranslation("survey.results.branch"));
        NativeTableHeaderCell enpsHead = head.addHeaderCell();
        enpsHead.setText(c.getTranslation("survey.results.enps"));
        for (Column col : columns) {
            NativeTableHeaderCell h = head.addHeaderCell();
            h.setText(col.label());
            h.getElement().setAttribute("title", col.statement());
        }
        for (Row r : rows) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell name = row.addHeaderCell();
            name.getElement().setAttribute("scope", "row");
            name.add(new Span(r.name()));
            Span code = new Span(r.code());
            code.addClassName("heatmap-code");
            name.add(code);
            cell(c, row, r.enps() == null ? null : r.enps().score(), r.enps() == null ? "" : Formats.signed(r.enps().score()),
                    ENPS_STEPS);
            for (Double mean : r.means()) {
                cell(c, row, mean, mean == null ? "" : String.format(locale, "%.1f", mean), MEAN_STEPS);
            }
        }
        return table;
    }

    private static void cell(Component c, NativeTableRow row, Double value, String text, double[] steps) {
        NativeTableCell cell = row.addDataCell();
        if (value == null) {
            cell.setText("–");
            cell.addClassName("heatmap-hidden");
            cell.getElement().setAttribute("title", c.getTranslation("survey.results.suppressed"));
            return;
        }
        int s = step(value, steps);
        cell.setText(text);
        cell.getStyle().set("background", COLOURS[s]);
        if (s == 0 || s == COLOURS.length - 1) {
            cell.addClassName("heatmap-dark");
        }
    }

    /** What each colour means, with its values, for drivers and for eNPS. */
    static Component legend(Component c, Locale locale) {
        Div legend = new Div();
        legend.setId("results-heatmap-legend");
        legend.addClassName("chart-legend");
        legend.add(scale(c.getTranslation("survey.results.legendMeans"), MEAN_STEPS,
                v -> String.format(locale, "%.1f", v), c));
        legend.add(scale(c.getTranslation("survey.results.legendEnps"), ENPS_STEPS, Formats::signed, c));
        Span hidden = new Span("–");
        hidden.addClassNames("swatch", "heatmap-hidden");
        legend.add(new Div(hidden, new Span(c.getTranslation("survey.results.suppressed"))));
        return legend;
    }

    private static Div scale(String title, double[] steps, java.util.function.DoubleFunction<String> fmt, Component c) {
        Div line = new Div(new Span(title));
        for (int i = 0; i <= steps.length; i++) {
            String text = i == 0 ? c.getTranslation("survey.results.legendBelow", fmt.apply(steps[0]))
                    : i == steps.length ? c.getTranslation("survey.results.legendFrom", fmt.apply(steps[i - 1]))
                    : c.getTranslation("survey.results.legendRange", fmt.apply(steps[i - 1]), fmt.apply(steps[i]));
            Span swatch = new Span(text);
            swatch.addClassName("swatch");
            swatch.getStyle().set("background", COLOURS[i]);
            if (i == 0 || i == steps.length) {
                swatch.addClassName("heatmap-dark");
            }
            line.add(swatch);
        }
        return line;
    }
}
