package org.advocacy.base;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.advocacy.base.ui.HomeView;
import org.advocacy.test.KaribuTest;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.Test;

class HomeViewTest extends KaribuTest {

    @Test
    void employeeSeesOwnProfileAndNoBranchCard() {
        login(SignIn.EMPLOYEE);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_get(H2.class, spec -> spec.withId("home-hello")).getText()).isEqualTo(en("home.hello", "Trần Thị Lan"));
        assertThat(_find(Div.class, spec -> spec.withId("home-profile"))).hasSize(1);
        assertThat(_find(Div.class, spec -> spec.withId("home-branches"))).isEmpty();
    }

    @Test
    void managerSeesOnlyTheirBranch() {
        login(SignIn.MANAGER);
        UI.getCurrent().navigate(HomeView.class);
        Div branches = _get(Div.class, spec -> spec.withId("home-branches"));
        String text = branches.getElement().getTextRecursively();
        assertThat(text).contains("HN01").doesNotContain("HN02").doesNotContain("SG01");
    }

    @Test
    void navigationListsOnlyPermittedScreens() {
        login(SignIn.EMPLOYEE);
        UI.getCurrent().navigate(HomeView.class);
        SideNav nav = _get(SideNav.class, spec -> spec.withId("main-nav"));
        // every feature may add screens for employees; none of the managers', HR's or admins' screens appear
        assertThat(nav.getItems()).extracting(SideNavItem::getPath)
                .contains("", "my-pulse", "recognition", "recognition/profile", "recognition/leaderboard", "notifications",
                        "feedback/my-praise")
                .doesNotContain("employees", "employees/import", "departments", "admin/branches", "admin/users",
                        "admin/api-tokens", "admin/audit", "pulse/results", "pulse/programs", "recognition/gaps",
                        "feedback/moderation", "feedback/follow-ups", "feedback/metrics", "feedback/kiosks",
                        "feedback/import", "feedback/praise", "feedback/touchpoints");
    }

    @Test
    void employeesSeeRecentCompanyRecognition() {
        login(SignIn.EMPLOYEE);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("home-recognition")).getElement()
                .getTextRecursively()).contains(en("home.recentRecognition"));
    }
}
