package org.advocacy.feedback.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.advocacy.base.OrgTimeZone;
import org.advocacy.base.ui.chart.EChart;
import org.advocacy.feedback.CustomerMetrics;
import org.advocacy.feedback.CustomerMetricsService;
import org.advocacy.feedback.NpsScore;
import org.advocacy.feedback.Period;
import org.advocacy.org.Branch;
import org.advocacy.org.OrgService;

/**
 * A branch's customer scores for a month: NPS with n and ± margin, CSAT %, CES mean, per touchpoint, and the NPS
 * trend over twelve months with its 95 % interval. Managers choose among their branches, HR and leaders all.
 */
@Route("feedback/metrics")
@RolesAllowed({"MANAGER", "HR", "LEADER"})
@Menu(title = "nav.customerMetrics", order = 33, icon = "vaadin:chart-line")
public class CustomerMetricsView extends VerticalLayout implements HasDynamicTitle {

    private final CustomerMetricsService metrics;
    private final Select<Branch> branch = new Select<>();
    private final Select<YearMonth> month = new Select<>();
    private final FlexLayout figures = new FlexLayout();
    private final Span trendNote = new Span();
    private final Grid<CustomerMetrics> touchpoints = new Grid<>();
    private final EChart chart = new EChart();

    CustomerMetricsView(CustomerMetricsService metrics, OrgService org, OrgTimeZone zone) {
        this.metrics = metrics;
        addClassName("list-view");
        // retired branches stay, marked, so their history can be read
        List<Branch> branches = org.branchesInScope().stream()
                .sorted(java.util.Comparator.comparing((Branch b) -> !b.active()).thenComparing(Branch::code)).toList();
        branch.setId("metrics-branch");
        branch.setLabel(getTranslation("praise.branch"));
        branch.setItems(branches);
        branch.setItemLabelGenerator(b -> b.code() + " · " + b.name()
                + (b.active() ? "" : " · " + getTranslation("branch.retired")));
        YearMonth current = YearMonth.from(LocalDate.now(zone.zone()));
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            months.add(current.minusMonths(i));
        }
        month.setId("metrics-month");
        month.setLabel(getTranslation("metrics.month"));
        month.setItems(months);
        month.setItemLabelGenerator(YearMonth::toString);
        figures.setId("metrics-figures");
        figures.addClassName("feedback-figures");
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        trendNote.setId("metrics-trend-note");
        touchpoints.setId("metrics-touchpoints");
        touchpoints.addThemeVariants(GridVariant.LUMO_COMPACT);
        touchpoints.setAllRowsVisible(true);
        touchpoints.addColumn(m -> m.label().isEmpty() ? getTranslation("feedback.form.touchpointNone")
                : getTranslation("metrics.touchpoint." + m.label())).setHeader(getTranslation("metrics.touchpoint"))
                .setKey("touchpoint");
        touchpoints.addColumn(m -> Integer.toString(m.nps().n())).setHeader(getTranslation("metrics.n")).setKey("n");
        touchpoints.addColumn(m -> nps(m.nps())).setHeader(getTranslation("metrics.nps")).setKey("nps");
        touchpoints.addColumn(m -> pct(m.csatPct())).setHeader(getTranslation("metrics.csat")).setKey("csat");
        touchpoints.addColumn(m -> mean(m.cesMean())).setHeader(getTranslation("metrics.ces")).setKey("ces");
        chart.setId("metrics-trend");
        chart.setHeight("320px");
        branch.addValueChangeListener(e -> refresh());
        month.addValueChangeListener(e -> refresh());
        add(new HorizontalLayout(branch, month), figures, trendNote, chart, touchpoints);
        if (!branches.isEmpty()) {
            month.setValue(current.minusMonths(1));
            branch.setValue(branches.get(0));
        }
    }

    private void refresh() {
        if (branch.getValue() == null || month.getValue() == null) {
            return;
        }
        String code = branch.getValue().code();
        Period period = Period.month(month.getValue());
        CustomerMetrics m = metrics.branch(code, period);
        figures.removeAll();
        figures.add(figure("metrics-nps", getTranslation("metrics.nps"), nps(m.nps())),
                figure("metrics-n", getTranslation("metrics.n"), Integer.toString(m.nps().n())),
                figure("metrics-csat", getTranslation("metrics.csat"), pct(m.csatPct())),
                figure("metrics-ces", getTranslation("metrics.ces"), mean(m.cesMean())));
        touchpoints.setItems(metrics.byTouchpoint(code, period));
        List<CustomerMetrics> trend = metrics.trend(code, month.getValue().minusMonths(11), month.getValue());
        chart.setOption(option(trend));
        trendNote.setText(trendSentence(trend));
    }

    /** DOMAIN.md: a move smaller than the intervals allow is "no clear change", not news. */
    private String trendSentence(List<CustomerMetrics> trend) {
        if (trend.size() < 2) {
            return "";
        }
        NpsScore last = trend.get(trend.size() - 1).nps();
        NpsScore before = trend.get(trend.size() - 2).nps();
        if (last.score() == null || before.score() == null) {
            return "";
        }
        boolean overlap = last.low() <= before.high() && before.low() <= last.high();
        if (overlap) {
            return getTranslation("metrics.noClearChange");
        }
        return getTranslation(last.score() > before.score() ? "metrics.clearRise" : "metrics.clearFall");
    }

    private static Div figure(String id, String label, String value) {
        Div d = new Div();
        d.setId(id);
        d.addClassName("feedback-figure");
        Span v = new Span(value);
        v.addClassName("value");
        Span l = new Span(label);
        l.addClassName("label");
        d.add(v, l);
        return d;
    }

    private String nps(NpsScore s) {
        return s.score() == null ? getTranslation("metrics.noAnswers")
                : String.format(getLocale(), "%+.0f ± %.0f", s.score(), s.margin());
    }

    private String pct(Double d) {
        return d == null ? "–" : String.format(getLocale(), "%.0f %%", d);
    }

    private String mean(Double d) {
        return d == null ? "–" : String.format(getLocale(), "%.1f", d);
    }

    private String option(List<CustomerMetrics> trend) {
        StringBuilder x = new StringBuilder();
        StringBuilder y = new StringBuilder();
        StringBuilder low = new StringBuilder();
        StringBuilder band = new StringBuilder();
        for (CustomerMetrics m : trend) {
            String sep = x.isEmpty() ? "" : ",";
            x.append(sep).append('"').append(m.label()).append('"');
            y.append(sep).append(num(m.nps().score()));
            low.append(sep).append(num(m.nps().low()));
            band.append(sep).append(m.nps().low() == null ? "null" : num(m.nps().high() - m.nps().low()));
        }
        String name = getTranslation("metrics.nps").replace("\"", "'");
        String interval = getTranslation("metrics.interval").replace("\"", "'");
        return "{\"tooltip\":{\"trigger\":\"axis\"},\"grid\":{\"left\":40,\"right\":16,\"top\":24,\"bottom\":32},"
                + "\"xAxis\":{\"type\":\"category\",\"data\":[" + x + "]},"
                + "\"yAxis\":{\"type\":\"value\",\"min\":-100,\"max\":100},"
                + "\"series\":[{\"name\":\"low\",\"type\":\"line\",\"stack\":\"ci\",\"symbol\":\"none\",\"lineStyle\":{\"opacity\":0},"
                + "\"tooltip\":{\"show\":false},\"data\":[" + low + "]},"
                + "{\"name\":\"" + interval + "\",\"type\":\"line\",\"stack\":\"ci\",\"symbol\":\"none\",\"lineStyle\":{\"opacity\":0},"
                + "\"areaStyle\":{\"color\":\"rgba(46,125,91,0.18)\"},\"data\":[" + band + "]},"
                + "{\"name\":\"" + name + "\",\"type\":\"line\",\"color\":\"#2e7d5b\",\"data\":[" + y + "]}]}";
    }

    private static String num(Double d) {
        return d == null ? "null" : String.format(Locale.ROOT, "%.1f", d);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.customerMetrics");
    }
}
