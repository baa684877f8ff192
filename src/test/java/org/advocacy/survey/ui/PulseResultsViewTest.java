package org.advocacy.survey.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.advocacy.kernel.chart.EChart;
import org.advocacy.org.Branch;
import org.advocacy.survey.RoundListItem;
import org.advocacy.survey.SegmentGuard;
import org.advocacy.test.KaribuTest;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.Test;

/** Results on the demo history: HR sees figures, charts and segments; a manager only their branch; open = participation only. */
class PulseResultsViewTest extends KaribuTest {

    private PulseResultsView open(String who) {
        login(who);
        UI.getCurrent().navigate(PulseResultsView.class);
        return _get(PulseResultsView.class);
    }

    @Test
    void hrSeesTheLatestClosedRoundWithFiguresChartsAndSegments() {
        long t0 = System.nanoTime();
        PulseResultsView view = open(SignIn.HR);
        System.out.printf(Locale.ROOT, "Pulse results screen (server side, demo data, first round): %.0f ms%n",
                (System.nanoTime() - t0) / 1e6);
        assertThat(view.round.getValue()).isNotNull();
        assertThat(view.round.getValue().open()).isFalse();
        assertThat(view.current.shown()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("results-headline")).getText()).startsWith("eNPS ");
        assertThat(_get(Span.class, spec -> spec.withId("results-participation")).getText()).contains(" of ");
        assertThat(_get(EChart.class, spec -> spec.withId("results-split")).getElement().getProperty("option"))
                .contains("\"stack\":\"all\"");
        assertThat(_get(EChart.class, spec -> spec.withId("results-trend")).getElement().getProperty("option"))
                .contains("areaStyle");
        assertThat(_get(EChart.class, spec -> spec.withId("results-trend")).getElement().getProperty("option"))
                .contains("\"stackStrategy\":\"all\"");
        assertThat(_get(com.vaadin.flow.component.html.NativeTable.class, spec -> spec.withId("results-heatmap"))
                .getElement().getTextRecursively()).contains("HN01").contains("SG02");
        // segments: every row either has figures or a reason, never both
        assertThat(GridKt._size(view.segments)).isGreaterThan(12);
        assertThat(view.current.segments()).allSatisfy(s -> assertThat(s.enps() == null).isEqualTo(s.suppressed() != null));
        // a branch's department rows: small departments say why they are hidden instead of showing a figure
        boolean anySuppressed = false;
        for (Branch b : view.branch.getListDataView().getItems().toList()) {
            view.branch.setValue(b);
            assertThat(view.current.segments()).allSatisfy(s -> assertThat(s.enps() == null).isEqualTo(s.suppressed() != null));
            anySuppressed |= view.current.segments().stream().anyMatch(s -> s.suppressed() != null);
        }
        assertThat(anySuppressed).as("some department of some branch is hidden with its reason").isTrue();
    }

    @Test
    void commentsShowTheFirstFewAndMoreOnRequest() {
        PulseResultsView view = open(SignIn.HR);
        int total = Math.min(200, view.current.comments().size());
        assertThat(total).as("the company's last round has many comments").isGreaterThan(PulseResultsView.COMMENTS_FIRST);
        com.vaadin.flow.component.html.UnorderedList list = _get(com.vaadin.flow.component.html.UnorderedList.class,
                spec -> spec.withId("results-comment-list"));
        com.vaadin.flow.component.button.Button more = _get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("results-comments-more"));
        assertThat(list.getComponentCount()).isEqualTo(PulseResultsView.COMMENTS_FIRST);
        assertThat(_get(Span.class, spec -> spec.withId("results-comments-count")).getText())
                .isEqualTo(en("survey.results.commentsCount", PulseResultsView.COMMENTS_FIRST, total));
        assertThat(more.getText()).isEqualTo(en("survey.results.commentsMore",
                Math.min(PulseResultsView.COMMENTS_MORE, total - PulseResultsView.COMMENTS_FIRST)));
        int clicks = 0;
        while (more.isVisible()) {
            int before = list.getComponentCount();
            com.github.mvysny.kaributesting.v10.LocatorJ._click(more);
            assertThat(list.getComponentCount()).isEqualTo(Math.min(total, before + PulseResultsView.COMMENTS_MORE));
            assertThat(++clicks).as("ends").isLessThan(20);
        }
        assertThat(list.getComponentCount()).isEqualTo(total);
        assertThat(list.getChildren().map(c -> c.getElement().getText()).toList()).as("each comment once, in order")
                .isEqualTo(view.current.comments().stream().limit(total).map(c -> "“" + c.text() + "” — "
                        + org.advocacy.kernel.ui.Formats.date(c.date(), Locale.ENGLISH)).toList());
    }

    @Test
    void aPeriodAggregatesClosedRounds() {
        PulseResultsView view = open(SignIn.LEADER);
        String month = view.round.getValue().closeDate().minusDays(7).toString().substring(0, 7);
        view.period.setValue(month);
        int y = Integer.parseInt(month.substring(0, 4));
        int q = (Integer.parseInt(month.substring(5)) - 1) / 3 + 1;
        long t0 = System.nanoTime();
        view.period.setValue(y + "-Q" + q);
        System.out.printf(Locale.ROOT, "Pulse results screen (server side, demo data, quarter %d-Q%d): %.0f ms%n", y, q,
                (System.nanoTime() - t0) / 1e6);
        assertThat(view.current.enps().n()).isGreaterThan(300);
        view.period.setValue(month);
        assertThat(view.current.shown()).isTrue();
        assertThat(view.current.enps().n()).isGreaterThan(100);
    }

    @Test
    void aManagerSeesOnlyTheirBranch() {
        PulseResultsView view = open(SignIn.MANAGER);
        assertThat(view.branch.getListDataView().getItems().map(Branch::code)).containsExactly("HN01");
        assertThat(view.current.segments()).filteredOn(s -> s.dimension().equals("BRANCH"))
                .extracting(s -> s.label()).containsExactly("HN01");
        assertThat(view.current.enps() == null || view.current.enps().n() <= 32).isTrue();
        // participation is the branch's (HN01 has 32 staff), not the company's (~300)
        assertThat(view.current.invited()).isPositive().isLessThanOrEqualTo(32);
        assertThat(view.current.answered()).isLessThanOrEqualTo(view.current.invited());
        assertThat(_get(Span.class, spec -> spec.withId("results-participation")).getText())
                .contains(" of " + view.current.invited() + " ");
    }

    @Test
    void whileARoundIsOpenOnlyParticipationShows() {
        PulseResultsView view = open(SignIn.HR);
        RoundListItem openRound = view.program.getListDataView().getItems()
                .flatMap(p -> {
                    view.program.setValue(p);
                    return view.round.getListDataView().getItems().filter(RoundListItem::open);
                }).findFirst().orElseThrow();
        view.round.setValue(openRound);
        assertThat(view.current.suppressed()).isEqualTo(SegmentGuard.Reason.ROUND_OPEN);
        assertThat(_get(Paragraph.class, spec -> spec.withId("results-headline")).getText())
                .isEqualTo(en("survey.suppressed.roundOpen", 5));
        assertThat(_get(Span.class, spec -> spec.withId("results-participation")).getText()).contains(" of ");
        assertThat(view.current.enps()).isNull();
        // a department filter on an open round: participation is not offered below the branch, and says so
        view.department.setValue(view.department.getListDataView().getItems().findFirst().orElseThrow());
        assertThat(_get(Span.class, spec -> spec.withId("results-participation")).getText())
                .isEqualTo(en("survey.results.participationBranchOnly"));
    }

    @Test
    void departmentAndTenureFiltersShowFiguresOrSayThereAreNotEnoughResponses() {
        PulseResultsView view = open(SignIn.HR);
        // a department across the company is a released cell of the demo round
        String dept = view.department.getListDataView().getItems()
                .filter(d -> context.getBean(org.advocacy.survey.PulseResultsService.class)
                        .results(org.advocacy.survey.ResultsRequest.round(view.round.getValue().id()).withDepartment(d)).shown())
                .findFirst().orElseThrow();
        view.department.setValue(dept);
        assertThat(view.current.shown()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("results-headline")).getText()).startsWith("eNPS ");
        // department × tenure band is not offered: its groups are too small to protect
        view.tenure.setValue(org.advocacy.survey.TenureBand.OVER_3);
        assertThat(view.current.shown()).isFalse();
        assertThat(view.current.enps()).isNull();
        assertThat(view.current.suppressed()).isEqualTo(org.advocacy.survey.SegmentGuard.Reason.NOT_OFFERED);
        assertThat(_get(Paragraph.class, spec -> spec.withId("results-filter-refused")).getText())
                .isEqualTo(en("survey.results.filterRefused"));
    }

    @Test
    void aBranchUnderKOffersItsRegion() {
        PulseResultsView view = open(SignIn.HR);
        context.getBean(org.advocacy.survey.PulseImportService.class).importAnswers(org.advocacy.survey.PulseRegionTest.rows("2017-09",
                java.util.Map.of("HN01", 3, "HN02", 10, "HN03", 10, "SG01", 10)));
        view.period.setValue("2017-09");
        // the segments table names the small branch's region
        int row = view.current.segments().indexOf(view.current.segments().stream()
                .filter(s -> s.dimension().equals("BRANCH") && s.label().equals("HN01")).findFirst().orElseThrow());
        assertThat(GridKt._getFormatted(view.segments, row, "enps"))
                .isEqualTo(en("survey.suppressed.tooFew", 5) + " " + en("survey.results.segmentRegion", "Miền Bắc"));
        view.branch.setValue(view.branch.getListDataView().getItems().filter(b -> b.code().equals("HN01")).findFirst().orElseThrow());
        assertThat(view.current.shown()).isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withId("results-region-offer")).getText())
                .isEqualTo(en("survey.results.regionOffer", "HN01", "Miền Bắc", 5));
        com.github.mvysny.kaributesting.v10.ButtonKt._click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("results-show-region")));
        assertThat(view.current.shown()).isTrue();
        assertThat(view.current.enps().n()).isEqualTo(23);
        assertThat(_get(Paragraph.class, spec -> spec.withId("results-region-shown")).getText())
                .isEqualTo(en("survey.results.regionShown", "Miền Bắc", "HN01"));
    }

    @Test
    void aManagerEditsAndDeletesTheirBranchPlanOnTheResultsScreen() {
        PulseResultsView view = open(SignIn.MANAGER);
        RoundListItem r = view.round.getValue();
        org.advocacy.survey.ActionPlanService plans = context.getBean(org.advocacy.survey.ActionPlanService.class);
        long hn01 = view.branch.getListDataView().getItems().filter(b -> b.code().equals("HN01")).findFirst().orElseThrow().id();
        String driver = view.program.getValue().drivers().getFirst().code();
        long id = plans.create(new org.advocacy.survey.ActionPlanData(r.id(), hn01, java.util.List.of(driver), java.util.List.of(
                new org.advocacy.survey.ActionPlanData.ActionData("Họp nhóm", "Lê Minh", java.time.LocalDate.of(2027, 1, 10)))));
        view.refresh();
        // company plans are HR's: no edit button for the manager
        assertThat(plans.plansOfRound(r.id())).filteredOn(p -> p.branchCode() == null).allSatisfy(p -> assertThat(
                com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.button.Button.class,
                        spec -> spec.withId("plan-edit-" + p.id()))).isEmpty());
        com.github.mvysny.kaributesting.v10.ButtonKt._click(
                _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("plan-edit-" + id)));
        var text = _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("plan-action-0"));
        assertThat(text.getValue()).isEqualTo("Họp nhóm");
        text.setValue("Họp nhóm mỗi sáng thứ Hai");
        com.github.mvysny.kaributesting.v10.ButtonKt._click(
                _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("plan-save")));
        assertThat(plans.plansOfRound(r.id())).filteredOn(p -> p.id() == id).singleElement()
                .satisfies(p -> assertThat(p.actions()).extracting(a -> a.text()).containsExactly("Họp nhóm mỗi sáng thứ Hai"));
        com.github.mvysny.kaributesting.v10.ButtonKt._click(
                _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("plan-delete-" + id)));
        com.github.mvysny.kaributesting.v10.ButtonKt._click(
                _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("plan-delete-confirm")));
        assertThat(plans.plansOfRound(r.id())).extracting(p -> p.id()).doesNotContain(id);
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("plan-edit-" + id));
    }

    @Test
    void itOpensOnTheMostRecentClosedRoundOfTheMostFrequentProgram() {
        PulseResultsView view = open(SignIn.HR);
        org.advocacy.survey.PulseProgramService pulsePrograms = context.getBean(
                org.advocacy.survey.PulseProgramService.class);
        java.util.List<org.advocacy.survey.Program> withClosed = pulsePrograms.programsForResults().stream()
                .filter(p -> pulsePrograms.rounds(p.id(), 0, 50).stream().anyMatch(r -> !r.open())).toList();
        int fastest = withClosed.stream().mapToInt(p -> p.cadence().ordinal()).min().orElseThrow();
        assertThat(view.program.getValue().cadence().ordinal()).isEqualTo(fastest);
        java.time.LocalDate newestClosed = pulsePrograms.rounds(view.program.getValue().id(), 0, 50).stream()
                .filter(r -> !r.open()).map(RoundListItem::closeDate).max(java.util.Comparator.naturalOrder()).orElseThrow();
        assertThat(view.round.getValue().open()).isFalse();
        assertThat(view.round.getValue().closeDate()).isEqualTo(newestClosed);
    }

    @Test
    void theFigureIsSaidInWordsFirstWithTheStatisticsAfter() {
        PulseResultsView view = open(SignIn.HR);
        org.advocacy.survey.Enps e = view.current.enps();
        String headline = _get(Paragraph.class, spec -> spec.withId("results-headline")).getText();
        String words = en("words.headline", "eNPS", org.advocacy.kernel.ui.Formats.signed(e.score()),
                en("words.answers", e.n()), "");
        assertThat(headline).startsWith(words).contains(" answers): ");
        // the demo's company program has earlier rounds: the change clause follows the overlap rule
        java.util.List<org.advocacy.survey.TrendPoint> points = context.getBean(org.advocacy.survey.PulseResultsService.class)
                .trend(view.program.getValue().id(), null);
        org.advocacy.survey.Enps previous = PulseUi.previousShown(points, view.round.getValue().id());
        assertThat(previous).isNotNull();
        String change = e.clearlyDifferentFrom(previous)
                ? en(e.score() > previous.score() ? "words.change.round.up" : "words.change.round.down")
                : en("words.change.round.none");
        assertThat(headline).endsWith("; " + change);
        assertThat(_get(Span.class, spec -> spec.withId("results-detail")).getText())
                .isEqualTo(en("words.detail", e.n(), Math.round(e.margin()), org.advocacy.kernel.ui.Formats.signed(e.low()),
                        org.advocacy.kernel.ui.Formats.signed(e.high())));
    }

    @Test
    void driverDistributionsAreStackedBarsAndTheHeatmapNamesBranchesInOrderWithAnEnpsColumnAndALegend() {
        PulseResultsView view = open(SignIn.HR);
        var first = view.current.drivers().getFirst();
        var driverRow = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("results-driver-" + first.code()));
        var bar = driverRow.getChildren().filter(c -> c.getElement().getClassList().contains("dist-bar")).findFirst().orElseThrow();
        String title = bar.getElement().getAttribute("title");
        for (int i = 0; i < 5; i++) {
            assertThat(title).contains((i + 1) + ": " + first.distribution()[i]);
        }
        // one part per answer that was given, each as wide as its count
        assertThat(bar.getChildren().count()).isEqualTo(java.util.Arrays.stream(first.distribution()).filter(v -> v > 0).count());
        assertThat(bar.getChildren().findFirst().orElseThrow().getElement().getStyle().get("flex-grow"))
                .isEqualTo(Integer.toString(java.util.Arrays.stream(first.distribution()).filter(v -> v > 0).findFirst().orElseThrow()));
        _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("results-distribution-legend"));

        var table = _get(com.vaadin.flow.component.html.NativeTable.class, spec -> spec.withId("results-heatmap"));
        var head = table.getHead().getRow(0).orElseThrow().getHeaderCells();
        assertThat(head.get(0).getText()).isEqualTo(en("survey.results.branch"));
        assertThat(head.get(1).getText()).isEqualTo("eNPS");
        // translated short driver names, the statement on hover, no raw codes
        assertThat(head.subList(2, head.size())).allSatisfy(h -> {
            assertThat(h.getText()).doesNotStartWith("!").isNotEqualTo(h.getText().toLowerCase(java.util.Locale.ROOT));
            assertThat(h.getElement().getAttribute("title")).endsWith(".");
        });
        // rows: branch names, highest eNPS first
        java.util.List<Double> scores = new java.util.ArrayList<>();
        for (var row : table.getBody().getRows()) {
            String enps = row.getDataCell(0).orElseThrow().getText();
            if (!enps.equals("–")) {
                scores.add(Double.parseDouble(enps.replace("−", "-").replace("+", "")));
            }
        }
        assertThat(scores).hasSizeGreaterThan(5).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        String names = table.getBody().getElement().getTextRecursively();
        org.advocacy.org.OrgService org = context.getBean(org.advocacy.org.OrgService.class);
        assertThat(names).contains(org.branchByCode("HN01").orElseThrow().name());
        String legend = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("results-heatmap-legend"))
                .getElement().getTextRecursively();
        assertThat(legend).contains(en("survey.results.legendBelow", "2.5")).contains(en("survey.results.legendFrom", "+40"))
                .contains(en("survey.results.suppressed"));
    }

    @Test
    void inVietnameseTheWordsDatesAndPeriodsAreVietnamese() {
        login(SignIn.HR);
        UI.getCurrent().setLocale(org.advocacy.kernel.i18n.Translations.VIETNAMESE);
        UI.getCurrent().navigate(PulseResultsView.class);
        PulseResultsView view = _get(PulseResultsView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("results-headline")).getText()).startsWith("eNPS ")
                .contains(" câu trả lời): ");
        assertThat(view.period.getItemLabelGenerator().apply("2026-11")).isEqualTo("thg 11 2026");
        assertThat(view.round.getItemLabelGenerator().apply(view.round.getValue())).contains(" thg ");
        var head = _get(com.vaadin.flow.component.html.NativeTable.class, spec -> spec.withId("results-heatmap"))
                .getHead().getRow(0).orElseThrow().getHeaderCells();
        assertThat(head.get(0).getText()).isEqualTo("Chi nhánh");
    }
}
