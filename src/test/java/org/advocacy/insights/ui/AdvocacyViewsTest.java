package org.advocacy.insights.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.advocacy.shell.HomeView;
import org.advocacy.kernel.chart.EChart;
import org.advocacy.insights.BranchFigures;
import org.advocacy.test.KaribuTest;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.Test;

/** The advocacy map's states (no data, few branches, full), the leader's home, the branch page, HR's rebuild. */
class AdvocacyViewsTest extends KaribuTest {

    @Test
    void fullMapNamesHp01AndOffersEveryFigure() {
        login(SignIn.LEADER);
        UI.getCurrent().navigate(AdvocacyMapView.class);
        String sentence = _get(Paragraph.class, s -> s.withId("advocacy-sentence")).getText();
        // N = the branches whose staff and customer figures are both released for the period (a release may hide a
        // branch-month by complementary suppression: that branch is then left out with its reason)
        java.util.regex.Matcher across = java.util.regex.Pattern.compile("^Across (\\d+) branches").matcher(sentence);
        assertThat(across.find()).as(sentence).isTrue();
        int n = Integer.parseInt(across.group(1));
        assertThat(n).isBetween(5, org.advocacy.demo.DemoOrganisation.BRANCHES.size());
        assertThat(sentence).contains("not causation");
        assertThat(_get(Paragraph.class, s -> s.withId("advocacy-figures")).getText()).contains("Pearson r =")
                .contains("Spearman ρ =").contains("N = " + n + " branches");
        assertThat(_get(Div.class, s -> s.withId("advocacy-exceptions")).getElement().getTextRecursively())
                .contains("HP01: staff eNPS").contains("well below");
        EChart chart = _get(EChart.class, s -> s.withId("advocacy-chart"));
        String option = chart.getElement().getProperty("option");
        assertThat(option).contains("\"symbol\":\"diamond\"").contains("\"branch\":\"HP01\"").contains("saveAsImage")
                .contains("markLine").contains(en("insights.quadrant.highLow"));
        @SuppressWarnings("unchecked")
        Grid<BranchFigures> grid = _get(Grid.class, s -> s.withId("advocacy-table"));
        // other tests may add branches without data: they are listed as left out
        assertThat(grid.getGenericDataView().getItems().map(BranchFigures::code).toList())
                .containsAll(org.advocacy.demo.DemoOrganisation.BRANCHES.stream().map(org.advocacy.demo.DemoBranch::code).toList());
        assertThat(_find(Div.class, s -> s.withId("advocacy-lag"))).hasSize(1);
        assertThat(_get(Paragraph.class, s -> s.withId("advocacy-lag-sentence")).getText())
                .contains("hypothesis").contains("1 month");
        assertThat(_get(Div.class, s -> s.withId("advocacy-recognition")).getElement().getTextRecursively())
                .contains("per head");
        assertThat(_find(Button.class, s -> s.withId("advocacy-rebuild"))).as("leaders do not rebuild").isEmpty();
        assertThat(_get(Div.class, s -> s.withId("advocacy-status")).getElement().getTextRecursively())
                .contains("Figures updated").doesNotContain("never");
    }

    @Test
    void aRegionOfFourBranchesIsNotEnough() {
        login(SignIn.LEADER);
        UI.getCurrent().navigate(AdvocacyMapView.class);
        @SuppressWarnings("unchecked")
        Select<String> region = _get(Select.class, s -> s.withId("advocacy-region"));
        _setValue(region, "Miền Bắc");
        assertThat(_get(Paragraph.class, s -> s.withId("advocacy-sentence")).getText())
                .isEqualTo(en("insights.relationship.notEnough", 5, 4));
        assertThat(_find(Paragraph.class, s -> s.withId("advocacy-figures"))).isEmpty();
        assertThat(_get(EChart.class, s -> s.withId("advocacy-chart")).getElement().getProperty("option"))
                .doesNotContain("markLine");
    }

    @Test
    void aPeriodWithoutDataSaysSo() {
        login(SignIn.HR);
        UI.getCurrent().navigate("insights", com.vaadin.flow.router.QueryParameters.of("period", "2035-Q1"));
        assertThat(_get(Paragraph.class, s -> s.withId("advocacy-no-data")).getText()).isEqualTo(en("insights.noData"));
        assertThat(_find(EChart.class, s -> s.withId("advocacy-chart"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("advocacy-rebuild"))).as("HR may rebuild").hasSize(1);
    }

    @Test
    void hrRecomputesTheRollups() {
        login(SignIn.HR);
        UI.getCurrent().navigate(AdvocacyMapView.class);
        String before = _get(Paragraph.class, s -> s.withId("advocacy-sentence")).getText();
        _get(Button.class, s -> s.withId("advocacy-rebuild")).click();
        // recomputed from the raw rows, the same figures come back
        assertThat(_get(Paragraph.class, s -> s.withId("advocacy-sentence")).getText()).startsWith("Across ")
                .isEqualTo(before);
    }

    @Test
    void theLeadersHomeOpensOnTheMap() {
        login(SignIn.LEADER);
        UI.getCurrent().navigate(HomeView.class);
        Div home = _get(Div.class, s -> s.withId("home-advocacy"));
        assertThat(home.getElement().getTextRecursively()).contains("HP01").contains("not causation");
        login(SignIn.EMPLOYEE);
        restartUi();
        login(SignIn.EMPLOYEE);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_find(Div.class, s -> s.withId("home-advocacy"))).isEmpty();
    }

    @Test
    void theBranchPageShowsEighteenMonths() {
        login(SignIn.HR);
        UI.getCurrent().navigate("insights/branch/HP01");
        assertThat(_get(H2.class, s -> s.withId("branch-advocacy-title")).getText()).startsWith("HP01");
        @SuppressWarnings("unchecked")
        Grid<Object> months = _get(Grid.class, s -> s.withId("branch-advocacy-months"));
        assertThat(months.getGenericDataView().getItems().count()).isEqualTo(18);
        assertThat(_get(EChart.class, s -> s.withId("branch-advocacy-chart")).getElement().getProperty("option"))
                .contains("saveAsImage");
        assertThat(_get(Div.class, s -> s.withId("branch-advocacy-figures")).getElement().getTextRecursively())
                .contains(en("insights.branch.followUps"));
    }

    /** A leader (not only HR) sees drivers, open cases, action plans and praise, as on HR's page. */
    @Test
    void aLeaderSeesDriversCasesPlansAndPraiseOfTheBranch() {
        String code = branchWithOpenCase();
        login(SignIn.LEADER);
        UI.getCurrent().navigate("insights/branch/" + code);
        String drivers = _get(Div.class, s -> s.withId("branch-advocacy-drivers")).getElement().getTextRecursively();
        assertThat(drivers).contains(en("insights.branch.strongest")).contains(en("insights.branch.weakest"))
                .doesNotContain(en("insights.branch.noDrivers"));
        String cases = _get(Div.class, s -> s.withId("branch-advocacy-followups")).getElement().getTextRecursively();
        assertThat(cases).contains("NPS ").doesNotContain(en("insights.branch.noFollowUps")).doesNotContain("@");
        String leaderPlans = text("branch-advocacy-plans");
        String leaderPraise = text("branch-advocacy-praise");
        String leaderFigures = text("branch-advocacy-figures");
        restartUi();
        login(SignIn.HR);
        UI.getCurrent().navigate("insights/branch/" + code);
        assertThat(leaderPlans).isEqualTo(text("branch-advocacy-plans"));
        assertThat(leaderPraise).isEqualTo(text("branch-advocacy-praise"));
        assertThat(leaderFigures).isEqualTo(text("branch-advocacy-figures"));
    }

    /** A demo branch with an open follow-up case (HR's list). */
    private String branchWithOpenCase() {
        login(SignIn.HR);
        String code = followUps.list(false, 0, 500).stream().filter(org.advocacy.feedback.FollowUpItem::open)
                .map(org.advocacy.feedback.FollowUpItem::branchCode)
                .filter(c -> org.advocacy.demo.DemoOrganisation.BRANCHES.stream().anyMatch(b -> b.code().equals(c)))
                .findFirst().orElseThrow();
        restartUi();
        return code;
    }

    private static String text(String id) {
        return _get(Div.class, s -> s.withId(id)).getElement().getTextRecursively();
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.advocacy.feedback.FollowUpService followUps;
}
