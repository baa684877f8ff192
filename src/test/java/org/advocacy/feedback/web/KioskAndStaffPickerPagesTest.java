package org.advocacy.feedback.web;

import static org.advocacy.jooq.Tables.CUSTOMER_FEEDBACK;
import static org.advocacy.jooq.Tables.EMPLOYEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocacy.kernel.ValidationException;
import org.advocacy.feedback.FeedbackService;
import org.advocacy.feedback.KioskService;
import org.advocacy.feedback.NewKiosk;
import org.advocacy.feedback.StaffChoice;
import org.advocacy.org.EmployeePhotoService;
import org.advocacy.org.TestPictures;
import org.advocacy.test.MockMvcTest;
import org.advocacy.test.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 12 on the customers' pages: the staff picker (search, photos by token), the form's own validation messages,
 * the short kiosk form with its idle reset, and the review page offered to promoters who praised someone.
 */
class KioskAndStaffPickerPagesTest extends MockMvcTest {

    private static final Pattern SUBMISSION = Pattern.compile("name=\"submissionId\" value=\"([0-9a-f-]{36})\"");

    @Autowired
    DSLContext dsl;
    @Autowired
    FeedbackService feedback;
    @Autowired
    KioskService kiosks;
    @Autowired
    EmployeePhotoService photos;
    @Value("${app.feedback.kiosk-idle-seconds}")
    int idleSeconds;

    @AfterEach
    void out() {
        signIn.out();
    }

    private static MockHttpServletRequestBuilder answer(String path, String ip, String... fields) {
        MockHttpServletRequestBuilder b = post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .with(r -> {
                    r.setRemoteAddr(ip);
                    return r;
                }).param("website", "");
        for (int i = 0; i < fields.length; i += 2) {
            b.param(fields[i], fields[i + 1]);
        }
        return b;
    }

    private static String ip() {
        return "10.12." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250 + 1);
    }

    private long hn01() {
        return feedback.publicBranch("HN01").orElseThrow().id();
    }

    private StaffChoice lan() {
        return feedback.staffOf(hn01()).stream().filter(s -> s.displayName().equals("Trần Thị Lan")).findFirst()
                .orElseThrow();
    }

    private long employeeId(String email) {
        return dsl.select(EMPLOYEE.ID).from(EMPLOYEE).where(EMPLOYEE.EMAIL.eq(email)).fetchSingle(EMPLOYEE.ID);
    }

    @Test
    void theFormValidatesItselfInItsLanguageNextToTheFieldAndAsksForTheTouchpointAfterThePerson() throws Exception {
        String html = mvc.perform(get("/f/HN01?lang=en")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains("novalidate").doesNotContain(" required");
        assertThat(html.indexOf("id=\"staff\"")).as("the person comes before the touchpoint")
                .isPositive().isLessThan(html.indexOf("id=\"touchpoint\""));
        assertThat(html).contains("Which part of your visit is your answer mostly about?");

        // no score: the page's own message under the score, in English, the field marked
        String bad = mvc.perform(answer("/f/HN01", ip(), "submissionId", UUID.randomUUID().toString(), "lang", "en",
                        "praise", "Great"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        int scale = bad.indexOf("<fieldset id=\"nps\"");
        int message = bad.indexOf("<p class=\"error\" id=\"error-nps\">");
        assertThat(message).as("the message sits inside the score's fieldset").isGreaterThan(scale);
        assertThat(bad.indexOf("</fieldset>", scale)).isGreaterThan(message);
        assertThat(bad).contains("href=\"#error-nps\"").contains("scale s11 invalid").contains(">Great</textarea>");
    }

    @Test
    void theStaffSearchWorksWithoutScriptAndStoresNothing() throws Exception {
        String sub = UUID.randomUUID().toString();
        String html = mvc.perform(answer("/f/HN01", ip(), "submissionId", sub, "lang", "vi", "nps", "9",
                        "staffQuery", "tran thi lan", "find", "1", "praise", "Rất khéo tay"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("value=\"" + lan().token() + "\"").contains("Trần Thị Lan")
                .contains("value=\"9\" checked").contains(">Rất khéo tay</textarea>")
                .contains("value=\"tran thi lan\"").contains(sub);
        long others = feedback.staffOf(hn01()).stream().filter(s -> html.contains(s.token())).count();
        assertThat(others).as("only the matching person is listed").isEqualTo(1);
        assertThat(dsl.fetchCount(CUSTOMER_FEEDBACK, CUSTOMER_FEEDBACK.SUBMISSION_ID.eq(sub))).isZero();

        String nobody = mvc.perform(answer("/f/HN01", ip(), "submissionId", sub, "lang", "en", "staffQuery", "zzz",
                "find", "1")).andReturn().getResponse().getContentAsString();
        assertThat(nobody).contains("<p class=\"hint\" id=\"staff-nobody\">Nobody with that name");
    }

    @Test
    void thePageScriptIsTheOnlyOneAllowed() throws Exception {
        var response = mvc.perform(get("/f/HN01")).andReturn().getResponse();
        String csp = response.getHeader("Content-Security-Policy");
        Matcher m = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(response.getContentAsString());
        assertThat(m.find()).isTrue();
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(m.group(1).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        String scriptSrc = java.util.Arrays.stream(csp.split(";")).map(String::strip)
                .filter(d -> d.startsWith("script-src")).findFirst().orElseThrow();
        assertThat(scriptSrc).isEqualTo("script-src 'sha256-" + hash + "'");
        assertThat(m.find()).as("one script only").isFalse();
    }

    @Test
    void photosAreShownAndServedByTheStaffTokenNeverByTheInternalId() throws Exception {
        long lanId = employeeId(SignIn.EMPLOYEE);
        long minhId = employeeId(SignIn.MANAGER);
        signIn.as(SignIn.MANAGER);
        photos.upload(lanId, TestPictures.face(java.awt.Color.PINK, "TL"));
        photos.upload(minhId, TestPictures.face(java.awt.Color.GRAY, "LM"));
        signIn.out();
        try {
            StaffChoice lan = lan();
            assertThat(lan.hasPhoto()).isTrue();
            String html = mvc.perform(get("/f/HN01")).andReturn().getResponse().getContentAsString();
            assertThat(html).contains("<img src=\"/f/HN01/photo/" + lan.token() + "?v=" + lan.photoVersion() + "\"");
            byte[] jpeg = mvc.perform(get("/f/HN01/photo/" + lan.token())).andExpect(status().isOk())
                    .andExpect(content().contentType(MediaType.IMAGE_JPEG)).andReturn().getResponse()
                    .getContentAsByteArray();
            assertThat(jpeg[0] & 0xff).isEqualTo(0xFF);

            mvc.perform(get("/f/HN01/photo/" + lanId)).andExpect(status().isNotFound());
            // the manager is not offered on the form: their photo is not public, even with a well-formed token
            mvc.perform(get("/f/HN01/photo/" + feedback.staffToken("HN01", minhId))).andExpect(status().isNotFound());
            // Lan's token of another branch does not open her photo
            mvc.perform(get("/f/HN02/photo/" + lan.token())).andExpect(status().isNotFound());
        } finally {
            signIn.as(SignIn.MANAGER);
            photos.remove(lanId);
            photos.remove(minhId);
        }
        assertThat(lan().hasPhoto()).isFalse();
    }

    @Test
    void theKioskIsAShortFormWithContactOnlyOnRequestAndAnIdleReset() throws Exception {
        signIn.as(SignIn.MANAGER);
        NewKiosk kiosk = kiosks.create(hn01(), "Quầy " + UUID.randomUUID().toString().substring(0, 6));
        signIn.out();
        String html = mvc.perform(get(kiosk.path() + "?lang=en")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains("class=\"kiosk\"").contains("data-idle=\"" + idleSeconds + "\"")
                .contains("name=\"nps\"").contains("name=\"employee\"").contains("name=\"praise\"")
                .contains("I would like to be contacted").contains("class=\"contact-fields\"")
                .doesNotContain("name=\"csat\"").doesNotContain("name=\"ces\"").doesNotContain("name=\"touchpoint\"")
                .doesNotContain("name=\"comment\"");
        assertThat(html.indexOf("id=\"consent\"")).as("the toggle comes before the contact fields")
                .isLessThan(html.indexOf("id=\"contactName\""));
        assertThat(mvc.perform(get("/f/HN01")).andReturn().getResponse().getContentAsString())
                .doesNotContain(" data-idle=");

        // contact details typed but "contact me" unticked again: dropped, the answer is stored without them
        String sub = UUID.randomUUID().toString();
        mvc.perform(answer(kiosk.path(), ip(), "submissionId", sub, "lang", "en", "nps", "3",
                        "contactName", "Khách", "contactPhone", "0901234567"))
                .andExpect(status().isSeeOther());
        var row = dsl.selectFrom(CUSTOMER_FEEDBACK).where(CUSTOMER_FEEDBACK.SUBMISSION_ID.eq(sub)).fetchSingle();
        assertThat(row.getContactPhone()).isNull();
        assertThat(row.getContactName()).isNull();
        assertThat(row.getChannel()).isEqualTo("kiosk");

        // ticked without a number: the message at the phone field, the box still ticked
        String missing = mvc.perform(answer(kiosk.path(), ip(), "submissionId", UUID.randomUUID().toString(),
                        "lang", "en", "nps", "3", "consent", "true"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("id=\"error-contactPhone\"").contains("name=\"consent\" value=\"true\" checked");
    }

    @Test
    void customersOneAfterAnotherAtOneTabletMayWriteTheSamePraise() throws Exception {
        signIn.as(SignIn.MANAGER);
        NewKiosk kiosk = kiosks.create(hn01(), "Quầy " + UUID.randomUUID().toString().substring(0, 6));
        signIn.out();
        String tablet = ip();
        String praise = "Rất tốt " + UUID.randomUUID().toString().substring(0, 4);
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        for (String sub : List.of(first, first, second)) { // the first customer taps twice, then the next one
            mvc.perform(answer(kiosk.path(), tablet, "submissionId", sub, "lang", "vi", "nps", "10",
                            "employee", lan().token(), "praise", praise))
                    .andExpect(status().isSeeOther());
        }
        assertThat(dsl.fetchCount(CUSTOMER_FEEDBACK, CUSTOMER_FEEDBACK.KIOSK_ID.eq(kiosk.id())
                .and(CUSTOMER_FEEDBACK.PRAISE.eq(praise)))).as("two customers, one double tap").isEqualTo(2);

        // the phone's form still refuses the same text from the same address within the window
        String phone = ip();
        mvc.perform(answer("/f/HN01", phone, "submissionId", UUID.randomUUID().toString(), "lang", "vi", "nps", "10",
                "praise", praise)).andExpect(status().isSeeOther());
        mvc.perform(answer("/f/HN01", phone, "submissionId", UUID.randomUUID().toString(), "lang", "vi", "nps", "10",
                "praise", praise)).andExpect(status().isBadRequest());
    }

    @Test
    void aPromoterWhoPraisedSomeoneIsOfferedTheBranchReviewPage() throws Exception {
        signIn.as(SignIn.MANAGER);
        assertThatThrownBy(() -> kiosks.setReviewUrl(hn01(), "javascript:alert(1)"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> kiosks.setReviewUrl(hn01(), "ftp://example.com/review"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> kiosks.setReviewUrl(hn01(), "https://"))
                .isInstanceOf(ValidationException.class);
        long sg01 = feedback.publicBranch("SG01").orElseThrow().id();
        assertThatThrownBy(() -> kiosks.setReviewUrl(sg01, "https://example.com/r"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        String url = "https://g.page/r/sen-spa-hoan-kiem/review?x=1&y=\"2";
        assertThatThrownBy(() -> kiosks.setReviewUrl(hn01(), url)).as("quotes are refused")
                .isInstanceOf(ValidationException.class);
        String good = "https://g.page/r/sen-spa-hoan-kiem/review?x=1&y=2";
        kiosks.setReviewUrl(hn01(), good);
        signIn.out();
        try {
            StaffChoice lan = lan();
            mvc.perform(answer("/f/HN01", ip(), "submissionId", UUID.randomUUID().toString(), "lang", "en",
                            "nps", "10", "employee", lan.token(), "praise", "Wonderful " + UUID.randomUUID()))
                    .andExpect(status().isSeeOther())
                    .andExpect(header().string("Location", "/f/HN01/thanks?lang=en&review=1"));
            String thanks = mvc.perform(get("/f/HN01/thanks?lang=en&review=1")).andReturn().getResponse()
                    .getContentAsString();
            assertThat(thanks).contains("id=\"review-link\" href=\"https://g.page/r/sen-spa-hoan-kiem/review?x=1&amp;y=2\"")
                    .contains("rel=\"noopener noreferrer\"");

            // a passive customer, or praise without a person: thanked, not asked
            for (List<String> fields : List.of(List.of("nps", "8", "employee", lan.token(), "praise", "Good " + UUID.randomUUID()),
                    List.of("nps", "10", "praise", "Lovely " + UUID.randomUUID()))) {
                java.util.List<String> all = new java.util.ArrayList<>(List.of("submissionId", UUID.randomUUID().toString(),
                        "lang", "en"));
                all.addAll(fields);
                mvc.perform(answer("/f/HN01", ip(), all.toArray(String[]::new)))
                        .andExpect(header().string("Location", "/f/HN01/thanks?lang=en"));
            }
        } finally {
            signIn.as(SignIn.MANAGER);
            kiosks.setReviewUrl(hn01(), "  ");
            signIn.out();
        }
        assertThat(mvc.perform(get("/f/HN01/thanks?lang=en&review=1")).andReturn().getResponse().getContentAsString())
                .doesNotContain("review-link");
    }
}
