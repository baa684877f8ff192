package org.advocacy.insights.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.advocacy.kernel.csv.CsvFile;
import org.advocacy.kernel.OrgTimeZone;
import org.advocacy.kernel.ValidationException;
import org.advocacy.kernel.ui.Formats;
import org.advocacy.kernel.chart.EChart;
import org.advocacy.insights.AdvocacyAnalysis;
import org.advocacy.insights.AdvocacyCsv;
import org.advocacy.insights.AdvocacyStatistics;
import org.advocacy.insights.AdvocacyText;
import org.advocacy.insights.BranchFigures;
import org.advocacy.insights.InsightsPeriod;
import org.advocacy.insights.InsightsService;
import org.advocacy.insights.LagAnalysis;
import org.advocacy.insights.RollupStatus;
import org.advocacy.security.CurrentUser;
import org.advocacy.security.Role;

/**
 * The advocacy map, the leader's home screen: for a period and region, every branch's staff eNPS against its
 * customers' NPS with margins, the chain's line, the exceptions named, the relationship in plain words, lead and
 * lag, recognition alongside, and a sortable table (CSV) that replaces the chart on narrow screens.
 */
@Route("insights")
@RolesAllowed({"LEADER", "HR"})
@Menu(title = "nav.insights", order = 1, icon = "vaadin:scatter-chart")
public class AdvocacyMapView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final String DETAIL = "event.detail";
    private static final String PERIOD = "period";

    private final InsightsService insights;
    private final AdvocacyText text;
    private final OrgTimeZone zone;
    private final CurrentUser currentUser;
    private final Select<String> period = new Select<>();
    private final Select<String> region = new Select<>();
    private final Div body = new Div();

    AdvocacyMapView(InsightsService insights, AdvocacyText text, OrgTimeZone zone, CurrentUser currentUser) {
        this.insights = insights;
        this.text = text;
        this.zone = zone;
        this.currentUser = currentUser;
        addClassName("advocacy-view");
        setId("advocacy-view");
        H2 title = new H2(getTranslation("insights.title"));
        YearMonth now = insights.currentMonth();
        List<String> periods = new ArrayList<>();
        InsightsPeriod lastQuarter = InsightsPeriod.lastQuarter(now);
        for (int i = 0; i < 6; i++) {
            YearMonth m = lastQuarter.from().minusMonths(3L * i);
            periods.add(m.getYear() + "-Q" + ((m.getMonthValue() - 1) / 3 + 1));
        }
        periods.addAll(List.of("last-3", "last-6", "last-12"));
        for (int i = 1; i <= 12; i++) {
            periods.add(now.minusMonths(i).toString());
        }
        period.setLabel(getTranslation("insights.period"));
        period.setItems(new ArrayList<>(periods));
        period.setItemLabelGenerator(this::periodLabel);
        period.setValue(lastQuarter.label());
        period.setId("advocacy-period");
        region.setLabel(getTranslation("insights.region"));
        List<String> regions = new ArrayList<>();
        regions.add("");
        regions.addAll(insights.regions());
        region.setItems(regions);
        region.setItemLabelGenerator(r -> r.isEmpty() ? getTranslation("insights.allRegions") : r);
        region.setValue("");
        region.setId("advocacy-region");
        period.addValueChangeListener(e -> { if (e.isFromClient()) { refresh(); } });
        region.addValueChangeListener(e -> { if (e.isFromClient()) { refresh(); } });
        FlexLayout filters = new FlexLayout(period, region);
        filters.addClassName("advocacy-filters");
        body.setWidthFull();
        add(title, filters, body);
        setPadding(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
        if (q.containsKey(PERIOD)) {
            try {
                String label = insights.period(q.get(PERIOD).getFirst()).label();
                if (!period.getListDataView().contains(label)) {
                    period.getListDataView().addItem(label);
                }
                period.setValue(label);
            } catch (ValidationException e) {
                Notification.show(getTranslation(e.messageKey(), e.args()));
            }
        }
        refresh();
    }

    private String periodLabel(String p) {
        if (p.startsWith("last-")) {
            return getTranslation("insights.period.last", p.substring(5));
        }
        return org.advocacy.kernel.ui.Formats.period(p, getLocale());
    }

    private void refresh() {
        body.removeAll();
        AdvocacyAnalysis a;
        LagAnalysis lag;
        try {
            InsightsPeriod p = insights.period(period.getValue());
            String r = region.getValue() == null || region.getValue().isEmpty() ? null : region.getValue();
            a = insights.advocacy(p, r, 0);
            lag = a.enoughBranches() ? insights.lag(p, r) : null;
        } catch (ValidationException e) {
            Notification.show(getTranslation(e.messageKey(), e.args()));
            return;
        }
        body.add(status(a.rollups()));
        if (a.branches().stream().noneMatch(b -> b.enps() != null || b.npsN() > 0)) {
            Paragraph empty = new Paragraph(getTranslation("insights.noData"));
            empty.setId("advocacy-no-data");
            empty.addClassName("advocacy-empty");
            body.add(empty);
            return;
        }
        body.add(relationship(a));
        if (!a.exceptions().isEmpty()) {
            body.add(exceptions(a));
        }
        EChart chart = new EChart();
        chart.setId("advocacy-chart");
        chart.addClassName("advocacy-chart");
        chart.setHeight("520px");
        chart.setOption(AdvocacyCharts.map(a, getLocale(), (k, args) -> getTranslation(k, args)));
        chart.getElement().addEventListener("branch-click", e -> {
            String code = e.getEventData().path(DETAIL).asString();
            getUI().ifPresent(ui -> ui.navigate(BranchAdvocacyView.class,
                    new com.vaadin.flow.router.RouteParameters("code", code)));
        }).addEventData(DETAIL);
        chart.getElement().executeJs("const el = this; const hook = () => { if (!el._chart) { setTimeout(hook, 100); return; }"
                + " el._chart.off('click'); el._chart.on('click', p => { if (p.data && p.data.branch) {"
                + " el.dispatchEvent(new CustomEvent('branch-click', {detail: p.data.branch})); } }); }; hook();");
        Paragraph narrow = new Paragraph(getTranslation("insights.narrow"));
        narrow.addClassName("advocacy-narrow-note");
        body.add(chart, narrow);
        body.add(table(a));
        if (!a.excluded().isEmpty()) {
            body.add(excluded(a));
        }
        if (lag != null) {
            body.add(lagPanel(lag));
        }
        body.add(recognition(a));
    }

    private Div status(RollupStatus s) {
        Div box = new Div();
        box.addClassName("advocacy-status");
        box.setId("advocacy-status");
        String when = s.lastUpdateAt() == null ? getTranslation("insights.status.never")
                : Formats.dateTime(s.lastUpdateAt(), zone.zone(), getLocale());
        box.add(new Span(getTranslation("insights.status.updated", when)));
        if (currentUser.has(Role.HR)) {
            Button rebuild = new Button(getTranslation("insights.rebuild"), e -> {
                RollupStatus done = insights.rebuild();
                Notification.show(getTranslation("insights.rebuilt", done.rebuildMillis()));
                refresh();
            });
            rebuild.setId("advocacy-rebuild");
            rebuild.addThemeName("tertiary-inline");
            box.add(rebuild);
        }
        return box;
    }

    private Div relationship(AdvocacyAnalysis a) {
        Div box = new Div();
        box.addClassName("card");
        box.addClassName("advocacy-relationship");
        box.setId("advocacy-relationship");
        box.add(new H3(getTranslation("insights.relationship")));
        Paragraph sentence = new Paragraph(text.relationship(a, getLocale()));
        sentence.setId("advocacy-sentence");
        box.add(sentence);
        var c = a.correlation();
        if (c != null) {
            Paragraph figures = new Paragraph(getTranslation("insights.figures", AdvocacyText.r(c.r(), getLocale()),
                    AdvocacyText.r(c.low(), getLocale()), AdvocacyText.r(c.high(), getLocale()),
                    AdvocacyText.r(c.rho(), getLocale()), p(c.p()), c.n()));
            figures.setId("advocacy-figures");
            figures.addClassName("advocacy-figures");
            box.add(figures, new Paragraph(text.corrected(c, getLocale())));
        }
        return box;
    }

    private String p(double p) {
        return p < 0.001 ? "< 0,001".replace(",", getLocale().getLanguage().equals("vi") ? "," : ".")
                : String.format(getLocale(), "%.3f", p);
    }

    private Div exceptions(AdvocacyAnalysis a) {
        Div box = new Div(new H3(getTranslation("insights.exceptions")));
        box.addClassName("card");
        box.setId("advocacy-exceptions");
        UnorderedList list = new UnorderedList();
        for (AdvocacyStatistics.Exception e : a.exceptions()) {
            list.add(new ListItem(text.exception(e, getLocale())));
        }
        box.add(list, new Paragraph(getTranslation("insights.exceptions.rule")));
        return box;
    }

    private Div table(AdvocacyAnalysis a) {
        Div box = new Div(new H3(getTranslation("insights.table")));
        box.setId("advocacy-table-box");
        Grid<BranchFigures> grid = new Grid<>();
        grid.setId("advocacy-table");
        grid.addComponentColumn(b -> {
            Anchor link = new Anchor("insights/branch/" + b.code(), b.code());
            return link;
        }).setHeader(getTranslation("insights.col.branch")).setComparator(BranchFigures::code).setKey("branch")
                .setAutoWidth(true).setFrozen(true);
        grid.addColumn(BranchFigures::region).setHeader(getTranslation("insights.col.region")).setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(b -> b.enps() == null ? "–" : AdvocacyText.signed(b.enps()) + " ± " + Math.round(b.enpsMargin()))
                .setHeader(getTranslation("insights.axis.enps")).setKey("enps")
                .setComparator(Comparator.comparing(BranchFigures::enps, Comparator.nullsFirst(Comparator.naturalOrder())))
                .setAutoWidth(true);
        grid.addColumn(BranchFigures::enpsN).setHeader(getTranslation("insights.col.enpsN")).setSortable(true).setAutoWidth(true);
        grid.addColumn(b -> b.nps() == null ? "–" : AdvocacyText.signed(b.nps()) + " ± " + Math.round(b.npsMargin()))
                .setHeader(getTranslation("insights.axis.nps")).setKey("nps")
                .setComparator(Comparator.comparing(BranchFigures::nps, Comparator.nullsFirst(Comparator.naturalOrder())))
                .setAutoWidth(true);
        grid.addColumn(BranchFigures::npsN).setHeader(getTranslation("insights.col.npsN")).setSortable(true).setAutoWidth(true);
        grid.addColumn(b -> b.csatPct() == null ? "–" : String.format(getLocale(), "%.0f %%", b.csatPct()))
                .setHeader(getTranslation("insights.col.csat"))
                .setComparator(Comparator.comparing(BranchFigures::csatPct, Comparator.nullsFirst(Comparator.naturalOrder())))
                .setAutoWidth(true);
        grid.addColumn(b -> b.cesMean() == null ? "–" : String.format(getLocale(), "%.1f", b.cesMean()))
                .setHeader(getTranslation("insights.col.ces"))
                .setComparator(Comparator.comparing(BranchFigures::cesMean, Comparator.nullsFirst(Comparator.naturalOrder())))
                .setAutoWidth(true);
        grid.addColumn(b -> b.perHead() == null ? "–" : String.format(getLocale(), "%.2f", b.perHead()))
                .setHeader(getTranslation("insights.col.perHead"))
                .setComparator(Comparator.comparing(BranchFigures::perHead, Comparator.nullsFirst(Comparator.naturalOrder())))
                .setAutoWidth(true);
        grid.addColumn(b -> note(a, b)).setHeader(getTranslation("insights.col.note")).setFlexGrow(1).setSortable(true);
        grid.setItems(a.branches());
        grid.setAllRowsVisible(true);
        grid.sort(GridSortOrder.desc(grid.getColumnByKey("enps")).build());
        grid.setPartNameGenerator(b -> a.isException(b.code()) ? "advocacy-exception-row" : null);
        Anchor export = new Anchor(csv(a), getTranslation("insights.export"));
        export.setId("advocacy-export");
        box.add(export, grid);
        return box;
    }

    private String note(AdvocacyAnalysis a, BranchFigures b) {
        if (!b.included()) {
            return text.reason(b, a.minStaff(), getLocale());
        }
        String note = a.isException(b.code()) ? getTranslation("insights.note.exception") : "";
        return b.active() ? note : (note + " " + getTranslation("insights.note.retired")).trim();
    }

    private DownloadHandler csv(AdvocacyAnalysis a) {
        return event -> {
            byte[] bytes = AdvocacyCsv.of(a, b -> note(a, b), this::getTranslation).getBytes(StandardCharsets.UTF_8);
            event.setFileName("advocacy-" + a.period().label() + ".csv");
            event.setContentType(CsvFile.MEDIA_TYPE);
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
    }

    private Div excluded(AdvocacyAnalysis a) {
        Div box = new Div(new H3(getTranslation("insights.excluded")));
        box.addClassName("card");
        box.setId("advocacy-excluded");
        UnorderedList list = new UnorderedList();
        for (BranchFigures b : a.excluded()) {
            list.add(new ListItem(b.code() + " · " + b.name() + ": " + text.reason(b, a.minStaff(), getLocale())));
        }
        box.add(list);
        return box;
    }

    private Div lagPanel(LagAnalysis lag) {
        Div box = new Div(new H3(getTranslation("insights.lag")));
        box.addClassName("card");
        box.setId("advocacy-lag");
        EChart chart = new EChart();
        chart.setId("advocacy-lag-chart");
        chart.setHeight("260px");
        chart.setOption(AdvocacyCharts.lag(lag, (k, args) -> getTranslation(k, args)));
        Paragraph sentence = new Paragraph(text.lag(lag, getLocale()));
        sentence.setId("advocacy-lag-sentence");
        box.add(new Paragraph(getTranslation("insights.lag.explain")), chart, sentence);
        return box;
    }

    private Div recognition(AdvocacyAnalysis a) {
        Div box = new Div(new H3(getTranslation("insights.recognition")));
        box.addClassName("card");
        box.setId("advocacy-recognition");
        if (a.recognitionWithEnps() == null || a.recognitionWithNps() == null) {
            box.add(new Paragraph(getTranslation("insights.recognition.notEnough")));
            return box;
        }
        box.add(new Paragraph(getTranslation("insights.recognition.sentence",
                AdvocacyText.r(a.recognitionWithEnps().r(), getLocale()),
                AdvocacyText.r(a.recognitionWithEnps().low(), getLocale()),
                AdvocacyText.r(a.recognitionWithEnps().high(), getLocale()),
                AdvocacyText.r(a.recognitionWithNps().r(), getLocale()),
                AdvocacyText.r(a.recognitionWithNps().low(), getLocale()),
                AdvocacyText.r(a.recognitionWithNps().high(), getLocale()), a.recognitionWithEnps().n())));
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.insights");
    }
}
