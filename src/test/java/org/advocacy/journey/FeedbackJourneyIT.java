package org.advocacy.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.advocacy.jooq.Tables.CUSTOMER_FEEDBACK;
import static org.advocacy.jooq.Tables.EMPLOYEE;

import com.microsoft.playwright.Page;
import java.util.UUID;
import org.advocacy.test.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A customer on a 360 px phone praises a named employee through the badge QR link; the branch manager approves
 * it; the employee sees it on "My praise". Screenshots in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedbackJourneyIT {

    @Autowired
    org.advocacy.feedback.FeedbackService feedback;

    @LocalServerPort
    int port;
    @Autowired
    DSLContext dsl;

    private Browser browser;

    @BeforeAll
    void start() {
        browser = new Browser(port);
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    /** Over real HTTP (with Spring's error dispatch): bad requests get a customer page, never the sign-in page. */
    @Test
    void badParametersOnThePublicPagesAnswerA400PageNotTheSignIn() throws Exception {
        assertBadRequestPage("GET", "f/HN01/qr.png?e=abc", null);
        assertBadRequestPage("GET", "f/HN01/qr.png?size=big", null);
        assertBadRequestPage("POST", "f/HN01", "{\"nps\": 9}");
    }

    private void assertBadRequestPage(String method, String path, String json) throws Exception {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(browser.url(path))).header("Accept-Language", "vi-VN");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(json));
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build()
                .send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(r.statusCode()).as(method + " " + path).isEqualTo(400);
        org.assertj.core.api.Assertions.assertThat(r.headers().firstValue("Location")).isEmpty();
        org.assertj.core.api.Assertions.assertThat(r.body()).contains("Đường dẫn không đúng");
    }

    @Test
    void praiseFromAPhoneReachesTheEmployeeAfterApproval() {
        long lan = dsl.select(EMPLOYEE.ID).from(EMPLOYEE).where(EMPLOYEE.EMAIL.eq(SignIn.EMPLOYEE)).fetchSingle(EMPLOYEE.ID);
        String praise = "Chị Lan massage rất khéo, tôi thấy nhẹ cả người " + UUID.randomUUID().toString().substring(0, 8);

        // the customer scans Lan's badge: the form opens in Vietnamese with Lan preselected, no sign-in
        Page phone = browser.open(Browser.PHONE_WIDTH, 740, "vi-VN");
        String badge = feedback.staffToken("HN01", lan);
        phone.navigate(browser.url("f/HN01?e=" + badge));
        assertThat(phone.locator("h1")).containsText("Sen Spa Hoàn Kiếm");
        assertThat(phone.locator("input[name='employee'][value='" + badge + "']")).isChecked();
        Browser.screenshot(phone, "feedback-form-phone-vi");
        phone.locator("label:has(input[name='nps'][value='10'])").click();
        phone.locator("label:has(input[name='csat'][value='5'])").click();
        phone.locator("#touchpoint").selectOption("treatment");
        phone.locator("#praise").fill(praise);
        Browser.screenshot(phone, "feedback-form-filled-phone-vi");
        phone.locator("#send").click();
        assertThat(phone.locator("#thanks")).containsText("Xin cảm ơn");
        Browser.screenshot(phone, "feedback-thanks-phone-vi");
        phone.context().close();

        long id = dsl.select(CUSTOMER_FEEDBACK.ID).from(CUSTOMER_FEEDBACK).where(CUSTOMER_FEEDBACK.PRAISE.eq(praise))
                .fetchSingle(CUSTOMER_FEEDBACK.ID);

        // the branch manager approves it
        Page manager = browser.signIn(browser.desktop(), SignIn.MANAGER);
        manager.navigate(browser.url("feedback/moderation"));
        assertThat(manager.locator("#moderation-grid")).containsText(praise);
        Browser.screenshot(manager, "feedback-moderation");
        manager.locator("#approve-" + id).click();
        assertThat(manager.locator("#moderation-grid")).not().containsText(praise);

        // and looks at the branch's customer scores
        manager.navigate(browser.url("feedback/metrics"));
        assertThat(manager.locator("#metrics-nps")).containsText("±");
        assertThat(manager.locator("#metrics-trend canvas").first()).isVisible();
        Browser.screenshot(manager, "feedback-metrics");
        manager.context().close();

        // Lan sees it on her phone
        Page employee = browser.signIn(browser.phone(), SignIn.EMPLOYEE);
        employee.navigate(browser.url("feedback/my-praise"));
        assertThat(employee.locator("#my-praise-grid")).containsText(praise);
        Browser.screenshot(employee, "feedback-my-praise-phone");
        employee.context().close();
    }
}
