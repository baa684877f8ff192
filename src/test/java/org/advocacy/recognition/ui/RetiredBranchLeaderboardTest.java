package org.advocacy.recognition.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.advocacy.org.Branch;
import org.advocacy.org.BranchData;
import org.advocacy.org.OrgService;
import org.advocacy.recognition.BranchRank;
import org.advocacy.test.KaribuTest;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The leaderboard keeps a retired branch's month, marked retired (issue 9). */
class RetiredBranchLeaderboardTest extends KaribuTest {

    @Autowired
    OrgService orgService;

    private void setActive(Branch b, boolean active) {
        signIn.as(SignIn.ADMIN);
        try {
            orgService.updateBranch(b.id(), new BranchData(b.code(), b.name(), b.city(), b.region(), b.timeZone(), active));
        } finally {
            signIn.out();
        }
    }

    @Test
    void aRetiredBranchStaysOnLastMonthsLeaderboardMarkedRetired() {
        signIn.as(SignIn.ADMIN);
        Branch ct01 = orgService.branchByCode("CT01").orElseThrow();
        signIn.out();
        setActive(ct01, false);
        try {
            login(SignIn.HR);
            UI.getCurrent().navigate(LeaderboardView.class);
            @SuppressWarnings("unchecked")
            Grid<BranchRank> branches = _get(Grid.class, spec -> spec.withId("leaderboard-branches"));
            int row = -1;
            for (int i = 0; i < GridKt._size(branches); i++) {
                if (GridKt._get(branches, i).code().equals("CT01")) {
                    row = i;
                }
            }
            assertThat(row).as("CT01 had recognition last month").isNotNegative();
            assertThat(GridKt._getFormattedRow(branches, row)).anySatisfy(cell ->
                    assertThat(cell).endsWith(" · " + en("branch.retired")));
            assertThat(GridKt._get(branches, row).recognitions()).isPositive();
        } finally {
            setActive(ct01, true);
        }
    }
}
