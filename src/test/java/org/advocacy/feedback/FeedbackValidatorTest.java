package org.advocacy.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.advocacy.kernel.ValidationException;
import org.advocacy.feedback.internal.NewFeedback;
import org.advocacy.security.BranchScope;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The rules of a customer's answer, without Spring or a database: the outside world is a few maps. */
class FeedbackValidatorTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 10, 3, 17, 30); // UTC; 00:30 next day in Hà Nội
    private static final PublicBranch HN01 = new PublicBranch(1, "HN01", "Sen Spa Hoàn Kiếm", "Hà Nội");
    private static final PublicBranch DN01 = new PublicBranch(2, "DN01", "Sen Spa Mỹ Khê", "Đà Nẵng");
    private static final String TOKEN = "AbCdEfGh_-12";
    private static final String SUBMISSION = "0f8fad5b-d9cb-469f-a165-70867728950e";

    private final List<String> duplicatesAsked = new ArrayList<>();
    private boolean duplicate;

    private final FeedbackValidator.Facts facts = new FeedbackValidator.Facts() {
        @Override
        public Optional<PublicBranch> branch(String code) {
            return Optional.ofNullable(Map.of("HN01", HN01, "DN01", DN01).get(code));
        }

        @Override
        public boolean touchpoint(String code) {
            return Set.of("treatment", "checkout").contains(code);
        }

        @Override
        public Optional<Long> offeredStaff(long branchId, String token) {
            return branchId == 1 && token.equals(TOKEN) ? Optional.of(11L) : Optional.empty();
        }

        @Override
        public Optional<Long> employee(String email, long branchId) {
            return branchId == 1 && email.equals("lan@senspa.vn") ? Optional.of(11L) : Optional.empty();
        }

        @Override
        public Optional<Long> employee(long id, long branchId) {
            return branchId == 1 && id == 11 ? Optional.of(11L) : Optional.empty();
        }

        @Override
        public String clientHash(String client) {
            return "client:" + client;
        }

        @Override
        public String hash(String text) {
            return "text:" + text;
        }

        @Override
        public boolean duplicateSince(String clientHash, String textHash, LocalDateTime since) {
            duplicatesAsked.add(clientHash + " " + textHash + " " + since);
            return duplicate;
        }
    };

    private final FeedbackValidator validator = new FeedbackValidator(
            new FeedbackValidator.Settings(false, true, Duration.ofMinutes(10), ZoneId.of("Asia/Ho_Chi_Minh")));

    private static FeedbackData form(String branch, Integer nps) {
        return FeedbackData.ofForm(branch, nps, null, null, null, null, null, null, null, null, null, false, SUBMISSION,
                null);
    }

    private static FeedbackData api(String branch, Integer nps) {
        return new FeedbackData(branch, nps, null, null, null, null, null, null, null, null, null, false, null, null, null,
                null);
    }

    private NewFeedback web(FeedbackData d) {
        return validator.validate(d, FeedbackOrigin.web("203.0.113.9"), null, false, facts, NOW);
    }

    private NewFeedback viaApi(FeedbackData d, BranchScope scope) {
        return validator.validate(d, new FeedbackOrigin(FeedbackChannel.API, "client-a", null), scope, true, facts, NOW);
    }

    private static void refused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    private static FeedbackData with(FeedbackData d, Consumer<Object[]> change) {
        Object[] v = {d.branch(), d.nps(), d.csat(), d.ces(), d.touchpoint(), d.employee(), d.praise(), d.comment(),
            d.contactName(), d.contactPhone(), d.contactEmail(), d.consent(), d.submittedAt(), d.externalId(),
            d.submissionId(), d.honeypot()};
        change.accept(v);
        return new FeedbackData((String) v[0], (Integer) v[1], (Integer) v[2], (Integer) v[3], (String) v[4],
                (String) v[5], (String) v[6], (String) v[7], (String) v[8], (String) v[9], (String) v[10],
                (Boolean) v[11], (OffsetDateTime) v[12], (String) v[13], (String) v[14], (String) v[15]);
    }

    @Test
    void aPlainFormAnswerIsStoredAsSent() {
        NewFeedback row = web(form(" hn01 ", 9));
        assertThat(row.branchId()).isEqualTo(1);
        assertThat(row.nps()).isEqualTo(9);
        assertThat(row.channel()).isEqualTo(FeedbackChannel.WEB.code());
        assertThat(row.submittedAt()).isEqualTo(NOW);
        assertThat(row.localDate()).as("the organisation's day, not UTC's").isEqualTo(LocalDate.of(2026, 10, 4));
        assertThat(row.clientHash()).isEqualTo("client:203.0.113.9");
        assertThat(row.textHash()).isNull();
        assertThat(row.submissionId()).isEqualTo(SUBMISSION);
        assertThat(duplicatesAsked).as("no text, nothing to compare").isEmpty();
    }

    @Test
    void scoresBranchesAndTheTrap() {
        refused(() -> web(with(form("HN01", 9), v -> v[15] = "http://spam")), null, "feedback.error.rejected");
        refused(() -> web(form("XX01", 9)), "branch", "feedback.error.branch");
        refused(() -> web(form("", 9)), "branch", "feedback.error.branch");
        refused(() -> viaApi(api("DN01", 9), BranchScope.of(Set.of(1L))), "branch", "feedback.error.branchNotAllowed");
        refused(() -> web(form("HN01", null)), "nps", "feedback.error.nps");
        refused(() -> web(form("HN01", 11)), "nps", "feedback.error.nps");
        refused(() -> web(form("HN01", -1)), "nps", "feedback.error.nps");
        assertThat(web(form("HN01", 0)).nps()).isZero();
        // CSAT is switched off for the form here, but the API may still send it; CES is on, 1..7
        refused(() -> web(with(form("HN01", 9), v -> v[2] = 5)), "csat", "feedback.error.csat");
        assertThat(viaApi(with(api("HN01", 9), v -> v[2] = 5), BranchScope.ALL).csat()).isEqualTo(5);
        refused(() -> viaApi(with(api("HN01", 9), v -> v[2] = 6), BranchScope.ALL), "csat", "feedback.error.csat");
        assertThat(web(with(form("HN01", 9), v -> v[3] = 7)).ces()).isEqualTo(7);
        refused(() -> web(with(form("HN01", 9), v -> v[3] = 8)), "ces", "feedback.error.ces");
        assertThat(web(with(form("HN01", 9), v -> v[4] = " Treatment ")).touchpoint()).isEqualTo("treatment");
        refused(() -> web(with(form("HN01", 9), v -> v[4] = "lobby")), "touchpoint", "feedback.error.touchpoint");
    }

    @Test
    void theFormNamesStaffOnlyByTokenTheApiByEmailOrId() {
        NewFeedback praised = web(with(form("HN01", 10), v -> {
            v[5] = TOKEN;
            v[6] = "Chị Lan rất nhẹ nhàng";
        }));
        assertThat(praised.employeeId()).isEqualTo(11L);
        assertThat(praised.praiseStatus()).isEqualTo(PraiseStatus.PENDING);
        refused(() -> web(with(form("HN01", 10), v -> v[5] = "lan@senspa.vn")), "employee", "feedback.error.employee");
        refused(() -> web(with(form("HN01", 10), v -> v[5] = "11")), "employee", "feedback.error.employee");
        refused(() -> web(with(form("DN01", 10), v -> v[5] = TOKEN)), "employee", "feedback.error.employee");
        assertThat(viaApi(with(api("HN01", 10), v -> v[5] = "Lan@SenSpa.vn"), BranchScope.ALL).employeeId()).isEqualTo(11L);
        assertThat(viaApi(with(api("HN01", 10), v -> v[5] = "11"), BranchScope.ALL).employeeId()).isEqualTo(11L);
        refused(() -> viaApi(with(api("HN01", 10), v -> v[5] = TOKEN), BranchScope.ALL), "employee",
                "feedback.error.employee");
        assertThat(web(with(form("HN01", 10), v -> v[6] = "Tốt")).praiseStatus()).as("no one named").isNull();
    }

    @Test
    void textsAreTrimmedLimitedAndPrintable() {
        NewFeedback row = web(with(form("HN01", 4), v -> v[7] = "  Chờ lâu\r\nquá  "));
        assertThat(row.comment()).isEqualTo("Chờ lâu\nquá");
        assertThat(row.textHash()).isEqualTo("text:\u0000chờ lâu quá");
        assertThat(web(with(form("HN01", 4), v -> v[7] = "   ")).comment()).isNull();
        assertThat(web(with(form("HN01", 4), v -> v[7] = "😀".repeat(FeedbackService.COMMENT_MAX))).comment())
                .as("counted in characters, not UTF-16 units").isNotNull();
        refused(() -> web(with(form("HN01", 4), v -> v[7] = "x".repeat(FeedbackService.COMMENT_MAX + 1))), "comment",
                "feedback.error.tooLong");
        refused(() -> web(with(form("HN01", 4), v -> v[6] = "bad\u0007bell")), "praise", "feedback.error.text");
        refused(() -> web(with(form("HN01", 4), v -> v[6] = "lone \uD800 surrogate")), "praise", "feedback.error.text");
    }

    @Test
    void contactDetailsOnlyWithConsentAndInShape() {
        NewFeedback row = web(with(form("HN01", 3), v -> {
            v[8] = "Minh";
            v[9] = "+84 90 123 4567";
            v[10] = " Minh@Example.VN ";
            v[11] = true;
        }));
        assertThat(row.contactEmail()).isEqualTo("minh@example.vn");
        assertThat(row.contactPhone()).isEqualTo("+84 90 123 4567");
        assertThat(row.consent()).isTrue();
        refused(() -> web(with(form("HN01", 3), v -> v[9] = "0901234567")), "consent", "feedback.error.consentRequired");
        refused(() -> web(with(form("HN01", 3), v -> v[11] = true)), "contactPhone", "feedback.error.contactMissing");
        refused(() -> web(with(form("HN01", 3), v -> {
            v[9] = "12345";
            v[11] = true;
        })), "contactPhone", "feedback.error.phone");
        refused(() -> web(with(form("HN01", 3), v -> {
            v[10] = "Minh <minh@example.vn>";
            v[11] = true;
        })), "contactEmail", "feedback.error.email");
        refused(() -> web(with(form("HN01", 3), v -> {
            v[8] = "Two\nlines";
            v[10] = "minh@example.vn";
            v[11] = true;
        })), "contactName", "feedback.error.text");
    }

    @Test
    void timesAndIds() {
        OffsetDateTime hanoi = OffsetDateTime.of(2026, 10, 1, 8, 0, 0, 0, ZoneOffset.ofHours(7));
        NewFeedback imported = viaApi(with(api("HN01", 8), v -> v[12] = hanoi), BranchScope.ALL);
        assertThat(imported.submittedAt()).isEqualTo(LocalDateTime.of(2026, 10, 1, 1, 0));
        assertThat(imported.localDate()).isEqualTo(LocalDate.of(2026, 10, 1));
        refused(() -> web(with(form("HN01", 8), v -> v[12] = hanoi)), "submittedAt", "feedback.error.submittedAt");
        refused(() -> viaApi(with(api("HN01", 8), v -> v[12] = NOW.plusMinutes(6).atOffset(ZoneOffset.UTC)),
                BranchScope.ALL), "submittedAt", "feedback.error.submittedAt");
        refused(() -> viaApi(with(api("HN01", 8), v -> v[12] = NOW.minusYears(5).minusDays(1).atOffset(ZoneOffset.UTC)),
                BranchScope.ALL), "submittedAt", "feedback.error.submittedAt");
        assertThat(viaApi(with(api("HN01", 8), v -> v[13] = "crm-2026/42"), BranchScope.ALL).externalId())
                .isEqualTo("crm-2026/42");
        refused(() -> viaApi(with(api("HN01", 8), v -> v[13] = "has space"), BranchScope.ALL), "externalId",
                "feedback.error.externalId");
        refused(() -> web(with(form("HN01", 8), v -> v[14] = "not-a-uuid")), "submissionId",
                "feedback.error.submissionId");
    }

    @Test
    void aDoubleSentFormIsRefusedButTheApiIsNotAsked() {
        FeedbackData praise = with(form("HN01", 10), v -> v[6] = "Rất  Tốt");
        assertThat(web(praise).textHash()).isEqualTo("text:rất tốt\u0000");
        assertThat(duplicatesAsked).containsExactly(
                "client:203.0.113.9 text:rất tốt\u0000 " + NOW.minusMinutes(10));
        duplicate = true;
        refused(() -> web(praise), "praise", "feedback.error.duplicate");
        refused(() -> web(with(form("HN01", 2), v -> v[7] = "Chậm")), "comment", "feedback.error.duplicate");
        duplicatesAsked.clear();
        NewFeedback viaApi = viaApi(with(api("HN01", 10), v -> v[6] = "Rất tốt"), BranchScope.ALL);
        assertThat(viaApi.praise()).isEqualTo("Rất tốt");
        assertThat(viaApi.textHash()).as("only the form's guard needs the hash").isNull();
        assertThat(viaApi.clientHash()).as("nor the client's").isNull();
        assertThat(duplicatesAsked).isEmpty();
    }

    @Test
    void aKioskTakesTheSamePraiseFromOneCustomerAfterAnother() {
        duplicate = true; // as if the same text had just come from the same address: the tablet's
        FeedbackData praise = with(form("HN01", 10), v -> v[6] = "Rất tốt");
        NewFeedback first = validator.validate(praise, FeedbackOrigin.kiosk("192.0.2.40", 7), null, false, facts, NOW);
        NewFeedback second = validator.validate(praise, FeedbackOrigin.kiosk("192.0.2.40", 7), null, false, facts, NOW);
        assertThat(List.of(first.praise(), second.praise())).containsExactly("Rất tốt", "Rất tốt");
        assertThat(duplicatesAsked).as("a shared tablet is not one customer").isEmpty();
        assertThat(second.textHash()).isNull();
        refused(() -> web(praise), "praise", "feedback.error.duplicate");
    }

    @Test
    void theHandWrittenChecksAgreeWithTheirPatterns() {
        for (String text : List.of("", "a", "a b", "a  b", " a", "a ", "  ", "a\tb", "a \t\n b", "\r\n", "x\u000By\fz",
                "rất  tốt\u0000chờ\n\nlâu", "a\u00A0b", "tab\t")) {
            assertThat(FeedbackValidator.collapseSpaces(text)).as(text)
                    .isEqualTo(FeedbackValidator.SPACES.matcher(text).replaceAll(" "));
        }
        for (String id : List.of("crm-2026/42", "!", "~".repeat(100), "~".repeat(101), "has space", "tab\t", "é", "a\u007F")) {
            boolean valid = FeedbackValidator.EXTERNAL_ID.matcher(id).matches();
            if (valid) {
                FeedbackValidator.checkExternalId(id);
            } else {
                refused(() -> FeedbackValidator.checkExternalId(id), "externalId", "feedback.error.externalId");
            }
        }
    }
}
