package org.advocacy.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Each role's main flow in a real headless Chromium, at desktop and phone width, with screenshots. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RoleJourneysIT {

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeAll
    void start() {
        browser = new Browser(port);
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @Test
    @Order(1)
    void hrOpensTheEmployeesAndSwitchesToVietnamese() {
        Page page = browser.signIn(browser.desktop(), SignIn.HR);
        page.locator("#main-nav vaadin-side-nav-item[path='employees']").click();
        assertThat(page.locator("#employee-grid")).isVisible();
        assertThat(page.locator("#employee-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("@senspa.vn")).first()).isVisible();
        Browser.screenshot(page, "hr-employees-en");

        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("#menu-language").click();
        page.locator("#language-vi").click();
        assertThat(page.locator("#main-nav")).containsText("Nhân viên");
        assertThat(page.locator("#employee-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("@senspa.vn")).first()).isVisible();
        Browser.screenshot(page, "hr-employees-vi");
        page.setViewportSize(Browser.PHONE_WIDTH, 740);
        Browser.screenshot(page, "hr-employees-vi-phone");

        // the choice is remembered for the next sign-in
        Page again = browser.signIn(browser.desktop(), SignIn.HR);
        assertThat(again.locator("#main-nav")).containsText("Trang chủ");
        again.context().close();
        page.context().close();
    }

    @Test
    @Order(2)
    void employeeSeesTheirProfileAndIsRefusedAdministration() {
        Page page = browser.signIn(browser.phone(), SignIn.EMPLOYEE);
        assertThat(page.locator("#home-profile")).isVisible();
        assertThat(page.locator("vaadin-side-nav-item[path='employees']")).hasCount(0);
        Browser.screenshot(page, "employee-home-phone");
        page.navigate(browser.url("admin/users"));
        assertThat(page.locator("#access-denied")).isVisible();
        Browser.screenshot(page, "employee-refused-phone");
        page.navigate(browser.url("employees"));
        assertThat(page.locator("#access-denied")).isVisible();
        assertThat(page.locator("#employee-grid")).hasCount(0);
        page.context().close();
    }

    @Test
    @Order(3)
    void managerSeesTheirBranchOnly() {
        Page page = browser.signIn(browser.desktop(), SignIn.MANAGER);
        assertThat(page.locator("#home-branches")).containsText("HN01");
        assertThat(page.locator("#home-branches")).not().containsText("SG01");
        Browser.screenshot(page, "manager-home");
        page.context().close();
    }

    @Test
    @Order(4)
    void leaderSeesEveryBranch() {
        Page page = browser.signIn(browser.phone(), SignIn.LEADER);
        assertThat(page.locator("#home-branches")).containsText("SG01");
        assertThat(page.locator("#home-branches")).containsText("CT01");
        Browser.screenshot(page, "leader-home-phone");
        page.context().close();
    }

    @Test
    @Order(5)
    void adminOpensBranchesAccountsTokensAndAudit() {
        Page page = browser.signIn(browser.desktop(), SignIn.ADMIN);
        for (String path : new String[] {"admin/branches", "admin/users", "admin/api-tokens", "admin/audit"}) {
            page.locator("#main-nav vaadin-side-nav-item[path='" + path + "']").click();
            page.waitForURL("**/" + path);
            assertThat(page.locator("vaadin-grid").first()).isVisible();
            Browser.screenshot(page, "admin-" + path.replace("admin/", ""));
        }
        page.setViewportSize(Browser.PHONE_WIDTH, 740);
        Browser.screenshot(page, "admin-audit-phone");
        page.context().close();
    }

    @Test
    @Order(6)
    void anonymousVisitorsAreSentToSignInAndSignOutWorks() {
        Page page = browser.desktop();
        page.navigate(browser.url("employees"));
        page.waitForURL("**/login");
        assertThat(page.locator("vaadin-login-form")).isVisible();
        Browser.screenshot(page, "login");
        // signing in returns to the page that was asked for
        page.locator("vaadin-text-field[name='username'] input").fill(SignIn.HR);
        page.locator("vaadin-password-field[name='password'] input").fill(org.advocacy.demo.DemoOrganisation.PASSWORD);
        page.locator("vaadin-password-field[name='password'] input").press("Enter");
        assertThat(page.locator("#employee-grid")).isVisible();
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("#menu-sign-out").click();
        page.waitForURL("**/login?logout");
        page.navigate(browser.url("employees"));
        page.waitForURL("**/login");
        page.context().close();
    }

    /** Last, and closes its server: it uses up the loopback address's allowance of failed sign-ins. */
    @Test
    @Order(99)
    @org.springframework.test.annotation.DirtiesContext
    void repeatedFailedSignInsAreSlowedDown() {
        Page page = browser.desktop();
        int attempts = 0;
        // about 10 failures a minute are allowed; the allowance refills slowly, so a few more may pass
        while (attempts < 25 && !page.url().endsWith("/login?throttled")) {
            page.navigate(browser.url("login"));
            page.locator("vaadin-text-field[name='username'] input").fill("nobody@senspa.vn");
            page.locator("vaadin-password-field[name='password'] input").fill("wrong-password-" + attempts);
            page.locator("vaadin-password-field[name='password'] input").press("Enter");
            page.waitForURL("**/login?*");
            attempts++;
        }
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?throttled$"));
        org.assertj.core.api.Assertions.assertThat(attempts).isBetween(11, 15);
        assertThat(page.getByText("Too many attempts")).isVisible();
        Browser.screenshot(page, "login-throttled");
        page.context().close();
    }
}
