package org.advocacy.recognition.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import org.springframework.modulith.NamedInterface;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.advocacy.kernel.OrgTimeZone;
import org.advocacy.kernel.ValidationException;
import org.advocacy.kernel.ui.Formats;
import org.advocacy.kernel.chart.EChart;
import org.advocacy.recognition.FeedItem;
import org.advocacy.recognition.LeaderboardService;
import org.advocacy.recognition.MonthCount;
import org.advocacy.recognition.RecognitionProfile;
import org.advocacy.recognition.RecognitionService;
import org.advocacy.recognition.ValueCount;
import org.advocacy.security.CurrentUser;
import org.advocacy.security.Role;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's recognition: what they received over time and by value, and their work anniversary. Without
 * {@code ?employee=} it is the caller's own page; managers open their people's pages from the gaps screen.
 */
@NamedInterface("routes")
@Route("recognition/profile")
@RolesAllowed({"EMPLOYEE", "MANAGER", "HR", "LEADER"})
@Menu(title = "nav.recognitionProfile", order = 41, icon = "vaadin:user-star")
public class RecognitionProfileView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RecognitionService service;
    private final LeaderboardService leaderboards;
    private final ZoneId zone;
    private final CurrentUser currentUser;

    RecognitionProfileView(RecognitionService service, LeaderboardService leaderboards, OrgTimeZone zone,
            CurrentUser currentUser) {
        this.service = service;
        this.leaderboards = leaderboards;
        this.currentUser = currentUser;
        this.zone = zone.zone();
        addClassName("recognition-profile-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Long employeeId = event.getLocation().getQueryParameters().getSingleParameter("employee")
                .filter(s -> s.matches("\\d{1,18}")).map(Long::valueOf).orElse(null);
        RecognitionProfile profile;
        try {
            profile = service.profile(employeeId);
        } catch (ValidationException | AccessDeniedException e) {
            Paragraph none = new Paragraph(getTranslation("recognition.profile.unavailable"));
            none.setId("profile-unavailable");
            add(none);
            return;
        }
        show(profile, employeeId);
    }

    private void show(RecognitionProfile p, Long employeeId) {
        H2 name = new H2(p.person().fullName());
        name.setId("profile-name");
        Paragraph who = new Paragraph(p.person().jobTitle() + " · " + p.person().branchCode());
        Div facts = new Div();
        facts.addClassName("card-grid");
        Div total = new Div(new H3(getTranslation("recognition.profile.total")),
                new Span(Formats.number(p.total(), getLocale())));
        total.addClassName("card");
        total.setId("profile-total");
        Div anniversary = new Div(new H3(getTranslation("recognition.profile.anniversary")),
                new Span(getTranslation("recognition.profile.anniversaryText", Formats.date(p.nextAnniversary(), getLocale()),
                        p.yearsAtNextAnniversary())));
        anniversary.addClassName("card");
        anniversary.setId("profile-anniversary");
        Div byValue = new Div(new H3(getTranslation("recognition.profile.byValue")));
        byValue.addClassName("card");
        byValue.setId("profile-by-value");
        if (p.byValue().isEmpty()) {
            byValue.add(new Paragraph(getTranslation("recognition.profile.none")));
        }
        for (ValueCount v : p.byValue()) {
            Div row = new Div(RecognitionUi.badge(v.value(), getLocale()), new Span(Formats.number(v.count(), getLocale())));
            row.addClassName("profile-row");
            byValue.add(row);
        }
        Div praise = new Div(new H3(getTranslation("recognition.profile.praise")),
                new Span(Formats.number(p.praiseTotal(), getLocale())));
        praise.addClassName("card");
        praise.setId("profile-praise");
        facts.add(total, praise, anniversary, byValue);
        add(name, who, facts);

        if (p.own()) {
            Checkbox optOut = new Checkbox(getTranslation("recognition.profile.optOut"), p.leaderboardOptOut());
            optOut.setId("profile-opt-out");
            optOut.addValueChangeListener(e -> {
                leaderboards.setLeaderboardOptOut(e.getValue());
                RecognitionUi.success(getTranslation("common.saved"));
            });
            add(optOut);
        }

        add(new H3(getTranslation("recognition.profile.overTime")));
        EChart chart = new EChart();
        chart.setId("profile-chart");
        chart.setWidthFull();
        chart.setHeight("240px");
        chart.setOption(chartOption(p.byMonth()));
        add(chart);

        add(new H3(getTranslation("recognition.profile.received")));
        Grid<FeedItem> entries = new Grid<>();
        entries.setId("profile-entries");
        entries.addClassName("recognition-feed");
        entries.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_NO_ROW_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        entries.addComponentColumn(item -> RecognitionUi.card(this, item, zone, null))
                .setHeader(getTranslation("recognition.feed.entries")).setKey("entry");
        entries.setItems(q -> service.profileEntries(employeeId, q.getOffset(), q.getLimit()).stream(),
                q -> service.profileEntryCount(employeeId));
        entries.setEmptyStateText(getTranslation("recognition.profile.none"));
        entries.setHeight("32rem");
        add(entries);

        if (p.own() && (currentUser.has(Role.EMPLOYEE) || currentUser.has(Role.MANAGER))) {
            // what the person gave, whatever its visibility: a branch entry for another branch never shows in
            // their own feed, so this is where they find it again
            H3 givenTitle = new H3(getTranslation("recognition.profile.given"));
            givenTitle.setId("profile-given-title");
            add(givenTitle);
            Grid<FeedItem> given = new Grid<>();
            given.setId("profile-given");
            given.addClassName("recognition-feed");
            given.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_NO_ROW_BORDERS,
                    GridVariant.LUMO_WRAP_CELL_CONTENT);
            given.addComponentColumn(item -> RecognitionUi.card(this, item, zone, null))
                    .setHeader(getTranslation("recognition.profile.given")).setKey("entry");
            given.setItems(q -> service.given(q.getOffset(), q.getLimit()).stream(), q -> service.givenCount());
            given.setEmptyStateText(getTranslation("recognition.profile.givenNone"));
            given.setHeight("24rem");
            add(given);
        }
    }

    private String chartOption(List<MonthCount> months) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("grid", Map.of("left", 32, "right", 12, "top", 16, "bottom", 56));
        option.put("xAxis", Map.of("type", "category",
                "data", months.stream().map(m -> RecognitionUi.month(m.month(), getLocale())).toList()));
        option.put("yAxis", Map.of("type", "value", "minInterval", 1));
        option.put("legend", Map.of("bottom", 0));
        option.put("series", List.of(
                Map.of("type", "bar", "name", getTranslation("recognition.profile.total"),
                        "itemStyle", Map.of("color", "#8B5E3C"), "data", months.stream().map(MonthCount::count).toList()),
                Map.of("type", "bar", "name", getTranslation("recognition.profile.praise"),
                        "itemStyle", Map.of("color", "#2E7D6B"), "data", months.stream().map(MonthCount::praise).toList())));
        return JSON.writeValueAsString(option);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.recognitionProfile");
    }
}
