package org.advocacy.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.advocacy.kernel.db.EmbeddedDatabaseConfig.EmbeddedMariaDb;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Stops the database under a running portal: health turns DOWN (503), a screen shows a translated error page
 * instead of a stack trace, and after the database returns everything stored before is still there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class DatabaseOutageIT {

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedMariaDb database;

    @Test
    void anOutageShowsAnErrorPageAndLosesNothing() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build();
        assertThat(http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

        try (Browser browser = new Browser(port)) {
            Page page = browser.signIn(browser.desktop(), SignIn.ADMIN);
            database.db().stop();
            try {
                HttpResponse<String> down = http.send(health, HttpResponse.BodyHandlers.ofString());
                assertThat(down.statusCode()).isEqualTo(503);
                assertThat(down.body()).contains("DOWN");

                page.navigate(browser.url("admin/users"));
                assertThat(page.locator("#error-title")).hasText("The database is not answering",
                        new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(30_000));
                assertThat(page.content()).doesNotContain("Exception").doesNotContain("at org.");
                Browser.screenshot(page, "database-outage");
            } finally {
                database.db().start();
            }
            int status = 0;
            for (int attempt = 0; attempt < 30 && status != 200; attempt++) { // the pool reconnects on demand
                status = http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode();
            }
            assertThat(status).isEqualTo(200);
            page.navigate(browser.url("admin/users"));
            assertThat(page.locator("vaadin-grid vaadin-grid-cell-content")
                    .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("@senspa.vn")).first()).isVisible();
            page.context().close();
        }
    }
}
