package org.advocacy.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.advocacy.shell.HomeView;
import org.advocacy.org.OrgService;
import org.advocacy.recognition.FeedItem;
import org.advocacy.recognition.RecognitionData;
import org.advocacy.recognition.RecognitionService;
import org.advocacy.recognition.Visibility;
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
        // every feature may add screens for employees; none of the managers', HR's or admins' screens appear
        assertThat(_find(SideNavItem.class, spec -> { }).stream().map(SideNavItem::getPath).toList())
                .contains("", "my-pulse", "recognition", "recognition/profile", "recognition/leaderboard", "notifications",
                        "feedback/my-praise")
                .doesNotContain("employees", "employees/import", "departments", "admin/branches", "admin/users",
                        "admin/api-tokens", "admin/audit", "admin/public-address", "pulse/results", "pulse/programs", "recognition/gaps",
                        "feedback/moderation", "feedback/follow-ups", "feedback/metrics", "feedback/kiosks",
                        "feedback/import", "feedback/praise", "feedback/touchpoints");
    }

    @org.springframework.beans.factory.annotation.Autowired
    RecognitionService recognition;
    @org.springframework.beans.factory.annotation.Autowired
    org.advocacy.recognition.CompanyValueService companyValues;
    @org.springframework.beans.factory.annotation.Autowired
    OrgService org;

    @Test
    void employeesSeeRecentCompanyRecognition() {
        // a fresh company-wide recognition: Minh (manager of HN01) thanks Lan
        signIn.as(SignIn.EMPLOYEE);
        long lan = org.ownProfile().orElseThrow().id();
        signIn.as(SignIn.MANAGER);
        long value = companyValues.values(true).get(0).id();
        String message = "Cảm ơn em đã đón khách chu đáo " + UUID.randomUUID();
        recognition.recognise(new RecognitionData(Set.of(lan), Set.of(value), message, Visibility.COMPANY));
        signIn.as(SignIn.EMPLOYEE);
        List<FeedItem> latest = recognition.feed(null, 0, 3);
        signIn.out();
        assertThat(latest).as("the company feed holds the new entry").extracting(FeedItem::message).contains(message);

        login(SignIn.EMPLOYEE);
        UI.getCurrent().navigate(HomeView.class);
        Div card = _get(Div.class, spec -> spec.withId("home-recognition"));
        List<Div> items = _find(card, Div.class, spec -> spec.withClasses("home-recognition-item"));
        assertThat(items).as("the three latest entries of the company feed, newest first").hasSameSizeAs(latest);
        for (int i = 0; i < latest.size(); i++) {
            FeedItem expected = latest.get(i);
            String shown = items.get(i).getElement().getTextRecursively();
            assertThat(shown).contains(expected.message());
            if (!expected.praise()) {
                assertThat(shown).contains(expected.giverName());
            }
            expected.recipients().forEach(r -> assertThat(shown).contains(r.fullName()));
        }
        assertThat(card.getElement().getTextRecursively()).contains(message, "Lê Quang Minh", "Trần Thị Lan")
                .doesNotContain(en("recognition.feed.empty"));
    }

    // --- homes: what needs each role now, and the grouped navigation ---

    @org.springframework.beans.factory.annotation.Autowired
    org.advocacy.feedback.PraiseService praise;
    @org.springframework.beans.factory.annotation.Autowired
    org.advocacy.feedback.FollowUpService followUps;

    private static String text(String id) {
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private static boolean present(String id) {
        return !_find(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).isEmpty();
    }

    private static java.util.List<String> navPaths(String groupId) {
        return _get(SideNav.class, spec -> spec.withId(groupId)).getItems().stream().map(SideNavItem::getPath).toList();
    }

    @Test
    void employeeStartsWithTheirPulseAndNewPraise() {
        login(SignIn.EMPLOYEE);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(text("home-pulse")).contains(en("home.pulse.title"));
        // either a button to answer, "answered, thank you", or that nothing is open
        assertThat(present("home-pulse-answer") || text("home-pulse").contains(en("home.pulse.none"))
                || text("home-pulse").contains("thank you")).isTrue();
        assertThat(text("home-new-praise")).contains(en("home.praise.title"));
        assertThat(present("home-waiting")).isFalse();
        assertThat(present("home-rounds")).isFalse();
        assertThat(present("home-gaps")).isFalse();
        assertThat(navPaths("nav-my-work")).contains("my-pulse", "feedback/my-praise", "recognition", "notifications");
        assertThat(present("nav-my-branch")).isFalse();
        assertThat(present("nav-administration")).isFalse();
    }

    @Test
    void managerSeesWhatWaitsWithCountsThatLinkToTheScreens() {
        login(SignIn.MANAGER);
        UI.getCurrent().navigate(HomeView.class);
        int pending = praise.pendingCount();
        org.advocacy.feedback.FollowUpCounts counts = followUps.counts();
        assertThat(text("home-praise-pending")).startsWith(Integer.toString(pending));
        assertThat(text("home-follow-ups-overdue")).startsWith(Integer.toString(counts.overdue()));
        assertThat(text("home-follow-ups-due")).startsWith(Integer.toString(counts.dueSoon()));
        if (pending > 0) {
            assertThat(_get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withId("home-praise-pending")).getHref())
                    .isEqualTo("feedback/moderation");
        }
        if (counts.overdue() > 0) {
            assertThat(_get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withId("home-follow-ups-overdue"))
                    .getHref()).isEqualTo("feedback/follow-ups?show=overdue");
        }
        assertThat(text("home-customer-nps")).contains("HN01").doesNotContain("SG01");
        assertThat(text("home-enps")).contains(en("home.enps.title"));
        assertThat(text("home-gaps")).contains(en("home.gaps.title"));
        assertThat(navPaths("nav-my-branch")).contains("feedback/moderation", "feedback/follow-ups", "recognition/gaps");
        assertThat(navPaths("nav-my-work")).contains("my-pulse");
        assertThat(present("nav-people")).isFalse();
    }

    @Test
    void hrSeesRunningRoundsWithParticipationAndLateCases() {
        login(SignIn.HR);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(text("home-rounds")).contains(en("home.rounds.title"));
        assertThat(text("home-follow-ups")).contains(en("home.followUps.title"));
        assertThat(present("home-waiting")).isFalse();
        // HR has no branch of their own: the branch screens they may open sit with their topic
        assertThat(present("nav-my-branch")).isFalse();
        assertThat(navPaths("nav-people")).containsSubsequence("employees", "employees/import", "departments")
                .contains("recognition/gaps");
        assertThat(navPaths("nav-customers")).contains("feedback/follow-ups", "feedback/metrics");
        assertThat(navPaths("nav-surveys")).contains("pulse/results", "pulse/programs");
    }

    @Test
    void leaderLandsOnTheAdvocacyMap() {
        login(SignIn.LEADER);
        UI.getCurrent().navigate(HomeView.class);
        HomeView home = _get(HomeView.class);
        com.vaadin.flow.component.Component map = _get(com.vaadin.flow.component.Component.class,
                spec -> spec.withId("home-advocacy"));
        int mapAt = home.indexOf(map);
        assertThat(mapAt).as("right under the greeting").isBetween(0, 3);
        home.getChildren().skip(mapAt + 1).forEach(c -> assertThat(c.getId().orElse("")).isNotEqualTo("home-profile"));
        assertThat(present("home-waiting")).isFalse();
    }

    @Test
    void adminsNavigationHasTheAdministrationGroupOnly() {
        login(SignIn.ADMIN);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(navPaths("nav-administration")).containsExactly("admin/branches", "admin/users", "admin/api-tokens",
                "admin/audit", "admin/public-address");
        assertThat(_get(SideNav.class, spec -> spec.withId("nav-administration")).getLabel())
                .isEqualTo(en("nav.group.administration"));
        assertThat(present("nav-surveys")).isFalse();
    }
}
