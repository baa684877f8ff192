package org.advocacy.survey;

import static org.advocacy.jooq.Tables.EMPLOYEE;
import static org.advocacy.jooq.Tables.NOTIFICATION;
import static org.advocacy.jooq.Tables.PULSE_PARTICIPATION;
import static org.advocacy.jooq.Tables.PULSE_ROUND;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.advocacy.kernel.ui.Formats;
import org.advocacy.notification.Mailer;
import org.advocacy.org.OrgService;
import org.advocacy.security.internal.UserRepository;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The scheduler opens rounds at 08:00 in Asia/Ho_Chi_Minh (01:00 UTC) on the cadence's days, closes them after the
 * window, across month ends (Jan 31 → Feb 28 → Mar 31: no drift), and reminds who has not answered in their language.
 * Time is a controllable instant given to each tick.
 */
@PortalTest
class RoundSchedulerTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    RoundScheduler scheduler;
    @Autowired
    PulseProgramService pulsePrograms;
    @Autowired
    OrgService org;
    @Autowired
    SignIn signIn;
    @Autowired
    DSLContext dsl;
    @Autowired
    UserRepository users;
    @Autowired
    Mailer mailer;

    @AfterEach
    void out() {
        signIn.out();
    }

    private long program(LocalDate start, Set<Long> branches) {
        signIn.as(SignIn.HR);
        try {
            return pulsePrograms.createProgram(new ProgramData("Scheduler " + start + branches, Cadence.MONTHLY, 7, start,
                    branches, Set.of(), List.of(Driver.library("team").orElseThrow()), false));
        } finally {
            signIn.out();
        }
    }

    private void tick(String instant, long program) {
        scheduler.tick(Instant.parse(instant), id -> id == program);
    }

    private List<org.advocacy.jooq.tables.records.PulseRoundRecord> rounds(long program) {
        return dsl.selectFrom(PULSE_ROUND).where(PULSE_ROUND.PROGRAM_ID.eq(program)).orderBy(PULSE_ROUND.OPENS_AT).fetch();
    }

    @Test
    void opensAndClosesOnTimeAcrossMonthEnds() {
        long p = program(LocalDate.of(2031, 1, 31), Set.of());
        tick("2031-01-31T00:59:59Z", p);
        assertThat(rounds(p)).isEmpty();
        tick("2031-01-31T01:00:00Z", p); // 08:00 in Hồ Chí Minh City
        assertThat(rounds(p)).singleElement().satisfies(r -> {
            assertThat(r.getOpensAt()).isEqualTo(LocalDateTime.parse("2031-01-31T01:00:00"));
            assertThat(r.getClosesAt()).isEqualTo(LocalDateTime.parse("2031-02-07T01:00:00"));
            assertThat(r.getCloseDate()).isEqualTo(LocalDate.of(2031, 2, 7));
            assertThat(r.getStatus()).isEqualTo(RoundStatus.OPEN);
            assertThat(r.getInvited()).isEqualTo(dsl.fetchCount(EMPLOYEE, EMPLOYEE.ACTIVE.isTrue()));
        });
        tick("2031-01-31T01:00:30Z", p); // a second tick (another instance) opens nothing more
        assertThat(rounds(p)).hasSize(1);
        tick("2031-02-07T00:59:59Z", p);
        assertThat(rounds(p).getFirst().getStatus()).isEqualTo(RoundStatus.OPEN);
        tick("2031-02-07T01:00:00Z", p);
        assertThat(rounds(p).getFirst().getStatus()).isEqualTo(RoundStatus.CLOSED);
        tick("2031-02-28T00:59:59Z", p);
        assertThat(rounds(p)).hasSize(1);
        tick("2031-02-28T01:00:00Z", p); // Jan 31 + 1 month = Feb 28
        assertThat(rounds(p)).hasSize(2).last()
                .satisfies(r -> assertThat(r.getOpensAt()).isEqualTo(LocalDateTime.parse("2031-02-28T01:00:00")));
        tick("2031-03-31T01:00:00Z", p); // Jan 31 + 2 months = Mar 31, not Mar 28
        assertThat(rounds(p)).hasSize(3).satisfies(rs -> {
            assertThat(rs.get(1).getStatus()).isEqualTo(RoundStatus.CLOSED);
            assertThat(rs.get(2).getOpensAt()).isEqualTo(LocalDateTime.parse("2031-03-31T01:00:00"));
            assertThat(rs.get(2).getStatus()).isEqualTo(RoundStatus.OPEN);
        });
        signIn.as(SignIn.HR);
        pulsePrograms.setProgramStatus(p, ProgramStatus.PAUSED);
        tick("2031-05-01T01:00:00Z", p); // paused: nothing new opens, the open round still closes
        assertThat(rounds(p)).hasSize(3).allSatisfy(r -> assertThat(r.getStatus()).isEqualTo(RoundStatus.CLOSED));
    }

    @Test
    void remindsWhoHasNotAnsweredOnOpeningAndTwoDaysBeforeCloseInTheirLanguage() throws Exception {
        signIn.as(SignIn.EMPLOYEE);
        var lan = org.ownProfile().orElseThrow();
        signIn.out();
        long lanUser = users.idOfEmail(SignIn.EMPLOYEE).orElseThrow();
        String before = users.findByEmail(SignIn.EMPLOYEE).orElseThrow().locale();
        long p = program(LocalDate.of(2032, 3, 10), Set.of(lan.branchId()));
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        sender.setJavaMailProperties(new Properties());
        Object previous = ReflectionTestUtils.getField(mailer, "sender");
        org.springframework.beans.factory.support.StaticListableBeanFactory f =
                new org.springframework.beans.factory.support.StaticListableBeanFactory();
        f.addBean("mail", sender);
        ReflectionTestUtils.setField(mailer, "sender", f.getBeanProvider(JavaMailSender.class));
        try {
            users.setLocale(lanUser, "vi");
            tick("2032-03-10T01:00:00Z", p);
            long round = rounds(p).getFirst().getId();
            assertThat(notices(lanUser, "survey.notice.opened")).isEqualTo(1);
            int invited = rounds(p).getFirst().getInvited();
            int noticed = dsl.fetchCount(NOTIFICATION, NOTIFICATION.MESSAGE_KEY.eq("survey.notice.opened")
                    .and(NOTIFICATION.MESSAGE_ARGS.contains("2032-03-17")));
            assertThat(noticed).isPositive().isLessThanOrEqualTo(invited); // staff with an account
            assertThat(smtp.waitForIncomingEmail(20_000, noticed)).isTrue();
            MimeMessage toLan = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> recipient(m).equals(SignIn.EMPLOYEE)).findFirst().orElseThrow();
            // the date is stored as ISO in the notice and written the Vietnamese way in her mail
            assertThat((String) toLan.getContent()).contains("Đợt khảo sát",
                    Formats.date(LocalDate.of(2032, 3, 17), java.util.Locale.forLanguageTag("vi")))
                    .doesNotContain("2032-03-17");

            // Lan answers (participation only is what matters to the reminder); a colleague does not
            dsl.insertInto(PULSE_PARTICIPATION).set(PULSE_PARTICIPATION.ROUND_ID, round)
                    .set(PULSE_PARTICIPATION.EMPLOYEE_ID, lan.id()).execute();
            tick("2032-03-15T00:59:59Z", p); // more than two days before the close (03-17 01:00Z)
            assertThat(dsl.fetchCount(NOTIFICATION, NOTIFICATION.MESSAGE_KEY.eq("survey.notice.closing")
                    .and(NOTIFICATION.LINK.eq("my-pulse")).and(NOTIFICATION.MESSAGE_ARGS.contains("2032-03-17")))).isZero();
            tick("2032-03-15T01:00:00Z", p);
            int closing = dsl.fetchCount(NOTIFICATION, NOTIFICATION.MESSAGE_KEY.eq("survey.notice.closing")
                    .and(NOTIFICATION.MESSAGE_ARGS.contains("2032-03-17")));
            assertThat(closing).isEqualTo(noticed - 1);
            assertThat(notices(lanUser, "survey.notice.closing")).isZero();
            tick("2032-03-16T01:00:00Z", p); // once only
            assertThat(dsl.fetchCount(NOTIFICATION, NOTIFICATION.MESSAGE_KEY.eq("survey.notice.closing")
                    .and(NOTIFICATION.MESSAGE_ARGS.contains("2032-03-17")))).isEqualTo(closing);
        } finally {
            ReflectionTestUtils.setField(mailer, "sender", previous);
            users.setLocale(lanUser, before);
        }
    }

    private int notices(long userId, String key) {
        return dsl.fetchCount(NOTIFICATION, NOTIFICATION.USER_ID.eq(userId).and(NOTIFICATION.MESSAGE_KEY.eq(key))
                .and(NOTIFICATION.MESSAGE_ARGS.contains("2032-03-17")));
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
