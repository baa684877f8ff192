package org.advocacy.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.UUID;
import org.advocacy.feedback.FeedbackData;
import org.advocacy.feedback.FeedbackOrigin;
import org.advocacy.feedback.FeedbackService;
import org.advocacy.feedback.FollowUpItem;
import org.advocacy.feedback.FollowUpService;
import org.advocacy.security.CurrentUser;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The home of each role at 1280 px and 390 px in English and Vietnamese, and the manager's phone: approve a praise
 * and work a follow-up case at 390 px. Screenshots: target/screenshots/homes-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HomesJourneyIT {

    static final int PHONE = 390;

    @LocalServerPort
    int port;
    @Autowired
    FeedbackService feedback;
    @Autowired
    FollowUpService followUps;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    SignIn signIn;

    private Browser browser;

    @BeforeAll
    void start() {
        browser = new Browser(port);
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    /** Picks the language in the user menu (remembered for the account), as a person would. */
    private static void language(Page page, String lang) {
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("#menu-language").click();
        // the switch reloads the page: wait for the new one, not the old one that already says "My work"
        page.waitForNavigation(() -> page.locator("#language-" + lang).click());
        assertThat(page.locator("#main-nav")).containsText(lang.equals("vi") ? "Việc của tôi" : "My work");
    }

    /** Whether the element lies inside the phone's width (nothing off-screen to the right). */
    private static void onScreen(Locator element, int width) {
        BoundingBox box = element.boundingBox();
        org.assertj.core.api.Assertions.assertThat(box.x).isGreaterThanOrEqualTo(0);
        org.assertj.core.api.Assertions.assertThat(box.x + box.width).isLessThanOrEqualTo(width);
    }

    /** The grid's columns fit its width: no scrolling sideways inside the table. */
    static void gridFitsItsWidth(Page page, String grid) {
        page.waitForTimeout(300);
        Number over = (Number) page.evaluate("g => { const t = document.querySelector(g).$.table;"
                + " return t.scrollWidth - t.clientWidth; }", grid);
        org.assertj.core.api.Assertions.assertThat(over.intValue()).as(grid + " scrolls sideways").isLessThanOrEqualTo(1);
    }

    private void home(String email, String role, String mustShow) {
        Page page = browser.signIn(browser.desktop(), email);
        for (String lang : new String[] {"en", "vi"}) {
            language(page, lang);
            assertThat(page.locator(mustShow)).isVisible();
            page.setViewportSize(1280, 860);
            Browser.screenshot(page, "homes-" + role + "-home-" + lang + "-1280");
            page.setViewportSize(PHONE, 844);
            page.reload();
            assertThat(page.locator(mustShow)).isVisible();
            Browser.screenshot(page, "homes-" + role + "-home-" + lang + "-390");
            page.setViewportSize(1280, 860);
        }
        language(page, "en");
        page.context().close();
    }

    @Test
    @Order(1)
    void employeeHome() {
        home(SignIn.EMPLOYEE, "employee", "#home-pulse");
    }

    @Test
    @Order(2)
    void managerHome() {
        home(SignIn.MANAGER, "manager", "#home-waiting");
    }

    @Test
    @Order(3)
    void hrHome() {
        home(SignIn.HR, "hr", "#home-rounds");
    }

    @Test
    @Order(4)
    void leaderHome() {
        home(SignIn.LEADER, "leader", "#home-advocacy");
    }

    @Test
    @Order(5)
    void phoneNavigationOpensOnTheCurrentGroup() {
        Page page = browser.signIn(browser.open(PHONE, 844, "en-US"), SignIn.HR);
        page.navigate(browser.url("employees"));
        assertThat(page.locator("#employee-grid")).isVisible();
        page.locator("vaadin-drawer-toggle").click();
        // the group of the current screen is open, the others are folded
        assertThat(page.locator("#nav-people vaadin-side-nav-item[path='departments']")).isVisible();
        assertThat(page.locator("#nav-surveys vaadin-side-nav-item[path='pulse/results']")).isHidden();
        Browser.screenshot(page, "homes-hr-navigation-en-390");
        page.context().close();
    }

    private long lan() {
        signIn.as(SignIn.EMPLOYEE);
        try {
            return currentUser.require().employeeId();
        } finally {
            signIn.out();
        }
    }

    @Test
    @Order(6)
    void managerApprovesAPraiseOnAPhone() {
        String text = "Chị Lan làm rất nhẹ nhàng, lần sau em sẽ quay lại " + UUID.randomUUID().toString().substring(0, 8);
        long id = feedback.submitPublic(FeedbackData.ofForm("HN01", 10, null, null, "treatment",
                feedback.staffToken("HN01", lan()), text, null, null, null, null, false, UUID.randomUUID().toString(), ""),
                FeedbackOrigin.web("10.61.0.1")).id();
        Page page = browser.signIn(browser.open(PHONE, 844, "en-US"), SignIn.MANAGER);
        page.locator("#home-praise-pending").click();
        page.waitForURL("**/feedback/moderation");
        Locator card = page.locator("#praise-card-" + id);
        card.scrollIntoViewIfNeeded();
        assertThat(card).isVisible();
        assertThat(card).containsText("Trần Thị Lan");
        Locator approve = page.locator("#card-approve-" + id);
        onScreen(approve, PHONE);
        onScreen(page.locator("#card-hide-" + id), PHONE);
        org.assertj.core.api.Assertions.assertThat(approve.boundingBox().height).isGreaterThanOrEqualTo(44);
        Browser.screenshot(page, "homes-manager-moderation-en-390");
        language(page, "vi");
        assertThat(page.locator("#praise-card-" + id)).isVisible();
        Browser.screenshot(page, "homes-manager-moderation-vi-390");
        page.locator("#card-approve-" + id).click();
        assertThat(page.locator("#praise-card-" + id)).hasCount(0);
        language(page, "en");
        page.context().close();
    }

    @Test
    @Order(7)
    void managerWorksAFollowUpCaseOnAPhone() {
        String comment = "Phải chờ gần 40 phút, phòng lại hơi lạnh " + UUID.randomUUID().toString().substring(0, 8);
        long fid = feedback.submitPublic(FeedbackData.ofForm("HN01", 3, 2, 4, "reception",
                feedback.staffToken("HN01", lan()), null, comment, "Chị Hoa", "0912 345 678", "hoa@example.com", true,
                UUID.randomUUID().toString(), ""), FeedbackOrigin.web("10.61.0.2")).id();
        signIn.as(SignIn.MANAGER);
        long caseId;
        try {
            caseId = followUps.list(false, 0, 500).stream().filter(c -> c.feedbackId() == fid).findFirst()
                    .map(FollowUpItem::id).orElseThrow();
        } finally {
            signIn.out();
        }
        Page page = browser.signIn(browser.open(PHONE, 844, "en-US"), SignIn.MANAGER);
        page.navigate(browser.url("feedback/follow-ups"));
        Locator card = page.locator("#follow-up-card-" + caseId);
        assertThat(card).isVisible();
        assertThat(card).containsText("Due in 2 days");
        Browser.screenshot(page, "homes-manager-follow-ups-en-390");
        card.click();
        assertThat(page.locator("#follow-up-tel")).hasAttribute("href", "tel:0912345678");
        assertThat(page.locator("#follow-up-mailto")).hasAttribute("href", "mailto:hoa@example.com");
        assertThat(page.locator("#follow-up-comment")).containsText(comment);
        assertThat(page.locator("#follow-up-person")).containsText("Trần Thị Lan");
        page.waitForTimeout(600); // the dialog's opening animation
        Browser.screenshot(page, "homes-manager-follow-up-case-en-390");
        page.locator("#follow-up-note").locator("textarea").fill("Đã gọi chị Hoa, xin lỗi và tặng phiếu trị liệu.");
        Locator contacted = page.locator("#follow-up-contacted");
        contacted.scrollIntoViewIfNeeded();
        onScreen(contacted, PHONE);
        contacted.click();
        assertThat(page.locator("#follow-up-dialog")).hasCount(0);
        assertThat(page.locator("#follow-up-card-" + caseId)).containsText("Contacted");

        language(page, "vi");
        page.locator("#follow-up-card-" + caseId).click();
        assertThat(page.locator("#follow-up-next-step")).containsText("Bước tiếp theo");
        page.waitForTimeout(600);
        Browser.screenshot(page, "homes-manager-follow-up-case-vi-390");
        page.keyboard().press("Escape");
        page.setViewportSize(1280, 860);
        page.reload();
        assertThat(page.locator("#follow-up-grid")).isVisible();
        gridFitsItsWidth(page, "#follow-up-grid");
        Browser.screenshot(page, "homes-manager-follow-ups-vi-1280");
        page.setViewportSize(1600, 860);
        page.reload();
        // with room for it, the six columns of the table (the status in its own column)
        assertThat(page.locator("#follow-up-grid vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText("Trạng thái")).first()).isVisible();
        assertThat(page.locator("#follow-up-grid .follow-up-who")).hasCount(0);
        gridFitsItsWidth(page, "#follow-up-grid");
        Browser.screenshot(page, "homes-manager-follow-ups-vi-1600");
        // a tablet or a small laptop beside the open menu: three columns that fit, nothing sideways
        for (int width : new int[] {900, 760}) {
            page.setViewportSize(width, 860);
            page.reload();
            assertThat(page.locator("#follow-up-grid .follow-up-who").first()).isVisible();
            gridFitsItsWidth(page, "#follow-up-grid");
            Browser.screenshot(page, "homes-manager-follow-ups-vi-" + width);
        }
        page.setViewportSize(1280, 860);
        page.navigate(browser.url("notifications"));
        assertThat(page.locator("#notification-grid")).isVisible();
        Browser.screenshot(page, "homes-manager-notifications-vi-1280");
        page.setViewportSize(PHONE, 844);
        page.reload();
        assertThat(page.locator("#notification-grid")).isVisible();
        Browser.screenshot(page, "homes-manager-notifications-vi-390");
        language(page, "en");
        page.context().close();
    }

    @Test
    @Order(8)
    void adminSeesSignInsApartFromChanges() {
        Page page = browser.signIn(browser.desktop(), SignIn.ADMIN);
        page.navigate(browser.url("admin/audit"));
        assertThat(page.locator("#audit-grid")).isVisible();
        page.locator("#audit-tab-sign-ins").click();
        assertThat(page.locator("#audit-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Đỗ Quốc Bảo")).first()).isVisible();
        Browser.screenshot(page, "homes-admin-audit-sign-ins-en-1280");
        page.context().close();
    }
}
