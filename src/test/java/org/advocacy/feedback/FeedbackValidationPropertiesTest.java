package org.advocacy.feedback;

import static org.advocacy.jooq.Tables.CUSTOMER_FEEDBACK;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.advocacy.kernel.ValidationException;
import org.advocacy.kernel.i18n.Translations;
import org.advocacy.security.ApiScope;
import org.advocacy.test.PortalTest;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestContextManager;

/**
 * Property-based tests (jqwik): random and hostile input thrown at the public form's service and the API's.
 * Nothing crashes, nothing invalid is stored, and every rejection names a translated reason.
 */
class FeedbackValidationPropertiesTest {

    /** Borrows the one shared Spring test context (jqwik does not run Spring's JUnit extension). */
    @PortalTest
    static class Context {
    }

    private static ApplicationContext context;
    private static FeedbackService service;
    private static Translations translations;
    private static DSLContext dsl;
    private static List<String> hn01Staff;

    @BeforeContainer
    static void springContext() {
        context = new TestContextManager(Context.class).getTestContext().getApplicationContext();
        service = context.getBean(FeedbackService.class);
        translations = context.getBean(Translations.class);
        dsl = context.getBean(DSLContext.class);
        long hn01 = service.publicBranch("HN01").orElseThrow().id();
        hn01Staff = service.staffOf(hn01).stream().map(org.advocacy.feedback.StaffChoice::token).toList();
    }

    private static Arbitrary<String> hostileText(int max) {
        return Arbitraries.oneOf(
                Arbitraries.just(null),
                Arbitraries.just(""),
                Arbitraries.strings().ofMaxLength(max + 20),
                Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(5),
                Arbitraries.strings().withChars('\ud800', '\udfff', 'a').ofMinLength(1).ofMaxLength(6),
                Arbitraries.of("'; DROP TABLE customer_feedback; --", "<script>alert(1)</script>", "Chị Lan rất chu đáo 🌸",
                        "\u202eevil", "x".repeat(max), "x".repeat(max + 1), "   ", "a\r\nb"));
    }

    /** Mostly a valid value, sometimes a hostile one: so that both stored and rejected answers occur. */
    private static <T> Arbitrary<T> mostly(Arbitrary<T> valid, Arbitrary<T> hostile) {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, valid), net.jqwik.api.Tuple.of(1, hostile));
    }

    private static Arbitrary<String> validText(int max) {
        return Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.of("Chị Lan rất chu đáo 🌸", "<b>Tuyệt</b> & 'ngon'",
                "x".repeat(max)), Arbitraries.strings().alpha().numeric().withChars(' ', 'ă', 'ơ', 'đ').ofMaxLength(max));
    }

    @Provide
    Arbitrary<FeedbackData> formInput() {
        Arbitrary<String> branch = mostly(Arbitraries.of("HN01", "hn01", "HP01"), Arbitraries.oneOf(
                Arbitraries.of("XX99", "", "HN01 ' OR 1=1"), Arbitraries.strings().ofMaxLength(40)));
        Arbitrary<Integer> nps = mostly(Arbitraries.integers().between(0, 10), Arbitraries.oneOf(
                Arbitraries.of(-1, 11, Integer.MIN_VALUE, Integer.MAX_VALUE), Arbitraries.just(null)));
        Arbitrary<Integer> csat = mostly(Arbitraries.integers().between(1, 5).injectNull(0.3), Arbitraries.of(0, 6, -1));
        Arbitrary<Integer> ces = mostly(Arbitraries.integers().between(1, 7).injectNull(0.3), Arbitraries.of(0, 8, 99));
        Arbitrary<String> touchpoint = mostly(Arbitraries.of("reception", "treatment", "TREATMENT", "").injectNull(0.3),
                Arbitraries.oneOf(Arbitraries.of("spa"), hostileText(40)));
        Arbitrary<String> employee = mostly(Arbitraries.of(hn01Staff).injectNull(0.5), Arbitraries.oneOf(Arbitraries.of(
                "1", "-1", "99999999999999999999", "minh.le@senspa.vn", "nobody@senspa.vn"), hostileText(30)));
        Arbitrary<String[]> contact = mostly(Arbitraries.of(new String[] {null, null, null, "false"},
                        new String[] {"Khách", "0912 345 678", null, "true"}, new String[] {null, null, "khach@example.com", "true"},
                        new String[] {"Anh Ba", "+84 912 345 678", "ba@example.vn", "true"}),
                Combinators.combine(hostileText(FeedbackService.NAME_MAX),
                        Arbitraries.oneOf(Arbitraries.of("0912 345 678", "12", "091234567890123456", "abc"), hostileText(30)),
                        Arbitraries.oneOf(Arbitraries.of("khach@example.com", "no-at-sign", "a@b"), hostileText(200)),
                        Arbitraries.of("true", "false")).as((n, ph, em, c) -> new String[] {n, ph, em, c}));
        Arbitrary<String> submission = mostly(Arbitraries.create(() -> UUID.randomUUID().toString()),
                Arbitraries.oneOf(Arbitraries.of("not-a-uuid", ""), Arbitraries.just(null)));
        Arbitrary<String> honeypot = mostly(Arbitraries.of("").injectNull(0.5), Arbitraries.of("http://spam"));
        Arbitrary<String> praise = mostly(validText(FeedbackService.PRAISE_MAX), hostileText(FeedbackService.PRAISE_MAX));
        Arbitrary<String> comment = mostly(validText(FeedbackService.COMMENT_MAX), hostileText(FeedbackService.COMMENT_MAX));
        return Combinators.combine(branch, nps, csat, ces, touchpoint, employee, praise, comment)
                .as((b, n, cs, ce, t, e, p, c) -> new Object[] {b, n, cs, ce, t, e, p, c})
                .flatMap(first -> Combinators.combine(contact, submission, honeypot)
                        .as((k, sub, hp) -> FeedbackData.ofForm((String) first[0], (Integer) first[1],
                                (Integer) first[2], (Integer) first[3], (String) first[4], (String) first[5],
                                (String) first[6], (String) first[7], k[0], k[1], k[2], Boolean.parseBoolean(k[3]), sub, hp)));
    }

    @Property(tries = 400)
    void publicFormNeverCrashesAndStoresOnlyValidAnswers(@ForAll("formInput") FeedbackData data,
            @ForAll("clientIp") String ip) {
        SecurityContextHolder.clearContext();
        try {
            SubmitResult result = service.submitPublic(data, FeedbackOrigin.web(ip));
            assertStoredRowIsValid(result.id(), data);
            Statistics.label("outcome").collect("stored");
        } catch (ValidationException rejected) {
            Statistics.label("outcome").collect("rejected");
            assertTranslated(rejected.messageKey(), rejected.args());
            if (data.submissionId() != null && FeedbackService.UUID_FORMAT.matcher(data.submissionId()).matches()) {
                assertThat(dsl.fetchExists(CUSTOMER_FEEDBACK, CUSTOMER_FEEDBACK.SUBMISSION_ID.eq(data.submissionId())))
                        .as("a rejected answer leaves nothing behind").isFalse();
            }
        }
        // the generators must reach both sides: stored answers and rejected ones
        Statistics.label("outcome").coverage(c -> {
            c.check("stored").count((Integer n) -> n >= 5);
            c.check("rejected").count((Integer n) -> n >= 5);
        });
    }

    @Provide
    Arbitrary<String> clientIp() {
        return Arbitraries.integers().between(1, 254).map(i -> "10.77." + i + ".1");
    }

    @Provide
    Arbitrary<OffsetDateTime> submittedAt() {
        return Arbitraries.oneOf(Arbitraries.just(null),
                Arbitraries.longs().between(-400_000_000L, 400_000_000L)
                        .map(s -> OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(s).withOffsetSameInstant(ZoneOffset.ofHours(7))));
    }

    @Provide
    Arbitrary<String> externalId() {
        return Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.create(() -> "prop-" + UUID.randomUUID()),
                Arbitraries.strings().ofMaxLength(120), Arbitraries.of("with space", "ä", ""));
    }

    @Property(tries = 200)
    void apiNeverCrashesAndStoresOnlyValidAnswers(@ForAll("formInput") FeedbackData form,
            @ForAll("submittedAt") OffsetDateTime at, @ForAll("externalId") String externalId) {
        FeedbackTestSupport.apiClient(null, ApiScope.FEEDBACK_WRITE);
        FeedbackData data = new FeedbackData(form.branch(), form.nps(), form.csat(), form.ces(), form.touchpoint(),
                form.employee(), form.praise(), form.comment(), form.contactName(), form.contactPhone(),
                form.contactEmail(), form.consent(), at, externalId, null, null);
        try {
            SubmitResult result = service.submitApi(data, "token:prop");
            assertStoredRowIsValid(result.id(), data);
        } catch (ValidationException rejected) {
            assertTranslated(rejected.messageKey(), rejected.args());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void assertTranslated(String key, Object[] args) {
        assertThat(key).startsWith("feedback.error.");
        for (Locale l : Translations.LOCALES) {
            assertThat(translations.get(key, l, args)).doesNotStartWith("!");
        }
    }

    private static void assertStoredRowIsValid(long id, FeedbackData sent) {
        var row = dsl.selectFrom(CUSTOMER_FEEDBACK).where(CUSTOMER_FEEDBACK.ID.eq(id)).fetchSingle();
        assertThat(row.getNps()).isBetween((short) 0, (short) 10);
        if (row.getCsat() != null) {
            assertThat(row.getCsat()).isBetween((short) 1, (short) 5);
        }
        if (row.getCes() != null) {
            assertThat(row.getCes()).isBetween((short) 1, (short) 7);
        }
        if (row.getPraise() != null) {
            assertThat(row.getPraise().codePointCount(0, row.getPraise().length())).isLessThanOrEqualTo(FeedbackService.PRAISE_MAX);
            assertThat(row.getPraise()).isNotBlank();
        }
        if (row.getCommentText() != null) {
            assertThat(row.getCommentText().codePointCount(0, row.getCommentText().length()))
                    .isLessThanOrEqualTo(FeedbackService.COMMENT_MAX);
        }
        if (!row.getContactConsent()) {
            assertThat(row.getContactName()).isNull();
            assertThat(row.getContactPhone()).isNull();
            assertThat(row.getContactEmail()).isNull();
        } else {
            assertThat(row.getContactPhone() != null || row.getContactEmail() != null).isTrue();
        }
        if (row.getContactEmail() != null) {
            assertThat(org.advocacy.kernel.mail.EmailAddress.isValid(row.getContactEmail())).as(row.getContactEmail()).isTrue();
        }
        assertThat(sent.honeypot() == null || sent.honeypot().isEmpty()).as("a filled honeypot is never stored").isTrue();
        if (row.getEmployeeId() != null && row.getPraise() != null) {
            assertThat(row.getPraiseStatus()).isEqualTo(PraiseStatus.PENDING);
        }
    }
}
