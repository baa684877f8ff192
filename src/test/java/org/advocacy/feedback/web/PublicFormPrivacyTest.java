package org.advocacy.feedback.web;

import static org.advocacy.jooq.Tables.EMPLOYEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocacy.kernel.i18n.Translations;
import org.advocacy.feedback.FeedbackService;
import org.advocacy.feedback.StaffChoice;
import org.advocacy.feedback.StaffChoiceService;
import org.advocacy.feedback.StaffSetting;
import org.advocacy.test.MockMvcTest;
import org.advocacy.test.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The public form reveals nothing about staff (issue 9): it offers only customer-facing people chosen by the manager,
 * names them by an opaque per-branch token, answers every unknown value alike, and answers malformed requests with a
 * 400 page in the customer's language instead of the sign-in page.
 */
class PublicFormPrivacyTest extends MockMvcTest {

    private static final Pattern SUBMISSION = Pattern.compile("name=\"submissionId\" value=\"([0-9a-f-]{36})\"");
    private static final Pattern ERROR = Pattern.compile("<div class=\"alert\"[^>]*>([^<]*)</div>");

    @Autowired
    DSLContext dsl;
    @Autowired
    FeedbackService feedback;
    @Autowired
    StaffChoiceService staffChoices;
    @Autowired
    Translations translations;

    long hn01;

    @BeforeEach
    void setUp() {
        hn01 = feedback.publicBranch("HN01").orElseThrow().id();
    }

    @AfterEach
    void out() {
        signIn.out();
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private long employeeId(String email) {
        return dsl.select(EMPLOYEE.ID).from(EMPLOYEE).where(EMPLOYEE.EMAIL.eq(email)).fetchSingle(EMPLOYEE.ID);
    }

    @Test
    void theFormOffersCustomerFacingStaffByTokenWithoutManagersOrInternalIds() throws Exception {
        String form = html(get("/f/HN01?lang=en"));
        List<Long> ids = dsl.select(EMPLOYEE.ID).from(EMPLOYEE).where(EMPLOYEE.BRANCH_ID.eq(hn01)).fetch(EMPLOYEE.ID);
        for (long id : ids) {
            assertThat(form).doesNotContain("name=\"employee\" value=\"" + id + "\"");
        }
        assertThat(form).contains("Trần Thị Lan").doesNotContain("Lê Quang Minh"); // the HN01 manager
        String lanToken = feedback.staffToken("HN01", employeeId(SignIn.EMPLOYEE));
        assertThat(form).contains("name=\"employee\" value=\"" + lanToken + "\"");
        // the token is per branch and says nothing of the id
        assertThat(lanToken).matches("[A-Za-z0-9_-]{12}").isNotEqualTo(Long.toString(employeeId(SignIn.EMPLOYEE)))
                .isNotEqualTo(feedback.staffToken("SG01", employeeId(SignIn.EMPLOYEE)));
        // managers, HR, leaders and admins are left out by default
        assertThat(feedback.staffOf(feedback.publicBranch("SG01").orElseThrow().id())).extracting(StaffChoice::displayName)
                .doesNotContain("Phạm Phương Thảo", "Võ Đức Hùng", "Đỗ Quốc Bảo");
    }

    @Test
    void everyUnknownEmployeeValueGetsTheSameAnswer() throws Exception {
        String managerToken = feedback.staffToken("HN01", employeeId(SignIn.MANAGER));
        List<String> probes = List.of(SignIn.EMPLOYEE, SignIn.MANAGER, "nobody@senspa.vn",
                Long.toString(employeeId(SignIn.EMPLOYEE)), "999999", managerToken, "AAAAAAAAAAAA", "<script>");
        List<String> answers = new ArrayList<>();
        int i = 0;
        for (String probe : probes) {
            String page = html(get("/f/HN01?lang=en"));
            Matcher m = SUBMISSION.matcher(page);
            assertThat(m.find()).isTrue();
            MockHttpServletResponse r = mvc.perform(post("/f/HN01").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .with(req -> {
                        req.setRemoteAddr("10.77.1.1");
                        return req;
                    }).param("submissionId", m.group(1)).param("website", "").param("lang", "en").param("nps", "9")
                    .param("employee", probe).param("praise", "Tốt " + UUID.randomUUID() + " " + i++))
                    .andReturn().getResponse();
            Matcher error = ERROR.matcher(r.getContentAsString());
            answers.add(r.getStatus() + " " + (error.find() ? error.group(1) : "") + " "
                    + r.getContentAsString().contains("id=\"error-employee\""));
        }
        assertThat(answers).as("the same answer for %s", probes).containsOnly(answers.getFirst());
        assertThat(answers.getFirst()).startsWith("400 ");
    }

    @Test
    void anUnknownBadgeValueOpensTheSameFormAsNone() throws Exception {
        String plain = html(get("/f/HN01?lang=en")).replaceAll(SUBMISSION.pattern(), "");
        for (String e : List.of(Long.toString(employeeId(SignIn.EMPLOYEE)), SignIn.EMPLOYEE, "abc",
                feedback.staffToken("HN01", employeeId(SignIn.MANAGER)))) {
            String page = html(get("/f/HN01?lang=en&e=" + e)).replaceAll(SUBMISSION.pattern(), "");
            assertThat(page).as(e).isEqualTo(plain);
        }
    }

    @Test
    void theManagerChoosesWhoTheFormOffers() throws Exception {
        long lan = employeeId(SignIn.EMPLOYEE);
        String lanToken = feedback.staffToken("HN01", lan);
        signIn.as(SignIn.MANAGER);
        StaffSetting before = staffChoices.settings(hn01).stream().filter(s -> s.employeeId() == lan).findFirst().orElseThrow();
        assertThat(before.customerFacing()).isTrue();
        assertThat(before.byDefault()).isTrue();
        assertThat(staffChoices.settings(hn01)).filteredOn(s -> s.employeeId() == employeeId(SignIn.MANAGER))
                .singleElement().extracting(StaffSetting::customerFacing).isEqualTo(false);
        try {
            staffChoices.setCustomerFacing(hn01, lan, false);
            signIn.out();
            assertThat(html(get("/f/HN01?lang=en"))).doesNotContain(lanToken).doesNotContain("Trần Thị Lan");
            assertThat(feedback.staffByToken(hn01, lanToken)).isEmpty();
        } finally {
            signIn.as(SignIn.MANAGER);
            staffChoices.setCustomerFacing(hn01, lan, true);
            signIn.out();
        }
        assertThat(html(get("/f/HN01?lang=en"))).contains(lanToken);

        signIn.as(SignIn.MANAGER);
        long sg01 = feedback.publicBranch("SG01").orElseThrow().id();
        assertThatThrownBy(() -> staffChoices.settings(sg01)).isInstanceOf(AccessDeniedException.class);
        signIn.as(SignIn.EMPLOYEE);
        assertThatThrownBy(() -> staffChoices.setCustomerFacing(hn01, lan, false)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badParametersAnswerA400PageInTheCustomersLanguage() throws Exception {
        String vi = translations.get("feedback.page.badRequest", Translations.VIETNAMESE);
        String en = translations.get("feedback.page.badRequest", Translations.ENGLISH);
        List<MockHttpServletRequestBuilder> bad = List.of(
                get("/f/HN01/qr.png?e=abc").header("Accept-Language", "vi-VN"),
                get("/f/HN01/qr.png?size=big").header("Accept-Language", "vi-VN"),
                get("/f/HN01/qr.png?e=" + employeeId(SignIn.EMPLOYEE)).header("Accept-Language", "vi-VN"),
                post("/f/HN01").contentType(MediaType.APPLICATION_JSON).content("{\"nps\": 9}")
                        .header("Accept-Language", "vi-VN"),
                post("/f/HN01").contentType("text/plain").content("nps=9").header("Accept-Language", "vi-VN"),
                put("/f/HN01").header("Accept-Language", "vi-VN"),
                post("/f/HN01/thanks").header("Accept-Language", "vi-VN"));
        for (MockHttpServletRequestBuilder request : bad) {
            MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
            String what = r.getStatus() + " " + r.getRedirectedUrl();
            assertThat(r.getStatus()).as(what).isEqualTo(400);
            assertThat(r.getRedirectedUrl()).isNull();
            assertThat(r.getContentType()).startsWith("text/html");
            assertThat(r.getContentAsString()).contains(org.springframework.web.util.HtmlUtils.htmlEscape(vi, "UTF-8"));
        }
        MockHttpServletResponse english = mvc.perform(get("/f/HN01/qr.png?e=abc&lang=en")).andReturn().getResponse();
        assertThat(english.getStatus()).isEqualTo(400);
        assertThat(english.getContentAsString()).contains(org.springframework.web.util.HtmlUtils.htmlEscape(en, "UTF-8"));
        MockHttpServletResponse unknown = mvc.perform(get("/f/HN01/nothing-here")).andReturn().getResponse();
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getRedirectedUrl()).isNull();
        // a badge of an offered person still works
        String token = feedback.staffToken("HN01", employeeId(SignIn.EMPLOYEE));
        assertThat(mvc.perform(get("/f/HN01/qr.png?e=" + token)).andReturn().getResponse().getContentType())
                .isEqualTo(MediaType.IMAGE_PNG_VALUE);
    }
}
