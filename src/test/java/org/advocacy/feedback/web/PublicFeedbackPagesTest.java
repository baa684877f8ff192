package org.advocacy.feedback.web;

import static org.advocacy.jooq.Tables.CUSTOMER_FEEDBACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.advocacy.feedback.FeedbackService;
import org.advocacy.feedback.KioskService;
import org.advocacy.feedback.NewKiosk;
import org.advocacy.feedback.StaffChoice;
import org.advocacy.settings.PublicAddressService;
import org.advocacy.test.MockMvcTest;
import org.advocacy.test.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The customers' pages over HTTP: stateless, stored once, localized errors, rate limits, kiosks, QR codes. */
class PublicFeedbackPagesTest extends MockMvcTest {

    private static final Pattern SUBMISSION = Pattern.compile("name=\"submissionId\" value=\"([0-9a-f-]{36})\"");

    @Autowired
    DSLContext dsl;
    @Autowired
    FeedbackService feedback;
    @Autowired
    KioskService kiosks;
    @Autowired
    PublicAddressService publicAddress;
    @Value("${app.public-url}")
    String publicUrl;
    @Value("${app.feedback.rate.per-client-per-hour}")
    int perClient;

    private static String submissionId(MvcResult page) throws Exception {
        Matcher m = SUBMISSION.matcher(page.getResponse().getContentAsString());
        assertThat(m.find()).as("the form carries a submission id").isTrue();
        return m.group(1);
    }

    private static MockHttpServletRequestBuilder answer(String path, String ip, String submissionId, String... fields) {
        MockHttpServletRequestBuilder b = post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .with(r -> {
                    r.setRemoteAddr(ip);
                    return r;
                }).param("submissionId", submissionId).param("website", "");
        for (int i = 0; i < fields.length; i += 2) {
            b.param(fields[i], fields[i + 1]);
        }
        return b;
    }

    @Test
    void theFormOpensWithoutSignInAndWithoutASession() throws Exception {
        MvcResult page = mvc.perform(get("/f/HN01").header("Accept-Language", "vi-VN,vi;q=0.9"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn();
        assertThat(page.getRequest().getSession(false)).as("no server memory per visitor").isNull();
        String html = page.getResponse().getContentAsString();
        assertThat(html).contains("Sen Spa Hoàn Kiếm").contains("Bạn có sẵn lòng giới thiệu Sen Spa")
                .contains("name=\"nps\"").contains("name=\"website\"");
        submissionId(page);
    }

    @Test
    void theLanguageFollowsTheBrowserAndTheSwitch() throws Exception {
        assertThat(mvc.perform(get("/f/HN01").header("Accept-Language", "en-US,en;q=0.8")).andReturn().getResponse()
                .getContentAsString()).contains("How likely are you to recommend Sen Spa").contains("?lang=vi");
        assertThat(mvc.perform(get("/f/HN01?lang=en").header("Accept-Language", "vi")).andReturn().getResponse()
                .getContentAsString()).contains("How likely are you to recommend");
    }

    @Test
    void anAnswerIsStoredOnceAndThenThanked() throws Exception {
        String sub = submissionId(mvc.perform(get("/f/HN01")).andReturn());
        for (int i = 0; i < 2; i++) { // the second post is a retried click
            mvc.perform(answer("/f/HN01", "10.2.0.1", sub, "nps", "9", "csat", "5", "touchpoint", "treatment",
                            "comment", "Rất thư giãn", "lang", "en"))
                    .andExpect(status().isSeeOther())
                    .andExpect(header().string("Location", "/f/HN01/thanks?lang=en"));
        }
        assertThat(dsl.fetchCount(CUSTOMER_FEEDBACK, CUSTOMER_FEEDBACK.SUBMISSION_ID.eq(sub))).isEqualTo(1);
        assertThat(mvc.perform(get("/f/HN01/thanks?lang=en")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("Thank you!");
    }

    @Test
    void aBadAnswerComesBackWithALocalizedMessageAndTheTypedValues() throws Exception {
        String sub = UUID.randomUUID().toString();
        String html = mvc.perform(answer("/f/HN01", "10.2.0.2", sub, "nps", "4", "contactPhone", "12", "consent", "true",
                        "comment", "<script>x</script>", "lang", "vi"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Vui lòng nhập số điện thoại gồm 8 đến 15 chữ số")
                .contains("&lt;script&gt;x&lt;/script&gt;").doesNotContain("<script>x");
        assertThat(dsl.fetchCount(CUSTOMER_FEEDBACK, CUSTOMER_FEEDBACK.SUBMISSION_ID.eq(sub))).isZero();
    }

    @Test
    void anUnknownBranchIsNotFound() throws Exception {
        mvc.perform(get("/f/NOPE")).andExpect(status().isNotFound());
    }

    @Test
    void aBurstBeyondTheAllowanceGets429ButTheKioskKeepsWorking() throws Exception {
        String ip = "10.2.9." + (int) (Math.random() * 200 + 20);
        int refused = 0;
        for (int i = 0; i <= perClient; i++) {
            int code = mvc.perform(answer("/f/DN02", ip, UUID.randomUUID().toString(), "nps", "8", "lang", "en"))
                    .andReturn().getResponse().getStatus();
            if (code == 429) {
                refused++;
            }
        }
        assertThat(refused).isEqualTo(1);
        MockHttpServletResponse limited = mvc.perform(answer("/f/DN02", ip, UUID.randomUUID().toString(), "nps", "8",
                "lang", "vi")).andExpect(status().isTooManyRequests()).andReturn().getResponse();
        // the shared bucket knows when its next token comes: one every 3 minutes at 20 an hour
        assertThat(Integer.parseInt(limited.getHeader("Retry-After"))).isBetween(1, 3600 / perClient);
        String page = limited.getContentAsString();
        assertThat(page).contains("Vui lòng đợi một phút rồi gửi lại");

        signIn.as(SignIn.MANAGER);
        NewKiosk kiosk = kiosks.create(feedback.publicBranch("HN01").orElseThrow().id(), "Quầy lễ tân");
        signIn.out();
        String sub = submissionId(mvc.perform(get(kiosk.path())).andExpect(status().isOk()).andReturn());
        mvc.perform(answer(kiosk.path(), ip, sub, "nps", "10", "lang", "vi"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", kiosk.path() + "/thanks?lang=vi"));
        String thanks = mvc.perform(get(kiosk.path() + "/thanks?lang=vi")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(thanks).contains("http-equiv=\"refresh\" content=\"5;url=" + kiosk.path() + "?lang=vi\"");
    }

    @Test
    void aRevokedKioskLinkStopsWorking() throws Exception {
        signIn.as(SignIn.MANAGER);
        NewKiosk kiosk = kiosks.create(feedback.publicBranch("HN01").orElseThrow().id(), "Máy cũ");
        kiosks.revoke(kiosk.id());
        signIn.out();
        mvc.perform(get(kiosk.path())).andExpect(status().isNotFound());
        mvc.perform(get("/k/not-a-real-token-at-all-xyz")).andExpect(status().isNotFound());
    }

    @Test
    void theBadgeQrCodeOpensTheFormWithThePersonPreselected() throws Exception {
        StaffChoice person = feedback.staffOf(feedback.publicBranch("HN01").orElseThrow().id()).get(3);
        byte[] png = mvc.perform(get("/f/HN01/qr.png?e=" + person.token())).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_PNG)).andReturn().getResponse().getContentAsByteArray();
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        String text = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(img.getWidth(), img.getHeight(), pixels)))).getText();
        assertThat(text).isEqualTo(publicUrl + "/f/HN01?e=" + person.token());

        String html = mvc.perform(get("/f/HN01?e=" + person.token())).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("value=\"" + person.token() + "\" checked");
    }

    private static String qrText(byte[] png) throws Exception {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(img.getWidth(), img.getHeight(), pixels)))).getText();
    }

    @Test
    void theQrCodesCarryThePublicAddressAnAdministratorStored() throws Exception {
        StaffChoice person = feedback.staffOf(feedback.publicBranch("HN01").orElseThrow().id()).get(2);
        signIn.as(SignIn.ADMIN);
        publicAddress.set("https://feedback.senspa.example/");
        signIn.out();
        try {
            assertThat(qrText(mvc.perform(get("/f/HN01/qr.png")).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsByteArray())).isEqualTo("https://feedback.senspa.example/f/HN01");
            assertThat(qrText(mvc.perform(get("/f/HN01/qr.png?e=" + person.token())).andReturn().getResponse()
                    .getContentAsByteArray())).isEqualTo("https://feedback.senspa.example/f/HN01?e=" + person.token());
        } finally {
            signIn.as(SignIn.ADMIN);
            publicAddress.clear();
            signIn.out();
        }
        assertThat(qrText(mvc.perform(get("/f/HN01/qr.png")).andReturn().getResponse().getContentAsByteArray()))
                .as("PUBLIC_URL again once the stored address is removed").isEqualTo(publicUrl + "/f/HN01");
    }

    @Test
    void thePosterIsAPdf() throws Exception {
        byte[] pdf = mvc.perform(get("/f/HN01/poster.pdf")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
