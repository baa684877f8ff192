package org.advocacy.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.UUID;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A manager recognises an employee in a real headless Chromium; the employee finds it under the bell and on
 * their recognition profile, at desktop and phone width. Screenshots in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecognitionJourneyIT {

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
    void aManagerRecognisesAnEmployeeWhoFindsItInTheBellAndOnTheProfile() {
        String text = "Cảm ơn Lan đã chăm sóc khách rất tận tâm " + UUID.randomUUID().toString().substring(0, 8);

        Page manager = browser.signIn(browser.desktop(), SignIn.MANAGER);
        manager.locator("#main-nav vaadin-side-nav-item[path='recognition']").click();
        assertThat(manager.locator("#recognition-feed")).isVisible();
        Browser.screenshot(manager, "recognition-feed-desktop");
        manager.locator("#recognise-button").click();
        assertThat(manager.locator("#recognize-people")).isVisible();
        manager.locator("#recognize-people input").fill("Trần Thị Lan");
        manager.locator("vaadin-multi-select-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("Trần Thị Lan")).first().click();
        manager.locator("#recognize-people input").press("Escape");
        manager.locator("#recognize-values vaadin-checkbox").nth(1).click();
        manager.locator("#recognize-message textarea").fill(text);
        manager.locator("#recognize-visibility vaadin-radio-button").nth(1).click(); // the whole company
        Browser.screenshot(manager, "recognition-dialog-desktop");
        manager.locator("#recognize-send").click();
        assertThat(manager.locator("#recognize-people")).hasCount(0);
        assertThat(manager.locator("#recognition-feed").getByText(text)).isVisible();
        Browser.screenshot(manager, "recognition-feed-after-desktop");
        manager.navigate(browser.url("recognition/gaps"));
        assertThat(manager.locator("#gap-grid vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText("HN01")).first()).isVisible();
        Browser.screenshot(manager, "recognition-gaps-desktop");
        manager.navigate(browser.url("recognition/leaderboard"));
        assertThat(manager.locator("#leaderboard-branches vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText("SG02")).first()).isVisible();
        Browser.screenshot(manager, "recognition-leaderboard-desktop");
        manager.context().close();

        Page lan = browser.signIn(browser.desktop(), SignIn.EMPLOYEE);
        assertThat(lan.locator("#notification-count")).isVisible();
        lan.locator("#notification-bell").click();
        Locator notice = lan.locator(".notification-row").filter(new Locator.FilterOptions().setHasText(text));
        assertThat(notice).isVisible();
        assertThat(notice).containsText("Lê Quang Minh");
        Browser.screenshot(lan, "recognition-bell-desktop");
        notice.click();
        assertThat(lan.locator("#profile-name")).hasText("Trần Thị Lan");
        assertThat(lan.locator("#profile-entries").getByText(text)).isVisible();
        Browser.screenshot(lan, "recognition-profile-desktop");
        lan.context().close();

        Page phone = browser.signIn(browser.phone(), SignIn.EMPLOYEE);
        phone.locator("#notification-bell").click();
        assertThat(phone.locator(".notification-row").filter(new Locator.FilterOptions().setHasText(text))).isVisible();
        Browser.screenshot(phone, "recognition-bell-phone");
        phone.navigate(browser.url("recognition/profile"));
        assertThat(phone.locator("#profile-entries").getByText(text)).isVisible();
        Browser.screenshot(phone, "recognition-profile-phone");
        phone.navigate(browser.url("recognition"));
        assertThat(phone.locator("#recognition-feed")).isVisible();
        Browser.screenshot(phone, "recognition-feed-phone");
        phone.context().close();
    }
}
