package org.advocacy.notification;

import org.advocacy.kernel.id.AccountId;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.advocacy.kernel.i18n.Translations;
import org.advocacy.notification.internal.NotificationRepository;
import org.advocacy.org.OrgService;
import org.advocacy.recognition.CompanyValueService;
import org.advocacy.recognition.RecognitionData;
import org.advocacy.recognition.RecognitionService;
import org.advocacy.recognition.Visibility;
import org.advocacy.security.internal.UserRepository;
import org.advocacy.settings.PublicAddressService;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Recognition received reaches the recipient by e-mail in their language (unless they switched e-mails off), and
 * the weekly digest goes out once a week to those who asked for it. GreenMail plays the SMTP server; the digest
 * runs on a fixed clock.
 */
@PortalTest
class NotificationMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    Mailer mailer;
    @Autowired
    NotificationService notifications;
    @Autowired
    NotificationRepository repository;
    @Autowired
    Translations translations;
    @Autowired
    RecognitionService recognition;
    @Autowired
    CompanyValueService companyValues;
    @Autowired
    OrgService org;
    @Autowired
    UserRepository users;
    @Autowired
    SignIn signIn;
    @Autowired
    PublicAddressService publicAddress;

    private Object previous;
    /** Lan's language and notice preferences before the test: the demo user leaves as it came. */
    private String lansLocale;
    private NotificationPreferences lansPreferences;

    @BeforeEach
    void pointTheMailerAtGreenMail() {
        long lan = users.idOfEmail(SignIn.EMPLOYEE).orElseThrow();
        lansLocale = users.findByEmail(SignIn.EMPLOYEE).orElseThrow().locale();
        lansPreferences = repository.preferences(lan);
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        sender.setJavaMailProperties(new Properties());
        previous = ReflectionTestUtils.getField(mailer, "sender");
        StaticListableBeanFactory f = new StaticListableBeanFactory();
        f.addBean("mail", sender);
        ReflectionTestUtils.setField(mailer, "sender", f.getBeanProvider(JavaMailSender.class));
    }

    @AfterEach
    void restore() {
        ReflectionTestUtils.setField(mailer, "sender", previous);
        long lan = users.idOfEmail(SignIn.EMPLOYEE).orElseThrow();
        repository.savePreferences(lan, lansPreferences);
        users.setLocale(lan, lansLocale);
        signIn.out();
    }

    private long recogniseLan(String text) {
        signIn.as(SignIn.EMPLOYEE);
        long lan = org.ownProfile().orElseThrow().id();
        signIn.as(SignIn.MANAGER);
        long value = companyValues.values(true).get(0).id();
        try {
            return recognition.recognise(new RecognitionData(Set.of(lan), Set.of(value), text, Visibility.BRANCH));
        } finally {
            signIn.out();
        }
    }

    @Test
    void recognitionReceivedIsMailedInTheRecipientsLanguage() throws Exception {
        long lan = users.idOfEmail(SignIn.EMPLOYEE).orElseThrow();
        users.setLocale(lan, "vi");
        String text = "Cảm ơn chị " + UUID.randomUUID();
        recogniseLan(text);
        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage m = smtp.getReceivedMessages()[0];
        assertThat(m.getAllRecipients()[0].toString()).isEqualTo(SignIn.EMPLOYEE);
        assertThat(m.getSubject()).contains("Lê Quang Minh đã ghi nhận bạn");
        assertThat(GreenMailUtil.getBody(m)).contains("recognition/profile");
        signIn.as(SignIn.EMPLOYEE);
        assertThat(notifications.mine(0, 5)).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(FeatureNotices.RECOGNITION_RECEIVED);
            assertThat(n.args()).containsExactly("Lê Quang Minh", text);
        });
    }

    @Test
    void theLinkInTheMailUsesThePublicAddressAnAdministratorStored() throws Exception {
        signIn.as(SignIn.ADMIN);
        publicAddress.set("https://feedback.senspa.example");
        try {
            String text = "link " + UUID.randomUUID();
            recogniseLan(text);
            assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
            MimeMessage m = java.util.Arrays.stream(smtp.getReceivedMessages()).filter(x -> body(x).contains(text))
                    .findFirst().orElseThrow();
            assertThat(body(m)).contains("https://feedback.senspa.example/recognition/profile");
        } finally {
            signIn.as(SignIn.ADMIN);
            publicAddress.clear();
            signIn.out();
        }
    }

    @Test
    void noMailWhenTheRecipientSwitchedEmailsOffButTheNoticeIsThere() {
        long lan = users.idOfEmail(SignIn.EMPLOYEE).orElseThrow();
        repository.savePreferences(lan, new NotificationPreferences(false, false));
        String text = "quiet " + UUID.randomUUID();
        recogniseLan(text);
        // the mail would have left synchronously after the commit, inside recognise()
        assertThat(smtp.getReceivedMessages()).isEmpty();
        signIn.as(SignIn.EMPLOYEE);
        assertThat(notifications.mine(0, 5)).anySatisfy(n -> assertThat(n.args()).contains(text));
    }

    @Test
    void theWeeklyDigestGoesOutOncePerWeekWithTheUnreadNotices() throws Exception {
        long lan = users.idOfEmail(SignIn.EMPLOYEE).orElseThrow();
        repository.savePreferences(lan, new NotificationPreferences(false, true));
        users.setLocale(lan, "en");
        String text = "digest " + UUID.randomUUID();
        recogniseLan(text); // e-mail off: only the digest mails it

        Instant monday = Instant.now().minusSeconds(3600);
        WeeklyDigest digest = new WeeklyDigest(repository, mailer, translations, Clock.fixed(monday, ZoneOffset.UTC));
        assertThat(digest.sendDue()).isGreaterThanOrEqualTo(1);
        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage m = java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(x -> body(x).contains(text)).findFirst().orElseThrow();
        assertThat(m.getAllRecipients()[0].toString()).isEqualTo(SignIn.EMPLOYEE);
        assertThat(m.getSubject()).contains("unread notices this week");
        int received = smtp.getReceivedMessages().length;

        // the same week again (another instance, or a restart): nothing more for this user
        assertThat(new WeeklyDigest(repository, mailer, translations, Clock.fixed(monday.plusSeconds(600), ZoneOffset.UTC))
                .sendDue()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(received);

        // a week later, with a new unread notice: the next digest, holding only what is new
        WeeklyDigest nextWeek = new WeeklyDigest(repository, mailer, translations,
                Clock.fixed(monday.plusSeconds(7 * 24 * 3600), ZoneOffset.UTC));
        signIn.as(SignIn.EMPLOYEE);
        notifications.markAllRead(); // read in the portal meanwhile: not in the next digest
        signIn.out();
        notifications.notify(AccountId.of(lan), "test.kind", "recognition.notice.received", List.of("Tester", "next week"), "", false);
        assertThat(nextWeek.sendDue()).isEqualTo(1);
        MimeMessage second = smtp.getReceivedMessages()[received];
        assertThat(body(second)).contains("next week").doesNotContain(text);
    }

    private static String body(MimeMessage m) {
        try {
            return m.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
