package org.advocacy.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.advocacy.demo.DemoOrganisation;

/**
 * Headless Debian Chromium driven by Playwright (no browser download: /usr/bin/chromium). Screenshots go to
 * target/screenshots.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("chromium.path", "/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final int PHONE_WIDTH = 360;

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;
    private final String baseUrl;

    Browser(int port) {
        this.baseUrl = "http://localhost:" + port;
        // the first page of a fresh server on a busy 2-core machine can take longer than Playwright's 5 s default
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(CHROMIUM))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run")));
    }

    /** A fresh browser window (own cookies) of the given width, in English unless told otherwise. */
    Page open(int width, int height, String acceptLanguage) {
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(width, height).setLocale(acceptLanguage));
        Page page = context.newPage();
        page.setDefaultTimeout(20_000);
        return page;
    }

    Page desktop() {
        return open(1280, 860, "en-US");
    }

    Page phone() {
        return open(PHONE_WIDTH, 740, "en-US");
    }

    String url(String path) {
        return baseUrl + "/" + path;
    }

    /** Signs in through the real login form and waits for the signed-in frame. */
    Page signIn(Page page, String email) {
        page.navigate(url("login"));
        page.locator("vaadin-text-field[name='username'] input").fill(email);
        page.locator("vaadin-password-field[name='password'] input").fill(DemoOrganisation.PASSWORD);
        page.locator("vaadin-password-field[name='password'] input").press("Enter");
        assertThat(page.locator("#home-hello")).isVisible();
        return page;
    }

    /** Waits until Vaadin has nothing in flight, then saves a full-page screenshot. */
    static void screenshot(Page page, String name) {
        page.waitForFunction("() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
