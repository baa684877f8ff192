package org.advocacy.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.advocacy.kernel.OrgTimeZone;
import org.advocacy.kernel.ui.Formats;
import org.advocacy.kernel.chart.EChart;
import org.advocacy.kernel.chart.ScoreChart;
import org.advocacy.org.Branch;
import org.advocacy.org.OrgService;
import org.advocacy.security.CurrentUser;
import org.advocacy.security.Role;
import org.advocacy.survey.ActionPlanService;
import org.advocacy.survey.AnonymityRules;
import org.advocacy.survey.Driver;
import org.advocacy.survey.Enps;
import org.advocacy.survey.Program;
import org.advocacy.survey.PulseProgramService;
import org.advocacy.survey.PulseResults;
import org.advocacy.survey.PulseResultsService;
import org.advocacy.survey.ResultsRequest;
import org.advocacy.survey.RoundListItem;
import org.advocacy.survey.SegmentCsv;
import org.advocacy.survey.SegmentGuard;
import org.advocacy.survey.TenureBand;
import org.advocacy.survey.TrendPoint;
import org.springframework.modulith.NamedInterface;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pulse results for HR, leaders (all branches) and managers (their branches; the service scopes the query): eNPS
 * with n and margin, the split as a stacked bar, participation, drivers, comments, segments (CSV export), the trend
 * with its interval band, and the branch × driver heatmap. While a round is open only participation shows.
 */
@NamedInterface("routes")
@Route("pulse/results")
@RolesAllowed({"HR", "LEADER", "MANAGER"})
@Menu(title = "nav.pulseResults", order = 21, icon = "vaadin:chart")
public class PulseResultsView extends VerticalLayout implements HasDynamicTitle {

    private static final JsonMapper JSON = new JsonMapper();

    private final PulseProgramService pulsePrograms;
    private final PulseResultsService pulseResults;
    private final AnonymityRules rules;
    private final OrgTimeZone zone;
    private final ActionPlanService plans;
    private final boolean mayPlan;
    private final boolean companyPlans;
    private final List<Branch> scopeBranches;
    final ComboBox<Program> program = new ComboBox<>();
    final ComboBox<RoundListItem> round = new ComboBox<>();
    final ComboBox<String> period = new ComboBox<>();
    final ComboBox<Branch> branch = new ComboBox<>();
    final ComboBox<String> department = new ComboBox<>();
    final ComboBox<String> tenure = new ComboBox<>();
    final Div body = new Div();
    final Grid<PulseResults.SegmentRow> segments = new Grid<>();
    PulseResults current;
    /** The region shown instead of a branch under k (docs/domain-rules.md#rule-7); null = the selection itself. */
    String shownRegion;

    PulseResultsView(PulseProgramService pulsePrograms, PulseResultsService pulseResults, OrgService org,
            AnonymityRules rules, OrgTimeZone zone, ActionPlanService plans, CurrentUser currentUser) {
        this.pulsePrograms = pulsePrograms;
        this.pulseResults = pulseResults;
        this.plans = plans;
        this.mayPlan = currentUser.has(Role.HR) || currentUser.has(Role.MANAGER);
        this.companyPlans = currentUser.has(Role.HR);
        this.scopeBranches = org.branchesInScope();
        this.rules = rules;
        this.zone = zone;
        addClassName("pulse-results-view");
        setWidthFull();
        program.setId("results-program");
        program.setLabel(getTranslation("survey.results.program"));
        program.setItemLabelGenerator(Program::name);
        program.setItems(pulsePrograms.programsForResults());
        round.setId("results-round");
        round.setLabel(getTranslation("survey.results.round"));
        round.setItemLabelGenerator(r -> Formats.date(r.closeDate(), getLocale())
                + (r.open() ? " (" + getTranslation("survey.programs.open") + ")" : ""));
        period.setId("results-period");
        period.setLabel(getTranslation("survey.results.period"));
        period.setClearButtonVisible(true);
        List<String> periods = new ArrayList<>();
        YearMonth now = YearMonth.now(zone.zone());
        for (int i = 0; i < 18; i++) {
            YearMonth m = now.minusMonths(i);
            if (m.getMonthValue() % 3 == 0 || i == 0) {
                periods.add(m.getYear() + "-Q" + ((m.getMonthValue() - 1) / 3 + 1));
            }
            periods.add(m.toString());
        }
        period.setItems(periods.stream().distinct().toList());
        period.setItemLabelGenerator(p -> Formats.period(p, getLocale()));
        branch.setId("results-branch");
        branch.setLabel(getTranslation("survey.results.branch"));
        branch.setPlaceholder(getTranslation("survey.results.allBranches"));
        branch.setClearButtonVisible(true);
        branch.addClassName("wide-select");
        branch.setItemLabelGenerator(b -> b.code() + " · " + b.name());
        branch.setItems(scopeBranches);
        department.setId("results-department");
        department.setLabel(getTranslation("survey.results.department"));
        department.setPlaceholder(getTranslation("survey.results.allDepartments"));
        department.setClearButtonVisible(true);
        department.setItems(org.departments().stream().map(d -> d.name()).sorted().toList());
        tenure.setId("results-tenure");
        tenure.setLabel(getTranslation("survey.results.tenure"));
        tenure.setPlaceholder(getTranslation("survey.results.allTenures"));
        tenure.setClearButtonVisible(true);
        tenure.setItems(TenureBand.ALL);
        tenure.setItemLabelGenerator(t -> getTranslation(TenureBand.UNDER_1.equals(t) ? "survey.tenure.under1"
                : TenureBand.ONE_TO_3.equals(t) ? "survey.tenure.oneToThree" : "survey.tenure.over3"));
        FlexLayout toolbar = new FlexLayout(program, round, period, branch, department, tenure);
        toolbar.addClassName("list-toolbar");
        toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        toolbar.getStyle().set("gap", "var(--lumo-space-m)");
        body.setId("results-body");
        body.setWidthFull();
        add(new H2(getTranslation("survey.results.title")), toolbar, body);

        program.addValueChangeListener(e -> {
            List<RoundListItem> rounds = e.getValue() == null ? List.of() : pulsePrograms.rounds(e.getValue().id(), 0, 200);
            round.setItems(rounds);
            round.setValue(rounds.stream().filter(r -> !r.open()).max(java.util.Comparator.comparing(RoundListItem::closeDate))
                    .orElse(rounds.isEmpty() ? null : rounds.getFirst()));
        });
        round.addValueChangeListener(e -> refresh());
        period.addValueChangeListener(e -> refresh());
        branch.addValueChangeListener(e -> {
            shownRegion = null;
            refresh();
        });
        department.addValueChangeListener(e -> refresh());
        tenure.addValueChangeListener(e -> refresh());
        // start with the most recent closed round of the most frequent program (an open round shows participation only)
        List<Program> all = pulsePrograms.programsForResults();
        PulseUi.mostFrequentWithClosedRound(all, p -> pulsePrograms.rounds(p.id(), 0, 50))
                .or(() -> all.stream().findFirst()).ifPresent(program::setValue);
    }

    void refresh() {
        body.removeAll();
        String code = branch.getValue() == null ? null : branch.getValue().code();
        ResultsRequest request;
        if (period.getValue() != null) {
            request = new ResultsRequest(null, period.getValue(), code, department.getValue(), tenure.getValue());
        } else if (round.getValue() != null) {
            request = new ResultsRequest(round.getValue().id(), null, code, department.getValue(), tenure.getValue());
        } else {
            body.add(new Paragraph(getTranslation("survey.results.noRounds")));
            return;
        }
        current = shownRegion != null ? pulseResults.regionResults(request, shownRegion) : pulseResults.results(request);
        Div summary = new Div();
        summary.addClassName("pulse-summary");
        if (shownRegion != null) {
            Paragraph regionNote = new Paragraph(getTranslation("survey.results.regionShown", shownRegion, code));
            regionNote.setId("results-region-shown");
            summary.add(regionNote);
        }
        if (request.roundId() != null) {
            // while a round is open, participation is released per branch and above only (decision 0010): a
            // department or tenure filter gets that sentence, not a misleading "0 of N"
            boolean notOffered = current.suppressed() == SegmentGuard.Reason.ROUND_OPEN
                    && (department.getValue() != null || tenure.getValue() != null);
            Span participation = new Span(notOffered ? getTranslation("survey.results.participationBranchOnly")
                    : getTranslation("survey.results.participation", current.answered(), current.invited(),
                            Math.round(100.0 * current.answered() / Math.max(1, current.invited())) + " %"));
            participation.setId("results-participation");
            summary.add(new Div(participation));
        }
        boolean filtered = department.getValue() != null || tenure.getValue() != null;
        List<TrendPoint> points = !current.shown() || program.getValue() == null || shownRegion != null ? List.of()
                : pulseResults.trend(program.getValue().id(), code);
        // the change clause compares like with like: the same program and branch, the round before, no segment filter
        Enps previous = request.roundId() == null || filtered ? null : PulseUi.previousShown(points, request.roundId());
        Paragraph headline = new Paragraph(PulseUi.headline(this, current, previous, rules.k()));
        headline.setId("results-headline");
        headline.addClassName("pulse-headline");
        summary.add(headline);
        body.add(summary);
        if (!current.shown() && filtered && current.suppressed() != SegmentGuard.Reason.ROUND_OPEN) {
            Paragraph refused = new Paragraph(getTranslation("survey.results.filterRefused"));
            refused.setId("results-filter-refused");
            summary.add(refused);
        }
        if (!current.shown() && shownRegion == null && code != null && current.suppressed() != SegmentGuard.Reason.ROUND_OPEN) {
            // a branch under k still counts in its region: offer the region's figure (which passes the same guard)
            pulseResults.regionOf(code).ifPresent(region -> {
                Paragraph offer = new Paragraph(getTranslation("survey.results.regionOffer", code, region, rules.k()));
                offer.setId("results-region-offer");
                Button show = new Button(getTranslation("survey.results.showRegion", region), click -> {
                    shownRegion = region;
                    refresh();
                });
                show.setId("results-show-region");
                summary.add(offer, show);
            });
        }
        if (!current.shown()) {
            return;
        }
        Enps e = current.enps();
        Span detail = new Span(PulseUi.detail(this, e));
        detail.setId("results-detail");
        detail.addClassName("score-detail");
        summary.add(detail);
        EChart split = new EChart();
        split.setId("results-split");
        split.setHeight("120px");
        split.setOption(json(splitOption(e)));
        body.add(split);
        body.add(drivers(request));
        body.add(comments());
        if (shownRegion != null) {
            return; // the region's figure only: its segments and trend are the company's screens
        }
        body.add(segmentsSection());
        if (program.getValue() != null) {
            body.add(trend(points));
        }
        if (request.roundId() != null && code == null) {
            body.add(heatmap(request.roundId(), filtered ? pulseResults.results(ResultsRequest.round(request.roundId())) : current));
        }
        if (request.roundId() != null && program.getValue() != null) {
            body.add(new ActionPlansPanel(plans, request.roundId(), program.getValue().drivers(), scopeBranches, mayPlan,
                    companyPlans));
        }
    }

    private Map<String, Object> splitOption(Enps e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("tooltip", Map.of());
        o.put("legend", Map.of("bottom", 0));
        o.put("grid", Map.of("left", 8, "right", 8, "top", 8, "bottom", 36, "containLabel", true));
        o.put("xAxis", Map.of("type", "value", "max", e.n(), "show", false));
        o.put("yAxis", Map.of("type", "category", "data", List.of(""), "show", false));
        o.put("series", List.of(
                bar(getTranslation("survey.results.promoters"), e.promoters(), "#2e7d32"),
                bar(getTranslation("survey.results.passives"), e.passives(), "#9e9e9e"),
                bar(getTranslation("survey.results.detractors"), e.detractors(), "#c62828")));
        return o;
    }

    private static Map<String, Object> bar(String name, int value, String color) {
        return Map.of("name", name, "type", "bar", "stack", "all", "data", List.of(value),
                "itemStyle", Map.of("color", color), "label", Map.of("show", value > 0, "formatter", "{c}"));
    }

    /**
     * The drivers as rows of statement, average and a stacked bar of the answers 1–5; under 600 px the bar goes
     * under the statement (portal.css), so nothing scrolls sideways on a phone.
     */
    private Div drivers(ResultsRequest request) {
        Div box = new Div(new H3(getTranslation("survey.results.drivers")));
        Map<String, String> labels = driverTexts();
        Div list = new Div();
        list.setId("results-drivers");
        list.addClassName("driver-list");
        Div header = new Div(new Span(getTranslation("survey.results.driver")), new Span(getTranslation("survey.results.mean")),
                new Span(getTranslation("survey.results.distribution")));
        header.addClassNames("driver-row", "driver-header");
        list.add(header);
        for (PulseResults.DriverResult d : current.drivers()) {
            Span text = new Span(labels.getOrDefault(d.code(), d.code()));
            text.addClassName("driver-text");
            Span mean = new Span(d.mean() == null ? getTranslation("survey.results.suppressed") : PulseUi.one(d.mean(), getLocale()));
            mean.addClassName("driver-mean");
            Div row = new Div(text, mean, DistributionBar.of(this, getLocale(), d.distribution()));
            row.addClassName("driver-row");
            row.setId("results-driver-" + d.code());
            list.add(row);
        }
        box.add(list, DistributionBar.legend(this, getLocale()));
        return box;
    }

    /** Each driver's statement in the user's language: the program's own wording over the library's. */
    private Map<String, String> driverTexts() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Driver d : Driver.LIBRARY) {
            labels.put(d.code(), d.text(getLocale()));
        }
        if (program.getValue() != null) {
            program.getValue().drivers().forEach(d -> labels.put(d.code(), d.text(getLocale())));
        }
        return labels;
    }

    /** Comments shown at first; a phone shows them without a long scroll, "Show more" adds {@link #COMMENTS_MORE}. */
    static final int COMMENTS_FIRST = 5;
    static final int COMMENTS_MORE = 20;
    private static final int COMMENTS_MAX = 200;

    private Div comments() {
        Div box = new Div(new H3(getTranslation("survey.results.comments")));
        box.setId("results-comments");
        if (current.commentsHidden()) {
            box.add(new Paragraph(getTranslation("survey.results.commentsHidden", rules.commentMinimum())));
            return box;
        }
        // already in random order (anonymity rule 6); only how many are on the page changes
        List<PulseResults.Comment> all = current.comments().stream().limit(COMMENTS_MAX).toList();
        UnorderedList list = new UnorderedList();
        list.setId("results-comment-list");
        list.addClassName("results-comment-list");
        Span count = new Span();
        count.setId("results-comments-count");
        count.addClassName("score-detail");
        Button more = new Button();
        more.setId("results-comments-more");
        more.addClassName("results-comments-more");
        Runnable showMore = () -> {
            int from = list.getComponentCount();
            int to = Math.min(all.size(), from == 0 ? COMMENTS_FIRST : from + COMMENTS_MORE);
            all.subList(from, to).forEach(c -> list.add(new ListItem(
                    "“" + c.text() + "” — " + Formats.date(c.date(), getLocale()))));
            int left = all.size() - to;
            count.setText(getTranslation("survey.results.commentsCount", to, all.size()));
            count.setVisible(left > 0);
            more.setText(getTranslation("survey.results.commentsMore", Math.min(left, COMMENTS_MORE)));
            more.setVisible(left > 0);
        };
        more.addClickListener(e -> showMore.run());
        showMore.run();
        box.add(list, count, more);
        return box;
    }

    private Div segmentsSection() {
        Div box = new Div(new H3(getTranslation("survey.results.segments")));
        segments.removeAllColumns();
        segments.setId("results-segments");
        segments.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        segments.setHeight("420px");
        segments.addColumn(s -> getTranslation("survey.dim." + s.dimension())).setHeader(getTranslation("survey.results.dimension"))
                .setAutoWidth(true).setSortable(true);
        segments.addColumn(PulseResults.SegmentRow::label).setHeader(getTranslation("survey.results.segment"))
                .setAutoWidth(true).setSortable(true);
        segments.addColumn(s -> s.n() == null ? "" : String.valueOf(s.n())).setHeader(getTranslation("survey.results.nHeader")).setAutoWidth(true);
        java.util.Map<String, String> regions = new java.util.HashMap<>();
        segments.addColumn(s -> s.enps() == null ? PulseUi.suppressed(this, s.suppressed(), rules.k())
                        + ("BRANCH".equals(s.dimension()) && s.suppressed() != SegmentGuard.Reason.ROUND_OPEN
                                ? regions.computeIfAbsent(s.label(), code -> pulseResults.regionOf(code)
                                        .map(region -> " " + getTranslation("survey.results.segmentRegion", region)).orElse(""))
                                : "")
                : PulseUi.signed(s.enps().score()) + " ± " + Math.round(s.enps().margin()))
                .setHeader(getTranslation("survey.results.enps")).setKey("enps").setFlexGrow(1);
        segments.setItems(current.segments());
        PulseResults shown = current;
        Anchor export = new Anchor(csvHandler(shown),
                getTranslation("survey.results.export"));
        export.setId("results-export");
        box.add(export, segments);
        return box;
    }

    private DownloadHandler csvHandler(PulseResults shown) {
        return event -> {
            byte[] bytes = SegmentCsv.of(shown, key -> getTranslation(key, rules.k())).getBytes(StandardCharsets.UTF_8);
            event.setFileName("pulse-segments.csv");
            event.setContentType("text/csv; charset=UTF-8");
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
    }

    private Div trend(List<TrendPoint> points) {
        Div box = new Div(new H3(getTranslation("survey.results.trend")));
        List<String> labels = new ArrayList<>();
        List<Double> score = new ArrayList<>();
        List<Double> low = new ArrayList<>();
        List<Double> high = new ArrayList<>();
        for (TrendPoint p : points) {
            labels.add(Formats.date(p.closeDate(), getLocale()));
            score.add(p.enps() == null ? null : p.enps().score());
            low.add(p.enps() == null ? null : p.enps().low());
            high.add(p.enps() == null ? null : p.enps().high());
        }
        String option = ScoreChart.over(labels)
                .set("grid", Map.of("left", 8, "right", 16, "top", 16, "bottom", 8, "containLabel", true))
                .band("band", getTranslation("survey.results.band"), low, high, "rgba(25,118,210,0.18)")
                .line(getTranslation("survey.results.enps"), score, Map.of("itemStyle", Map.of("color", "#1565c0")))
                .json();
        EChart chart = new EChart();
        chart.setId("results-trend");
        chart.setHeight("280px");
        chart.setOption(option);
        box.add(chart);
        TrendPoint last = points.isEmpty() ? null : points.getLast();
        if (last != null && last.enps() != null && points.size() > 1) {
            Paragraph change = new Paragraph(getTranslation(last.clearChange() ? "survey.results.clearChange"
                    : "survey.results.noClearChange"));
            change.setId("results-change");
            box.add(change);
        }
        return box;
    }

    /**
     * Branch × driver means of a round as a coloured table: the branch names as rows (highest eNPS first, hidden
     * figures last, then by name), the branch eNPS as the first column, short translated driver names as headers
     * (the full statement on hover) and a legend of what each colour means.
     */
    private Div heatmap(long roundId, PulseResults round) {
        Div box = new Div(new H3(getTranslation("survey.results.heatmap")));
        box.setId("results-heatmap-box");
        Map<String, Map<String, Double>> heat = pulseResults.heatmap(roundId);
        Map<String, Enps> enps = new java.util.HashMap<>();
        round.segments().stream().filter(s -> "BRANCH".equals(s.dimension()) && s.enps() != null)
                .forEach(s -> enps.put(s.label(), s.enps()));
        Map<String, String> names = new java.util.HashMap<>();
        scopeBranches.forEach(b -> names.put(b.code(), b.name()));
        List<String> drivers = heat.isEmpty() ? List.of() : new ArrayList<>(heat.values().iterator().next().keySet());
        Map<String, String> texts = driverTexts();
        List<Heatmap.Row> rows = heat.entrySet().stream()
                .map(en -> new Heatmap.Row(en.getKey(), names.getOrDefault(en.getKey(), en.getKey()),
                        enps.get(en.getKey()), drivers.stream().map(d -> en.getValue().get(d)).toList()))
                .sorted(Heatmap.ORDER).toList();
        List<Heatmap.Column> columns = drivers.stream().map(d -> new Heatmap.Column(d,
                PulseUi.shortDriver(this, d, texts.getOrDefault(d, d)), texts.getOrDefault(d, d))).toList();
        box.add(Heatmap.table(this, getLocale(), columns, rows), Heatmap.legend(this, getLocale()));
        return box;
    }

    private static String json(Object o) {
        return JSON.writeValueAsString(o);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.pulseResults");
    }
}
