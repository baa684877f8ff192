package org.advocacy.org.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.advocacy.shell.HomeView;
import org.advocacy.test.KaribuTest;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.Test;

/** The org screens appear in the menu and on the home page for the roles that may open them, and only those. */
class OrgNavigationTest extends KaribuTest {

    @Test
    void hrGetsThePeopleScreensInOrder() {
        login(SignIn.HR);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_find(SideNavItem.class, spec -> { }).stream().map(SideNavItem::getPath).toList())
                .containsSubsequence("employees", "employees/import", "departments").doesNotContain("admin/branches");
        assertThat(_get(Div.class, spec -> spec.withId("home-links")).getElement().getTextRecursively())
                .contains(en("nav.employees"), en("nav.employees.about"), en("nav.employeeImport.about"),
                        en("nav.departments.about"));
    }

    @Test
    void adminGetsBranchesButNotPeople() {
        login(SignIn.ADMIN);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_find(SideNavItem.class, spec -> { }).stream().map(SideNavItem::getPath).toList())
                .contains("admin/branches").doesNotContain("employees", "departments");
        assertThat(_get(Div.class, spec -> spec.withId("home-links")).getElement().getTextRecursively())
                .contains(en("nav.branches"), en("nav.branches.about"));
    }
}
