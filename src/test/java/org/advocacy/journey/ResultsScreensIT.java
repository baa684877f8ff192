package org.advocacy.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.advocacy.feedback.FeedbackImport;
import org.advocacy.org.BranchData;
import org.advocacy.org.OrgService;
import org.advocacy.test.SignIn;
import org.advocacy.test.UniqueCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The results screens people read, as HR sees them in both languages at 1280 and 390 px: the pulse results and the
 * customer NPS. Also checks, in the real chart library, that the interval band lies around its line when the
 * scores are negative (a branch of its own with mostly detractors), and that {@code <html lang>} follows the
 * language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultsScreensIT {

    /** For each point of a band chart: band bottom, band top (as ECharts stacked them) and the line's value. */
    private static final String BAND_GEOMETRY = """
            sel => {
              const chart = document.querySelector(sel)._chart;
              const model = chart.getModel();
              const band = model.getSeriesByIndex(1).getData();
              const line = model.getSeriesByIndex(2).getData();
              const top = band.getCalculationInfo('stackResultDimension');
              const over = band.getCalculationInfo('stackedOverDimension');
              const y = line.mapDimension('y');
              const out = [];
              for (let i = 0; i < band.count(); i++) {
                out.push([band.get(over, i), band.get(top, i), line.get(y, i)]);
              }
              return out;
            }""";

    @LocalServerPort
    int port;
    @Autowired
    SignIn signIn;
    @Autowired
    OrgService org;
    @Autowired
    FeedbackImport feedbackImport;

    private Browser browser;
    private String lowCode;
    private String lowName;

    @BeforeAll
    void start() {
        browser = new Browser(port);
        // a branch of its own whose customers are mostly detractors, every month of the last year
        lowCode = "RD" + UniqueCodes.next();
        lowName = "Sen Spa Thử nghiệm " + lowCode;
        signIn.as(SignIn.ADMIN);
        org.createBranch(new BranchData(lowCode, lowName, "Cần Thơ", "Miền Nam", "Asia/Ho_Chi_Minh", true));
        signIn.as(SignIn.HR);
        StringBuilder csv = new StringBuilder("branch;nps;submitted_at;external_id\n");
        YearMonth now = YearMonth.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        String prefix = "rd-" + UUID.randomUUID() + "-";
        int line = 0;
        for (int m = 1; m <= 12; m++) {
            LocalDate day = now.minusMonths(m).atDay(10);
            int[] scores = {10, 9, 8, 7, 7, 6, 5, 4, 3, 2, 1, 0, 6, 5, 3, 2, 0, 4, 9 - (m % 3), 1};
            for (int s : scores) {
                csv.append(lowCode).append(';').append(s).append(';').append(day).append(" 10:00;").append(prefix)
                        .append(line++).append('\n');
            }
        }
        feedbackImport.importCsv(csv.toString().getBytes(StandardCharsets.UTF_8));
        signIn.out();
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    /** Picks the language in the user menu and waits for the page to reload in it (a marker on the old window goes). */
    private static void language(Page page, String lang) {
        page.evaluate("() => { window.__beforeLanguage = true; }");
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("#menu-language").click();
        page.locator("#language-" + lang).click();
        page.waitForFunction("() => !window.__beforeLanguage");
        assertThat(page.locator("#home-hello")).isVisible();
        page.waitForFunction("l => document.documentElement.lang === l", lang);
    }

    /**
     * A screenshot of the whole view: the app layout scrolls inside the window, so the window is made as tall as the
     * view for the picture (charts follow their size), then set back.
     */
    private static void shot(Page page, int width, String name) {
        page.setViewportSize(width, 860);
        page.waitForTimeout(300);
        Number h = (Number) page.evaluate("() => { const v = document.querySelector('.pulse-results-view, .customer-metrics-view');"
                + " return v ? Math.ceil(v.getBoundingClientRect().top + v.scrollHeight + 24) : 860; }");
        page.setViewportSize(width, Math.max(860, Math.min(8000, h.intValue())));
        page.waitForTimeout(600);
        Browser.screenshot(page, name);
        page.setViewportSize(width, 860);
    }

    private static void noSidewaysScroll(Page page) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("page wider than the window").isLessThanOrEqualTo(1);
    }

    @Test
    void pulseResultsAndCustomerNpsInBothLanguagesOnDesktopAndPhone() {
        for (String lang : List.of("en", "vi")) {
            Page page = browser.signIn(browser.desktop(), SignIn.HR);
            language(page, lang);
            assertThat(page.locator("html")).hasAttribute("lang", lang);

            page.navigate(browser.url("pulse/results"));
            assertThat(page.locator("html")).hasAttribute("lang", lang);
            // Vaadin's connection indicator speaks the page's language too ("Online" was left in English)
            page.waitForFunction("t => window.Vaadin.connectionIndicator && window.Vaadin.connectionIndicator.onlineText === t",
                    lang.equals("vi") ? "Đã kết nối lại" : "Online");
            assertThat(page.locator("#results-headline"))
                    .containsText(lang.equals("vi") ? "câu trả lời): " : " answers): ");
            assertThat(page.locator("#results-detail")).containsText("n = ");
            assertThat(page.locator("#results-trend[data-rendered]")).isVisible();
            assertThat(page.locator("#results-heatmap")).isVisible();
            assertThat(page.locator("#results-drivers .dist-bar").first()).isVisible();
            // the first five comments, more on request
            assertThat(page.locator("#results-comment-list li")).hasCount(5);
            assertThat(page.locator("#results-comments-more")).isVisible();
            shot(page, 1280, "results-pulse-" + lang + "-1280");
            shot(page, 390, "results-pulse-" + lang + "-390");
            assertThat(page.locator("#results-headline")).isVisible();
            noSidewaysScroll(page);
            page.locator("#results-comments-more").click();
            page.waitForFunction("() => document.querySelectorAll('#results-comment-list li').length > 5");
            page.setViewportSize(1280, 860);

            page.setViewportSize(1280, 860);
            page.navigate(browser.url("feedback/metrics"));
            assertThat(page.locator("#metrics-headline")).containsText("NPS ");
            assertThat(page.locator("#metrics-trend[data-rendered]")).isVisible();
            shot(page, 1280, "results-customer-nps-" + lang + "-1280");
            assertThat(page.locator("#metrics-touchpoints .touchpoint-card")).hasCount(0);
            shot(page, 390, "results-customer-nps-" + lang + "-390");
            noSidewaysScroll(page);
            // on the phone one card per touchpoint, and the table no longer scrolls sideways inside itself
            page.setViewportSize(390, 860);
            assertThat(page.locator("#metrics-touchpoints .touchpoint-card").first()).isVisible();
            HomesJourneyIT.gridFitsItsWidth(page, "#metrics-touchpoints");
            page.context().close();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBandLiesAroundItsLineWhenScoresAreNegative() {
        Page page = browser.signIn(browser.desktop(), SignIn.HR);
        language(page, "en");
        page.navigate(browser.url("feedback/metrics"));
        assertThat(page.locator("#metrics-trend[data-rendered]")).isVisible();
        page.locator("#metrics-branch").click();
        page.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(lowCode))
                .first().click();
        assertThat(page.locator("#metrics-headline")).containsText("NPS −");
        page.waitForTimeout(500);
        List<List<Number>> points = (List<List<Number>>) page.evaluate(BAND_GEOMETRY, "#metrics-trend");
        shot(page, 1280, "results-customer-nps-negative-en-1280");
        int negative = 0;
        for (List<Number> p : points) {
            if (p.get(2) == null || Double.isNaN(p.get(2).doubleValue())) {
                continue;
            }
            double bottom = p.get(0).doubleValue();
            double top = p.get(1).doubleValue();
            double line = p.get(2).doubleValue();
            // with ECharts' default stacking the band's lower edge was not stacked on the low series at all (NaN)
            // and its top was the width counted from 0 (checked by running this test with "samesign")
            assertThat(bottom).as("the band's lower edge stacked on the low edge %s", p).isNotNaN();
            assertThat(line).as("the line inside its band %s", p).isBetween(bottom, top);
            if (top < 0) {
                negative++;
            }
        }
        assertThat(negative).as("months whose whole interval is below 0").isGreaterThanOrEqualTo(6);
        page.context().close();
    }
}
