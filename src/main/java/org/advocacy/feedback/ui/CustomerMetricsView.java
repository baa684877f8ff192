package org.advocacy.feedback.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
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
import java.util.Map;
import org.advocacy.kernel.OrgTimeZone;
import org.advocacy.kernel.ui.Breakpoint;
import org.advocacy.kernel.ui.FigureCard;
import org.advocacy.kernel.ui.Formats;
import org.advocacy.kernel.ui.ScoreWords;
import org.advocacy.kernel.chart.EChart;
import org.advocacy.kernel.chart.ScoreChart;
import org.advocacy.feedback.CustomerMetrics;
import org.advocacy.feedback.CustomerMetricsService;
import org.advocacy.feedback.FeedbackService;
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
    private final Paragraph headline = new Paragraph();
    private final Span detail = new Span();
    private final java.util.Map<String, String> touchpointNames = new java.util.HashMap<>();
    private final Grid<CustomerMetrics> touchpoints = new Grid<>();
    private final EChart chart = new EChart();

    CustomerMetricsView(CustomerMetricsService metrics, FeedbackService feedback, OrgService org, OrgTimeZone zone) {
        this.metrics = metrics;
        // not a list view: the page scrolls as a whole, so the chart keeps its height above the touchpoint table
        addClassName("customer-metrics-view");
        feedback.touchpoints().forEach(t -> touchpointNames.put(t.code(), t.name(getLocale())));
        headline.setId("metrics-headline");
        headline.addClassName("pulse-headline");
        detail.setId("metrics-detail");
        detail.addClassName("score-detail");
        // retired branches stay, marked, so their history can be read
        List<Branch> branches = org.branchesInScope().stream()
                .sorted(java.util.Comparator.comparing((Branch b) -> !b.active()).thenComparing(Branch::code)).toList();
        branch.setId("metrics-branch");
        branch.setLabel(getTranslation("praise.branch"));
        branch.addClassName("wide-select");
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
        month.setItemLabelGenerator(m -> Formats.month(m, getLocale()));
        figures.setId("metrics-figures");
        figures.addClassName("feedback-figures");
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        touchpoints.setId("metrics-touchpoints");
        touchpoints.addThemeVariants(GridVariant.LUMO_COMPACT);
        touchpoints.setAllRowsVisible(true);
        touchpoints.addColumn(this::touchpointName).setHeader(getTranslation("metrics.touchpoint")).setKey("touchpoint");
        touchpoints.addColumn(m -> Integer.toString(m.nps().n())).setHeader(getTranslation("metrics.n")).setKey("n");
        touchpoints.addColumn(m -> nps(m.nps())).setHeader(getTranslation("metrics.nps")).setKey("nps");
        touchpoints.addColumn(m -> pct(m.csatPct())).setHeader(getTranslation("metrics.csat")).setKey("csat");
        touchpoints.addColumn(m -> mean(m.cesMean())).setHeader(getTranslation("metrics.ces")).setKey("ces");
        // on a phone one card per touchpoint (name, then its figures), so nothing scrolls sideways
        touchpoints.addComponentColumn(this::card).setHeader(getTranslation("metrics.touchpoint")).setKey("card")
                .setVisible(false);
        Breakpoint.onPhone(this, this::phoneLayout);
        chart.setId("metrics-trend");
        chart.setHeight("320px");
        branch.addValueChangeListener(e -> refresh());
        month.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(branch, month);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        chart.getStyle().set("flex-shrink", "0");
        add(filters, headline, detail, figures, chart, touchpoints);
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
        NpsScore now = m.nps();
        if (now.score() == null) {
            headline.setText(getTranslation("metrics.noAnswers"));
            detail.setText("");
        } else {
            NpsScore before = trend.size() < 2 ? null : trend.get(trend.size() - 2).nps();
            headline.setText(ScoreWords.sentence(this, getTranslation("metrics.npsName"), figure(now),
                    before == null || before.score() == null ? null : figure(before), ScoreWords.Since.MONTH));
            detail.setText(getTranslation("words.detail", now.n(), Math.round(now.margin()), Formats.signed(now.low()),
                    Formats.signed(now.high())));
        }
    }

    /** Cards on a phone, table columns otherwise. */
    void phoneLayout(boolean phone) {
        touchpoints.getColumns().forEach(c -> c.setVisible("card".equals(c.getKey()) == phone));
        touchpoints.getElement().getThemeList().set("cards", phone);
    }

    private Div card(CustomerMetrics m) {
        Span name = new Span(touchpointName(m));
        name.addClassName("list-card-title");
        Span nps = new Span(getTranslation("metrics.nps") + ": " + nps(m.nps()) + " · "
                + getTranslation("metrics.n") + ": " + m.nps().n());
        nps.addClassName("list-card-meta");
        Span more = new Span(getTranslation("metrics.csat") + ": " + pct(m.csatPct()) + " · "
                + getTranslation("metrics.ces") + ": " + mean(m.cesMean()));
        more.addClassName("list-card-meta");
        Div card = new Div(name, nps, more);
        card.addClassName("list-card");
        card.addClassName("touchpoint-card");
        return card;
    }

    private String touchpointName(CustomerMetrics m) {
        return m.label().isEmpty() ? getTranslation("feedback.form.touchpointNone")
                : touchpointNames.getOrDefault(m.label(), m.label());
    }

    private static ScoreWords.Figure figure(NpsScore s) {
        return new ScoreWords.Figure(s.score(), s.n(), s.low(), s.high());
    }

    private static Div figure(String id, String label, String value) {
        Div d = FigureCard.of(label, value, "feedback-figure");
        d.setId(id);
        return d;
    }

    private String nps(NpsScore s) {
        return s.score() == null ? getTranslation("metrics.noAnswers")
                : Formats.signed(s.score()) + " ± " + Math.round(s.margin());
    }

    private String pct(Double d) {
        return d == null ? "–" : String.format(getLocale(), "%.0f %%", d);
    }

    private String mean(Double d) {
        return d == null ? "–" : String.format(getLocale(), "%.1f", d);
    }

    private String option(List<CustomerMetrics> trend) {
        List<String> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        List<Double> low = new ArrayList<>();
        List<Double> high = new ArrayList<>();
        for (CustomerMetrics m : trend) {
            x.add(Formats.period(m.label(), getLocale()));
            y.add(m.nps().score());
            low.add(m.nps().low());
            high.add(m.nps().high());
        }
        return ScoreChart.over(x)
                .set("grid", Map.of("left", 8, "right", 16, "top", 24, "bottom", 8, "containLabel", true))
                .band("ci", getTranslation("metrics.interval"), low, high, "rgba(46,125,91,0.18)")
                .line(getTranslation("metrics.npsName"), y, Map.of("color", "#2e7d5b"))
                .json();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.customerMetrics");
    }
}
