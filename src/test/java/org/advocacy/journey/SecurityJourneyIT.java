package org.advocacy.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.advocacy.demo.DemoOrganisation;
import org.advocacy.org.Branch;
import org.advocacy.org.EmployeeData;
import org.advocacy.org.OrgService;
import org.advocacy.security.Role;
import org.advocacy.security.SecurityConfig;
import org.advocacy.security.UserAccountData;
import org.advocacy.security.UserAccountService;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 9 in a real browser: the sign-in form carries the CSRF token and works under the Content-Security-Policy
 * without a single violation; a manager who is set inactive while their page is open loses the follow-up cases at
 * once (their Vaadin session ends).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    SignIn signIn;
    @Autowired
    OrgService org;
    @Autowired
    UserAccountService accounts;

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
    void theSignInFormSendsTheCsrfTokenAndNothingViolatesTheContentSecurityPolicy() {
        Page page = browser.desktop();
        List<String> violations = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Refused to")) {
                violations.add(m.text());
            }
        });
        var response = page.navigate(browser.url("login"));
        assertThat(response.headers().get("content-security-policy")).isEqualTo(SecurityConfig.UI_CSP);
        assertThat(response.headers().get("x-content-type-options")).isEqualTo("nosniff");
        assertThat(response.headers().get("referrer-policy")).isEqualTo("same-origin");
        assertThat(page.locator("meta[name='_csrf']")).hasCount(1);
        browser.signIn(page, SignIn.MANAGER);
        page.navigate(browser.url("feedback/follow-ups"));
        assertThat(page.locator("#follow-up-grid")).isVisible();
        page.navigate(browser.url("feedback/metrics"));
        page.waitForTimeout(1500); // charts render
        assertThat(violations).isEmpty();
    }

    @Test
    void aManagerSetInactiveLosesTheOpenFollowUpScreen() {
        signIn.as(SignIn.HR);
        Branch hn01 = org.branches(true).stream().filter(b -> b.code().equals("HN01")).findFirst().orElseThrow();
        String email = "roi.di." + System.nanoTime() + "@senspa.vn";
        EmployeeData data = new EmployeeData("Quản Lý Rời Đi", email, hn01.id(), org.departments().get(0).id(),
                "Quản lý", LocalDate.of(2023, 5, 1), true, true);
        long employeeId = org.createEmployee(data);
        signIn.as(SignIn.ADMIN);
        accounts.create(new UserAccountData(email, data.fullName(), employeeId, EnumSet.of(Role.EMPLOYEE, Role.MANAGER),
                Set.of(hn01.id()), true, DemoOrganisation.PASSWORD));
        signIn.out();

        Page page = browser.signIn(browser.desktop(), email);
        page.navigate(browser.url("feedback/follow-ups"));
        assertThat(page.locator("#follow-up-grid vaadin-grid-cell-content").first()).isVisible();

        signIn.as(SignIn.HR);
        org.updateEmployee(employeeId, new EmployeeData(data.fullName(), email, data.branchId(), data.departmentId(),
                data.jobTitle(), data.hireDate(), true, false));
        signIn.out();

        // the open page's next server round trip finds its session gone and ends on the sign-in page
        page.locator("#overdue-only").click();
        page.waitForURL(Pattern.compile(".*/login.*"));
        page.navigate(browser.url("feedback/follow-ups"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        Browser.screenshot(page, "security-leaver-signed-out");
    }
}
