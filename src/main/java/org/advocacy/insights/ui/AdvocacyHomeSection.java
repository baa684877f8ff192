package org.advocacy.insights.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.Optional;
import org.advocacy.kernel.ui.HomeSection;
import org.advocacy.insights.AdvocacyAnalysis;
import org.advocacy.insights.AdvocacyStatistics;
import org.advocacy.insights.AdvocacyText;
import org.advocacy.insights.InsightsService;
import org.advocacy.security.CurrentUser;
import org.advocacy.security.PortalUser;
import org.advocacy.security.Role;
import org.advocacy.kernel.chart.EChart;

/**
 * The leader's home opens on the advocacy map of the last quarter: the chart, the relationship in one sentence, the
 * exceptions, and the way to the full map.
 */
@org.springframework.stereotype.Component
class AdvocacyHomeSection implements HomeSection {

    private final CurrentUser currentUser;
    private final InsightsService insights;
    private final AdvocacyText text;

    AdvocacyHomeSection(CurrentUser currentUser, InsightsService insights, AdvocacyText text) {
        this.currentUser = currentUser;
        this.insights = insights;
        this.text = text;
    }

    @Override
    public Optional<Component> create() {
        PortalUser user = currentUser.require();
        if (!user.has(Role.LEADER)) {
            return Optional.empty();
        }
        AdvocacyAnalysis a = insights.advocacy(insights.period(null), null, 0);
        Div box = new Div();
        java.util.Locale locale = com.vaadin.flow.component.UI.getCurrent() == null ? java.util.Locale.ENGLISH
                : com.vaadin.flow.component.UI.getCurrent().getLocale();
        box.setId("home-advocacy");
        box.addClassName("card");
        box.setWidthFull();
        box.add(new H3(box.getTranslation("insights.title") + " · " + org.advocacy.kernel.ui.Formats.period(a.period().label(), locale)));
        box.add(new Paragraph(text.relationship(a, locale)));
        if (!a.exceptions().isEmpty()) {
            UnorderedList list = new UnorderedList();
            for (AdvocacyStatistics.Exception e : a.exceptions()) {
                list.add(new ListItem(text.exception(e, locale)));
            }
            box.add(list);
        }
        if (!a.included().isEmpty()) {
            EChart chart = new EChart();
            chart.addClassName("advocacy-chart");
            chart.setHeight("440px");
            chart.setOption(AdvocacyCharts.map(a, locale, (k, args) -> box.getTranslation(k, args)));
            box.add(chart);
        }
        RouterLink open = new RouterLink(box.getTranslation("insights.open"), AdvocacyMapView.class);
        open.setId("home-advocacy-open");
        box.add(open);
        return Optional.of(box);
    }

    @Override
    public boolean wide() {
        return true;
    }
}
