package org.advocacy.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.advocacy.jooq.Tables.CUSTOMER_FEEDBACK;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.advocacy.feedback.FeedbackService;
import org.advocacy.feedback.KioskService;
import org.advocacy.feedback.NewKiosk;
import org.advocacy.feedback.StaffChoice;
import org.advocacy.org.EmployeePhotoService;
import org.advocacy.org.TestPictures;
import org.advocacy.security.Role;
import org.advocacy.security.UserAccountData;
import org.advocacy.security.UserAccountService;
import org.advocacy.security.UserListItem;
import org.advocacy.settings.PublicAddressService;
import org.advocacy.test.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 12, customers and kiosks in a real browser: a customer on a 360/390 px phone finds a person by typing part of
 * the name and sends; a counter tablet's kiosk form wipes what was typed after the idle time; the manager's kiosk
 * screen and an employee's photo. Screenshots in target/screenshots, named kiosk-*.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KioskJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    FeedbackService feedback;
    @Autowired
    KioskService kiosks;
    @Autowired
    EmployeePhotoService photos;
    @Autowired
    SignIn signIn;
    @Autowired
    DSLContext dsl;
    @Autowired
    PublicAddressService publicAddress;
    @Autowired
    UserAccountService accounts;
    @Value("${app.feedback.kiosk-idle-seconds}")
    int idleSeconds;

    private Browser browser;
    private final List<Long> withPhoto = new ArrayList<>();
    private long hn01;

    @BeforeAll
    void start() {
        browser = new Browser(port);
        hn01 = feedback.publicBranch("HN01").orElseThrow().id();
        // a few people of the branch get a photo, the others keep their initials
        signIn.as(SignIn.MANAGER);
        Color[] colours = {new Color(0xC2185B), new Color(0x1976D2), new Color(0x388E3C), new Color(0x7B1FA2)};
        List<Long> ids = dsl.select(org.advocacy.jooq.Tables.EMPLOYEE.ID).from(org.advocacy.jooq.Tables.EMPLOYEE)
                .where(org.advocacy.jooq.Tables.EMPLOYEE.BRANCH_ID.eq(hn01))
                .and(org.advocacy.jooq.Tables.EMPLOYEE.ACTIVE.isTrue())
                .orderBy(org.advocacy.jooq.Tables.EMPLOYEE.FULL_NAME).limit(12)
                .fetch(org.advocacy.jooq.Tables.EMPLOYEE.ID);
        for (int i = 0; i < ids.size(); i += 3) {
            photos.upload(ids.get(i), TestPictures.face(colours[(i / 3) % colours.length], "" + (char) ('A' + i)));
            withPhoto.add(ids.get(i));
        }
        signIn.out();
    }

    @AfterAll
    void stop() {
        signIn.as(SignIn.MANAGER);
        withPhoto.forEach(photos::remove);
        signIn.out();
        browser.close();
    }

    private static void noSideways(Page page) {
        Object wide = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) wide).intValue()).as("no sideways scrolling").isLessThanOrEqualTo(0);
    }

    private static void atLeast44(Locator target) {
        for (int i = 0; i < target.count(); i++) {
            BoundingBox box = target.nth(i).boundingBox();
            org.assertj.core.api.Assertions.assertThat(box.width).as("width of target " + i).isGreaterThanOrEqualTo(44);
            org.assertj.core.api.Assertions.assertThat(box.height).as("height of target " + i).isGreaterThanOrEqualTo(44);
        }
    }

    @Test
    void aCustomerFindsThePersonByNameAndSends() {
        signIn.as(SignIn.MANAGER);
        kiosks.setReviewUrl(hn01, "https://maps.example.vn/sen-spa-hoan-kiem/review");
        signIn.out();
        try {
            for (int width : new int[] {360, 390}) {
                for (String lang : new String[] {"vi", "en"}) {
                    customer(width, lang);
                }
            }
        } finally {
            signIn.as(SignIn.MANAGER);
            kiosks.setReviewUrl(hn01, null);
            signIn.out();
        }
    }

    private void customer(int width, String lang) {
        String suffix = width + "-" + lang;
        Page phone = browser.open(width, 780, "vi".equals(lang) ? "vi-VN" : "en-US");
        phone.navigate(browser.url("f/HN01?lang=" + lang));
        atLeast44(phone.locator("#nps .scale span"));
        noSideways(phone);
        org.assertj.core.api.Assertions.assertThat(phone.locator("#staff .find").isVisible())
                .as("with script the search filters as one types: no Find button").isFalse();
        Browser.screenshot(phone, "kiosk-customer-form-" + suffix);

        // sending without a score: the page's message under the score, in the page's language
        phone.locator("#send").click();
        assertThat(phone.locator("#error-nps")).isVisible();
        assertThat(phone.locator("#error-nps")).containsText("vi".equals(lang) ? "Vui lòng" : "Please");
        phone.locator("#nps").scrollIntoViewIfNeeded();
        Browser.screenshot(phone, "kiosk-customer-error-" + suffix);

        StaffChoice lan = feedback.staffOf(hn01).stream().filter(s -> s.displayName().equals("Trần Thị Lan"))
                .findFirst().orElseThrow();
        int all = phone.locator("#staff-list label[data-name]").count();
        phone.locator("#staff-search").fill("tran thi l");
        Locator shown = phone.locator("#staff-list label[data-name]:visible");
        assertThat(phone.locator("label:has(input[value='" + lan.token() + "'])")).isVisible();
        org.assertj.core.api.Assertions.assertThat(shown.count()).as("the search narrows the list").isLessThan(all).isPositive();
        noSideways(phone);
        Browser.screenshot(phone, "kiosk-customer-search-" + suffix);

        phone.locator("label:has(input[value='" + lan.token() + "'])").click();
        phone.locator("label:has(input[name='nps'][value='10'])").click();
        String praise = "Chị Lan rất chu đáo " + UUID.randomUUID().toString().substring(0, 8);
        phone.locator("#praise").fill(praise);
        phone.locator("#send").click();
        assertThat(phone.locator("#thanks")).isVisible();
        // a promoter who praised someone is offered the branch's public review page
        assertThat(phone.locator("#review-link")).hasAttribute("href", "https://maps.example.vn/sen-spa-hoan-kiem/review");
        Browser.screenshot(phone, "kiosk-customer-thanks-review-" + suffix);
        phone.context().close();
        org.assertj.core.api.Assertions.assertThat(dsl.fetchCount(CUSTOMER_FEEDBACK, CUSTOMER_FEEDBACK.PRAISE.eq(praise)))
                .isEqualTo(1);
    }

    @Test
    void theKioskWipesEverythingTypedAfterTheIdleTimeAndTakesAShortAnswer() {
        signIn.as(SignIn.MANAGER);
        NewKiosk kiosk = kiosks.create(hn01, "Quầy lễ tân " + UUID.randomUUID().toString().substring(0, 4));
        signIn.out();
        for (int width : new int[] {390, 1280}) {
            Page tablet = browser.open(width, 900, "vi-VN");
            tablet.navigate(browser.url(kiosk.path().substring(1)));
            String firstForm = tablet.locator("input[name='submissionId']").inputValue();
            org.assertj.core.api.Assertions.assertThat(tablet.locator("#contactPhone").isVisible())
                    .as("contact fields only behind 'contact me'").isFalse();
            if (width == 390) {
                atLeast44(tablet.locator("#nps .scale span"));
                noSideways(tablet);
            }
            Browser.screenshot(tablet, "kiosk-tablet-form-" + width + "-vi");

            tablet.locator("label:has(input[name='nps'][value='9'])").click();
            tablet.locator("#staff-list label[data-name]").first().click();
            tablet.locator("#praise").fill("Rất dễ chịu");
            tablet.locator("label[for='consent']").click();
            tablet.locator("#contactPhone").fill("0901234567");
            Browser.screenshot(tablet, "kiosk-tablet-filled-" + width + "-vi");

            // nobody touches the tablet: after the idle time a fresh, empty form
            tablet.waitForTimeout((idleSeconds + 3) * 1000.0);
            assertThat(tablet.locator("input[name='submissionId']")).not().hasValue(firstForm);
            assertThat(tablet.locator("#praise")).hasValue("");
            assertThat(tablet.locator("input[name='nps']:checked")).hasCount(0);
            assertThat(tablet.locator("#consent")).not().isChecked();
            assertThat(tablet.locator("#contactPhone")).hasValue("");
            assertThat(tablet.locator("input[name='employee']:checked[value]:not([value=''])")).hasCount(0);
            Browser.screenshot(tablet, "kiosk-tablet-after-idle-reset-" + width + "-vi");

            tablet.locator("label:has(input[name='nps'][value='10'])").click();
            tablet.locator("#staff-list label[data-name]").first().click();
            tablet.locator("#praise").fill("Tuyệt vời " + UUID.randomUUID().toString().substring(0, 6));
            tablet.locator("#send").click();
            assertThat(tablet.locator("#thanks")).isVisible();
            Browser.screenshot(tablet, "kiosk-tablet-thanks-" + width + "-vi");
            tablet.context().close();
        }
    }

    @Test
    void theManagerPrintsQrCodesAndLinksATablet() {
        for (String lang : new String[] {"en", "vi"}) {
            for (int width : new int[] {1280, 390}) {
                Page manager = browser.signIn(browser.open(width, 900, "vi".equals(lang) ? "vi-VN" : "en-US"),
                        SignIn.MANAGER);
                manager.navigate(browser.url("feedback/kiosks"));
                assertThat(manager.locator("#public-url-notice")).containsText("PUBLIC_URL");
                assertThat(manager.locator("#badge-sheet")).isVisible();
                manager.locator("#kiosk-name input").fill("Máy " + lang + width);
                manager.locator("#kiosk-create").click();
                assertThat(manager.locator("#kiosk-new-qr")).isVisible();
                assertThat(manager.locator("#kiosk-copy")).isVisible();
                noSideways(manager);
                // the view scrolls inside the app layout: one picture per part of the screen
                String suffix = width + "-" + lang;
                manager.locator("#public-url-notice").scrollIntoViewIfNeeded();
                Browser.screenshot(manager, "kiosk-manager-1-printables-" + suffix);
                manager.locator("#staff-grid").scrollIntoViewIfNeeded();
                Browser.screenshot(manager, "kiosk-manager-2-staff-" + suffix);
                manager.locator("#kiosk-new").scrollIntoViewIfNeeded();
                Browser.screenshot(manager, "kiosk-manager-3-new-kiosk-qr-" + suffix);
                manager.locator("#kiosk-grid").scrollIntoViewIfNeeded();
                Browser.screenshot(manager, "kiosk-manager-4-kiosks-" + suffix);
                manager.context().close();
            }
        }
    }

    @Test
    void anAdministratorSetsThePublicAddressAndTheQrScreenFollows() {
        try {
            for (String lang : new String[] {"en", "vi"}) {
                for (int width : new int[] {1280, 390}) {
                    Page admin = browser.signIn(browser.open(width, 900, "vi".equals(lang) ? "vi-VN" : "en-US"),
                            SignIn.ADMIN);
                    admin.navigate(browser.url("admin/public-address"));
                    String suffix = width + "-" + lang;
                    admin.locator("#public-url-field input").fill("gopy.senspa.example");
                    admin.locator("#public-url-save").click();
                    assertThat(admin.locator("#public-url-field")).hasAttribute("invalid", "");
                    assertThat(admin.locator("#public-url-field")).containsText("https://");
                    noSideways(admin);
                    Browser.screenshot(admin, "public-address-1-refused-" + suffix);
                    admin.locator("#public-url-field input").fill("https://gopy.senspa.example/");
                    admin.locator("#public-url-save").click();
                    assertThat(admin.locator("#public-url-clear")).isVisible();
                    assertThat(admin.locator("#public-url-source")).containsText("PUBLIC_URL");
                    noSideways(admin);
                    Browser.screenshot(admin, "public-address-2-saved-" + suffix);
                    admin.locator("#public-url-clear").click();
                    assertThat(admin.locator("#public-url-clear")).isHidden();
                    admin.context().close();
                }
            }
            // a manager who is also an administrator sets it in place on the QR code screen
            signIn.as(SignIn.ADMIN);
            UserListItem minh = accounts.find(SignIn.MANAGER, null, UserAccountService.SortColumn.EMAIL, true, 0, 1)
                    .get(0);
            java.util.Set<Long> branches = accounts.managedBranches(minh.id());
            java.util.Set<Role> roles = java.util.EnumSet.copyOf(minh.roles());
            roles.add(Role.ADMIN);
            accounts.update(minh.id(), new UserAccountData(minh.email(), minh.displayName(), minh.employeeId(), roles,
                    branches, true, null));
            signIn.out();
            try {
                for (String lang : new String[] {"en", "vi"}) {
                    for (int width : new int[] {1280, 390}) {
                        Page both = browser.signIn(browser.open(width, 900, "vi".equals(lang) ? "vi-VN" : "en-US"),
                                SignIn.MANAGER);
                        both.navigate(browser.url("feedback/kiosks"));
                        assertThat(both.locator("#public-url-notice #public-url-field")).isVisible();
                        noSideways(both);
                        Browser.screenshot(both, "kiosk-manager-0-public-url-form-" + width + "-" + lang);
                        both.context().close();
                    }
                }
            } finally {
                signIn.as(SignIn.ADMIN);
                accounts.update(minh.id(), new UserAccountData(minh.email(), minh.displayName(), minh.employeeId(),
                        minh.roles(), branches, true, null));
                signIn.out();
            }
            signIn.as(SignIn.ADMIN);
            publicAddress.set("https://gopy.senspa.example");
            signIn.out();
            Page manager = browser.signIn(browser.open(390, 900, "vi-VN"), SignIn.MANAGER);
            manager.navigate(browser.url("feedback/kiosks"));
            assertThat(manager.locator("#public-url-notice")).containsText("https://gopy.senspa.example");
            assertThat(manager.locator("#public-url-notice.public-url-ok")).isVisible();
            Browser.screenshot(manager, "kiosk-manager-0-public-url-set-390-vi");
            manager.context().close();
        } finally {
            signIn.as(SignIn.ADMIN);
            publicAddress.clear();
            signIn.out();
        }
    }

    @Test
    void anEmployeeUploadsTheirPhotoFromAPhone() throws Exception {
        Path file = Files.createTempFile("photo", ".png");
        Files.write(file, TestPictures.face(new Color(0xF57C00), "TL"));
        Page phone = browser.signIn(browser.open(390, 780, "vi-VN"), SignIn.EMPLOYEE);
        try {
            phone.navigate(browser.url("my-photo"));
            phone.locator("#photo-upload input[type=file]").setInputFiles(file);
            assertThat(phone.locator("#photo-message")).isVisible();
            assertThat(phone.locator("#photo-remove")).isVisible();
            noSideways(phone);
            Browser.screenshot(phone, "kiosk-my-photo-390-vi");
        } finally {
            phone.context().close();
            signIn.as(SignIn.EMPLOYEE);
            photos.removeOwn();
            signIn.out();
            Files.deleteIfExists(file);
        }
    }
}
