package org.advocacy.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A leader opens the advocacy map in a real browser: on the home page and on the full map at desktop width (the
 * chart is drawn, HP01 named, a click on the table opens the branch page), and at 360 px where the table replaces
 * the chart, and the branch page on the phone. Screenshots in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdvocacyJourneyIT {

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
    void aLeaderOpensTheAdvocacyMapOnADesktop() {
        Page page = browser.signIn(browser.desktop(), SignIn.LEADER);
        assertThat(page.locator("#home-advocacy")).containsText("HP01");
        assertThat(page.locator("#home-advocacy echart-view[data-rendered='true']")).isVisible();
        Browser.screenshot(page, "advocacy-leader-home");
        page.locator("#home-advocacy-open").click();
        page.waitForURL("**/insights");
        assertThat(page.locator("#advocacy-sentence")).containsText("not causation");
        assertThat(page.locator("#advocacy-exceptions")).containsText("HP01");
        assertThat(page.locator("#advocacy-chart[data-rendered='true']")).isVisible();
        assertThat(page.locator("#advocacy-lag-chart[data-rendered='true']")).isVisible();
        page.waitForTimeout(500);
        Browser.screenshot(page, "advocacy-map-desktop");
        page.locator("#advocacy-table a", new Page.LocatorOptions().setHasText("HP01")).first().click();
        page.waitForURL("**/insights/branch/HP01");
        assertThat(page.locator("#branch-advocacy-title")).containsText("HP01");
        assertThat(page.locator("#branch-advocacy-chart[data-rendered='true']")).isVisible();
        assertThat(page.locator("#branch-advocacy-drivers")).containsText("Strongest");
        assertThat(page.locator("#branch-advocacy-followups")).isVisible();
        page.waitForTimeout(500);
        Browser.screenshot(page, "advocacy-branch-desktop");
        page.context().close();
    }

    @Test
    void onAPhoneTheTableReplacesTheChart() {
        Page page = browser.signIn(browser.phone(), SignIn.LEADER);
        page.navigate(browser.url("insights"));
        assertThat(page.locator("#advocacy-sentence")).containsText("not causation");
        assertThat(page.locator("#advocacy-chart")).isHidden();
        assertThat(page.locator("#advocacy-table")).isVisible();
        assertThat(page.locator("#advocacy-table")).containsText("HP01");
        Browser.screenshot(page, "advocacy-map-phone");
        page.navigate(browser.url("insights/branch/HP01"));
        assertThat(page.locator("#branch-advocacy-title")).containsText("HP01");
        assertThat(page.locator("#branch-advocacy-drivers")).containsText("Weakest");
        page.waitForTimeout(500);
        Browser.screenshot(page, "advocacy-branch-phone");
        page.locator("#branch-advocacy-drivers").scrollIntoViewIfNeeded();
        page.waitForTimeout(300);
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "screenshots",
                "advocacy-branch-drivers-phone.png")));
        page.context().close();
    }
}
