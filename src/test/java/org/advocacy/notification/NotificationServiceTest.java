package org.advocacy.notification;

import org.advocacy.kernel.id.AccountId;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Properties;
import org.advocacy.security.internal.UserRepository;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.util.ReflectionTestUtils;

/** Notices belong to one user, are read and cleared by that user only, and are e-mailed in their language. */
@PortalTest
class NotificationServiceTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    NotificationService notifications;
    @Autowired
    SignIn signIn;
    @Autowired
    UserRepository users;
    @Autowired
    Mailer mailer;

    /** Lan's language before the test: the mail test changes it, and the demo user must leave as it came. */
    private String lansLocale;

    @BeforeEach
    void rememberLansLanguage() {
        lansLocale = users.findByEmail(SignIn.EMPLOYEE).orElseThrow().locale();
    }

    @AfterEach
    void out() {
        users.setLocale(users.idOfEmail(SignIn.EMPLOYEE).orElseThrow(), lansLocale);
        signIn.out();
    }

    @Test
    void aNoticeReachesOnlyItsUserAndCanBeMarkedRead() {
        long lan = users.idOfEmail(SignIn.EMPLOYEE).orElseThrow();
        long id = notifications.notify(AccountId.of(lan), "test.kind", "home.hello", List.of("Lan"), "", false);

        signIn.as(SignIn.MANAGER);
        assertThat(notifications.mine(0, 50)).extracting(Notification::id).doesNotContain(id);
        notifications.markRead(id); // someone else's notice: nothing happens
        signIn.as(SignIn.EMPLOYEE);
        int unread = notifications.unreadCount();
        assertThat(notifications.mine(0, 50)).filteredOn(n -> n.id() == id).singleElement()
                .satisfies(n -> {
                    assertThat(n.unread()).isTrue();
                    assertThat(n.args()).containsExactly("Lan");
                });
        notifications.markRead(id);
        assertThat(notifications.unreadCount()).isEqualTo(unread - 1);
        assertThat(notifications.mine(0, 50)).filteredOn(n -> n.id() == id).singleElement()
                .satisfies(n -> assertThat(n.unread()).isFalse());
    }

    @Test
    void withSmtpConfiguredTheNoticeIsMailedInTheUsersLanguage() throws Exception {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        sender.setJavaMailProperties(new Properties());
        Object previous = ReflectionTestUtils.getField(mailer, "sender");
        org.springframework.beans.factory.support.StaticListableBeanFactory f =
                new org.springframework.beans.factory.support.StaticListableBeanFactory();
        f.addBean("mail", sender);
        ReflectionTestUtils.setField(mailer, "sender", f.getBeanProvider(org.springframework.mail.javamail.JavaMailSender.class));
        try {
            long lan = users.idOfEmail(SignIn.EMPLOYEE).orElseThrow();
            users.setLocale(lan, "vi");
            notifications.notify(AccountId.of(lan), "test.kind", "home.hello", List.of("Lan"), "", true);
            assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
            MimeMessage m = smtp.getReceivedMessages()[0];
            assertThat(m.getAllRecipients()[0].toString()).isEqualTo(SignIn.EMPLOYEE);
            assertThat(m.getSubject()).contains("Xin chào, Lan");
            assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(m)).contains("Xin ch");
        } finally {
            ReflectionTestUtils.setField(mailer, "sender", previous);
        }
    }
}
