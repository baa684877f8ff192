package org.advocacy.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.advocacy.survey.Cadence;
import org.advocacy.survey.Driver;
import org.advocacy.survey.ProgramData;
import org.advocacy.survey.PulseProgramService;
import org.advocacy.survey.RoundListItem;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** An employee answers a pulse on a 360 px phone; HR then sees the round's participation rise. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PulseJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    PulseProgramService pulsePrograms;
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

    @Test
    void anEmployeeAnswersOnAPhoneAndHrSeesParticipationRise() {
        signIn.as(SignIn.HR);
        long program = pulsePrograms.createProgram(new ProgramData("Pulse journey", Cadence.MONTHLY, 7, LocalDate.of(2030, 1, 1),
                Set.of(), Set.of(), List.of(Driver.library("team").orElseThrow(), Driver.library("pride").orElseThrow()), true));
        long round = pulsePrograms.openRoundNow(program);
        RoundListItem before = pulsePrograms.rounds(program, 0, 10).getFirst();
        signIn.out();

        Page hr = browser.signIn(browser.desktop(), SignIn.HR);
        hr.navigate(browser.url("pulse/programs"));
        Locator roundGrid = hr.locator("#round-grid vaadin-grid-cell-content");
        assertThat(roundGrid.filter(new Locator.FilterOptions().setHasText("0 / " + before.invited() + " (")).first())
                .isVisible();
        Browser.screenshot(hr, "pulse-hr-programs-before");

        Page phone = browser.signIn(browser.phone(), SignIn.EMPLOYEE);
        phone.navigate(browser.url("my-pulse"));
        assertThat(phone.locator("#pulse-anonymity")).isVisible();
        assertThat(phone.locator("#pulse-card-" + round)).isVisible();
        Browser.screenshot(phone, "pulse-my-pulse-phone");
        phone.locator("#pulse-score-" + round + "-9").click();
        phone.locator("#pulse-driver-" + round + "-team-4").click();
        phone.locator("#pulse-driver-" + round + "-pride-5").click();
        phone.locator("#pulse-comment-" + round + " textarea").fill("Đồng nghiệp rất tốt");
        Browser.screenshot(phone, "pulse-my-pulse-phone-filled");
        phone.locator("#pulse-submit-" + round).click();
        assertThat(phone.locator("#pulse-card-" + round + " .pulse-answered")).isVisible();
        Browser.screenshot(phone, "pulse-my-pulse-phone-answered");
        // the page fits the phone: nothing wider than the window
        Object scrollWidth = phone.evaluate("() => document.documentElement.scrollWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) scrollWidth).intValue()).isLessThanOrEqualTo(Browser.PHONE_WIDTH);

        hr.reload();
        assertThat(roundGrid.filter(new Locator.FilterOptions().setHasText("1 / " + before.invited() + " (")).first())
                .isVisible();
        Browser.screenshot(hr, "pulse-hr-programs-after");
        hr.navigate(browser.url("pulse/results"));
        assertThat(hr.locator("#results-headline")).containsText("eNPS");
        assertThat(hr.locator("#results-trend[data-rendered]")).isVisible();
        Browser.screenshot(hr, "pulse-hr-results");
        hr.setViewportSize(Browser.PHONE_WIDTH, 740);
        Browser.screenshot(hr, "pulse-hr-results-phone");
        phone.context().close();
        hr.context().close();
    }
}
