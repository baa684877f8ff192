package org.advocacy.insights.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.util.List;
import org.advocacy.kernel.ValidationException;
import org.advocacy.kernel.ui.Formats;
import org.advocacy.kernel.chart.EChart;
import org.advocacy.feedback.FollowUpSummary;
import org.advocacy.feedback.NpsScore;
import org.advocacy.feedback.PraiseItem;
import org.advocacy.insights.AdvocacyText;
import org.advocacy.insights.BranchInsights;
import org.advocacy.insights.InsightsService;
import org.advocacy.survey.ActionPlan;
import org.advocacy.survey.BranchDriverQuery.DriverScore;

/**
 * One branch before a call to its manager: 18 months of staff eNPS and customer NPS with margins, CSAT, CES,
 * recognition and praise per head, strongest and weakest drivers, open follow-up cases, action plans and recent
 * approved praise.
 */
@Route("insights/branch/:code")
@RolesAllowed({"LEADER", "HR"})
public class BranchAdvocacyView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String CODE = "code";

    private final InsightsService insights;
    private String title = "";

    BranchAdvocacyView(InsightsService insights) {
        this.insights = insights;
        addClassName("branch-advocacy-view");
        setPadding(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String code = event.getRouteParameters().get(CODE).orElse("");
        BranchInsights b;
        try {
            b = insights.branch(code);
        } catch (ValidationException e) {
            add(new Paragraph(getTranslation(e.messageKey(), e.args())));
            return;
        }
        title = b.code() + " · " + b.name();
        RouterLink back = new RouterLink(getTranslation("insights.back"), AdvocacyMapView.class);
        H2 h = new H2(title);
        h.setId("branch-advocacy-title");
        add(back, h, new Paragraph(b.region() + (b.active() ? "" : " · " + getTranslation("insights.note.retired"))));

        BranchInsights.Month last = lastWithCustomers(b.months());
        Div figures = new Div();
        figures.addClassName("card-grid");
        figures.setId("branch-advocacy-figures");
        if (last != null) {
            figures.add(figure(getTranslation("insights.branch.csat", org.advocacy.kernel.ui.Formats.month(last.month(), getLocale())),
                    last.csatPct() == null ? "–" : String.format(getLocale(), "%.0f %%", last.csatPct())));
            figures.add(figure(getTranslation("insights.branch.ces", org.advocacy.kernel.ui.Formats.month(last.month(), getLocale())),
                    last.cesMean() == null ? "–" : String.format(getLocale(), "%.1f", last.cesMean())));
        }
        figures.add(figure(getTranslation("insights.branch.perHead"), b.perHead() == null ? "–"
                : String.format(getLocale(), "%.2f", b.perHead()) + " (" + getTranslation("insights.branch.perHeadDetail",
                        b.lastThreeMonths().recognitions(), b.lastThreeMonths().praise(), b.headcount()) + ")"));
        figures.add(figure(getTranslation("insights.branch.followUps"), String.valueOf(b.openFollowUps())));
        add(figures);

        Div chartBox = new Div(new H3(getTranslation("insights.branch.trend")));
        chartBox.setWidthFull();
        EChart chart = new EChart();
        chart.setId("branch-advocacy-chart");
        chart.setOption(AdvocacyCharts.branch(b, getLocale(), (k, args) -> getTranslation(k, args)));
        chartBox.add(chart, new Paragraph(getTranslation("insights.branch.trendNote")));
        add(chartBox);

        Grid<BranchInsights.Month> months = new Grid<>();
        months.setId("branch-advocacy-months");
        months.addColumn(m -> org.advocacy.kernel.ui.Formats.month(m.month(), getLocale())).setHeader(getTranslation("insights.branch.month")).setAutoWidth(true);
        months.addColumn(m -> m.enps() == null ? getTranslation("insights.branch.noEnps") : score(m.enps()))
                .setHeader(getTranslation("insights.axis.enps")).setAutoWidth(true);
        months.addColumn(m -> m.nps().score() == null ? "–" : score(m.nps())).setHeader(getTranslation("insights.axis.nps"))
                .setAutoWidth(true);
        months.addColumn(m -> m.csatPct() == null ? "–" : String.format(getLocale(), "%.0f %%", m.csatPct()))
                .setHeader(getTranslation("insights.col.csat")).setAutoWidth(true);
        months.addColumn(m -> m.cesMean() == null ? "–" : String.format(getLocale(), "%.1f", m.cesMean()))
                .setHeader(getTranslation("insights.col.ces")).setAutoWidth(true);
        months.addColumn(m -> m.recognition().recognitions() + " / " + m.recognition().praise())
                .setHeader(getTranslation("insights.branch.recognitionPraise")).setAutoWidth(true);
        months.setItems(b.months().reversed());
        months.setAllRowsVisible(true);
        add(months);

        add(drivers(b));
        add(followUps(b));

        Div plans = new Div(new H3(getTranslation("insights.branch.plans")));
        plans.setId("branch-advocacy-plans");
        if (b.actionPlans().isEmpty()) {
            plans.add(new Paragraph(getTranslation("insights.branch.noPlans")));
        } else {
            UnorderedList list = new UnorderedList();
            for (ActionPlan p : b.actionPlans()) {
                for (ActionPlan.Action a : p.actions()) {
                    list.add(new ListItem(a.text() + " · " + a.owner() + " · " + Formats.date(a.dueOn(), getLocale())
                            + " · " + getTranslation("survey.actionStatus." + a.status().name())));
                }
            }
            plans.add(list);
        }
        add(plans);

        Div praise = new Div(new H3(getTranslation("insights.branch.praise")));
        praise.setId("branch-advocacy-praise");
        if (b.recentPraise().isEmpty()) {
            praise.add(new Paragraph(getTranslation("insights.branch.noPraise")));
        } else {
            UnorderedList list = new UnorderedList();
            for (PraiseItem p : b.recentPraise()) {
                list.add(new ListItem("“" + p.praise() + "” · " + p.employeeName() + " · " + Formats.date(p.date(), getLocale())));
            }
            praise.add(list);
        }
        add(praise);
    }

    /** The strongest and weakest drivers of the last 3 complete months (released cells only). */
    private Div drivers(BranchInsights b) {
        Div box = new Div(new H3(getTranslation("insights.branch.drivers")));
        box.setId("branch-advocacy-drivers");
        List<DriverScore> all = b.drivers();
        if (all.isEmpty()) {
            box.add(new Paragraph(getTranslation("insights.branch.noDrivers")));
            return box;
        }
        int each = all.size() >= 4 ? 2 : 1;
        UnorderedList list = new UnorderedList();
        for (DriverScore d : all.subList(0, Math.min(each, all.size()))) {
            list.add(driver("insights.branch.strongest", d));
        }
        if (all.size() > each) {
            List<DriverScore> weakest = all.subList(Math.max(each, all.size() - each), all.size()).reversed();
            for (DriverScore d : weakest) {
                list.add(driver("insights.branch.weakest", d));
            }
        }
        YearMonth to = b.months().getLast().month().minusMonths(1);
        box.add(list, new Paragraph(getTranslation("insights.branch.driversPeriod", to.minusMonths(2), to)));
        return box;
    }

    private ListItem driver(String kind, DriverScore d) {
        ListItem item = new ListItem(getTranslation(kind) + " · " + getTranslation("insights.branch.driverLine",
                d.driver().text(getLocale()).replaceAll("[.。]$", ""), String.format(getLocale(), "%.1f", d.mean()),
                String.format(getLocale(), "%.0f", d.favourablePct()), d.n()));
        item.addClassName("advocacy-driver");
        return item;
    }

    /** Open follow-up cases, most urgent first, without the customer's contact details. */
    private Div followUps(BranchInsights b) {
        Div box = new Div(new H3(getTranslation("insights.branch.followUpsList")));
        box.setId("branch-advocacy-followups");
        if (b.urgentFollowUps().isEmpty()) {
            box.add(new Paragraph(getTranslation("insights.branch.noFollowUps")));
            return box;
        }
        UnorderedList list = new UnorderedList();
        for (FollowUpSummary f : b.urgentFollowUps()) {
            list.add(new ListItem(getTranslation("insights.branch.followUpLine", f.nps(),
                    getTranslation("followUp.status." + f.status()), Formats.date(f.dueAt().toLocalDate(), getLocale()),
                    f.overdue() ? getTranslation("insights.branch.overdue") : "",
                    f.ownerName() == null ? getTranslation("insights.branch.unowned") : f.ownerName())));
        }
        box.add(list);
        return box;
    }

    private static BranchInsights.Month lastWithCustomers(List<BranchInsights.Month> months) {
        for (int i = months.size() - 1; i >= 0; i--) {
            if (months.get(i).nps().n() >= org.advocacy.insights.AdvocacyAnalysis.MIN_CUSTOMERS) {
                return months.get(i);
            }
        }
        return null;
    }

    private static String score(NpsScore s) {
        return AdvocacyText.signed(s.score()) + " ± " + Math.round(s.margin()) + " (n " + s.n() + ")";
    }

    private static Div figure(String label, String value) {
        return org.advocacy.kernel.ui.FigureCard.of(label, value, "card", "advocacy-figure");
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("nav.insights") : title;
    }
}
