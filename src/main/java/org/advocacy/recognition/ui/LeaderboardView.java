package org.advocacy.recognition.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.advocacy.kernel.OrgTimeZone;
import org.advocacy.org.Branch;
import org.advocacy.org.OrgService;
import org.advocacy.recognition.BranchRank;
import org.advocacy.recognition.LeaderboardService;
import org.advocacy.recognition.PersonRank;

/**
 * Leaderboards of a month: branches by recognition and approved customer praise per head (small branches can win), and for a
 * branch's managers the people of that branch (those who opted out appear without their name).
 */
@Route("recognition/leaderboard")
@RolesAllowed({"EMPLOYEE", "MANAGER", "HR", "LEADER"})
@Menu(title = "nav.leaderboard", order = 43, icon = "vaadin:trophy")
public class LeaderboardView extends VerticalLayout implements HasDynamicTitle {

    private final LeaderboardService leaderboards;
    private final Select<YearMonth> period = new Select<>();
    private final Grid<BranchRank> branches = new Grid<>();
    private final Select<Branch> ownBranch = new Select<>();
    private final Grid<PersonRank> people = new Grid<>();

    LeaderboardView(LeaderboardService leaderboards, OrgService org, OrgTimeZone zone, Clock clock) {
        this.leaderboards = leaderboards;
        addClassName("leaderboard-view");
        YearMonth now = YearMonth.now(clock.withZone(zone.zone()));
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            months.add(now.minusMonths(i));
        }
        period.setId("leaderboard-period");
        period.setLabel(getTranslation("recognition.leaderboard.period"));
        period.setItems(months);
        period.setItemLabelGenerator(m -> RecognitionUi.month(m, getLocale()));
        period.setValue(now.minusMonths(1));
        period.addValueChangeListener(e -> refresh());
        add(new HorizontalLayout(period));

        NumberFormat rate = NumberFormat.getNumberInstance(getLocale());
        rate.setMinimumFractionDigits(2);
        rate.setMaximumFractionDigits(2);
        add(new H3(getTranslation("recognition.leaderboard.branches")),
                new Paragraph(getTranslation("recognition.leaderboard.branchesHelp")));
        branches.setId("leaderboard-branches");
        branches.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        branches.addColumn(BranchRank::rank).setHeader("#").setKey("rank").setAutoWidth(true).setFlexGrow(0);
        Set<String> retired = org.branches(false).stream().filter(b -> !b.active()).map(Branch::code)
                .collect(java.util.stream.Collectors.toSet());
        branches.addColumn(b -> b.code() + " · " + b.name()
                        + (retired.contains(b.code()) ? " · " + getTranslation("branch.retired") : ""))
                .setHeader(getTranslation("employee.branch")).setKey("branch")
                .setAutoWidth(true).setFlexGrow(1);
        branches.addColumn(BranchRank::headcount).setHeader(getTranslation("recognition.leaderboard.headcount"))
                .setKey("headcount").setAutoWidth(true);
        branches.addColumn(BranchRank::recognitions).setHeader(getTranslation("recognition.leaderboard.recognitions"))
                .setKey("recognitions").setAutoWidth(true);
        branches.addColumn(BranchRank::praise).setHeader(getTranslation("recognition.leaderboard.praise"))
                .setKey("praise").setAutoWidth(true);
        branches.addColumn(b -> rate.format(b.perHead())).setHeader(getTranslation("recognition.leaderboard.perHead"))
                .setKey("perHead").setAutoWidth(true);
        branches.setAllRowsVisible(true);
        add(branches);

        Set<Long> managed = leaderboards.managedBranchIds();
        if (!managed.isEmpty()) {
            List<Branch> mine = org.branches(true).stream().filter(b -> managed.contains(b.id())).toList();
            ownBranch.setId("leaderboard-branch");
            ownBranch.setLabel(getTranslation("employee.branch"));
            ownBranch.setItems(mine);
            ownBranch.setItemLabelGenerator(b -> b.code() + " · " + b.name());
            ownBranch.setValue(mine.isEmpty() ? null : mine.get(0));
            ownBranch.addValueChangeListener(e -> refresh());
            people.setId("leaderboard-people");
            people.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
            people.addColumn(PersonRank::rank).setHeader("#").setKey("rank").setAutoWidth(true).setFlexGrow(0);
            people.addColumn(p -> p.hidden() ? getTranslation("recognition.leaderboard.hidden") : p.fullName())
                    .setHeader(getTranslation("employee.fullName")).setKey("name").setAutoWidth(true).setFlexGrow(1);
            people.addColumn(PersonRank::praise).setHeader(getTranslation("recognition.leaderboard.praise"))
                    .setKey("praise").setAutoWidth(true);
            people.addColumn(PersonRank::recognitions).setHeader(getTranslation("recognition.leaderboard.recognitions"))
                    .setKey("recognitions").setAutoWidth(true);
            people.setAllRowsVisible(true);
            add(new H3(getTranslation("recognition.leaderboard.people")), ownBranch, people);
        }
        refresh();
    }

    private void refresh() {
        YearMonth month = period.getValue();
        branches.setItems(leaderboards.branchLeaderboard(month));
        if (ownBranch.getValue() != null) {
            people.setItems(leaderboards.peopleLeaderboard(ownBranch.getValue().id(), month));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.leaderboard");
    }
}
