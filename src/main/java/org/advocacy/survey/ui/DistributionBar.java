package org.advocacy.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.advocacy.kernel.ui.Formats;

/**
 * A driver's answers 1–5 as one small stacked bar (red for disagreement to green for agreement), each part as wide
 * as its share, the count written inside when there is room and every count in the bar's tooltip and aria label.
 */
final class DistributionBar {

    static final String[] COLOURS = {"#c62828", "#ef8a62", "#bdbdbd", "#7fbf7b", "#1b7837"};

    private DistributionBar() {
    }

    static Component of(Component c, Locale locale, int[] distribution) {
        if (distribution == null) {
            return new Span();
        }
        int n = 0;
        for (int v : distribution) {
            n += v;
        }
        Div bar = new Div();
        bar.addClassName("dist-bar");
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < distribution.length; i++) {
            int v = distribution[i];
            String count = Formats.number(v, locale);
            parts.add((i + 1) + ": " + count);
            if (v == 0) {
                continue;
            }
            Span part = new Span();
            part.addClassName("dist-part");
            part.getElement().setAttribute("data-value", Integer.toString(i + 1));
            double share = n == 0 ? 0 : 100.0 * v / n;
            part.getStyle().set("flex-grow", Integer.toString(v)).set("background", COLOURS[Math.min(i, COLOURS.length - 1)]);
            if (share >= 12) {
                part.setText(count);
            }
            bar.add(part);
        }
        String summary = c.getTranslation("survey.results.distributionSummary", String.join(" · ", parts));
        bar.getElement().setAttribute("title", summary);
        bar.getElement().setAttribute("aria-label", summary);
        bar.getElement().setAttribute("role", "img");
        return bar;
    }

    /** The colour key under the table: a swatch per answer 1–5 and what 1 and 5 mean. */
    static Component legend(Component c, Locale locale) {
        Div legend = new Div();
        legend.setId("results-distribution-legend");
        legend.addClassName("chart-legend");
        for (int i = 0; i < COLOURS.length; i++) {
            Span swatch = new Span(Integer.toString(i + 1));
            swatch.addClassName("swatch");
            swatch.getStyle().set("background", COLOURS[i]);
            legend.add(swatch);
        }
        legend.add(new Span(c.getTranslation("survey.my.agreeScale")));
        return legend;
    }
}
