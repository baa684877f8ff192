package org.advocacy.feedback;

import static org.advocacy.jooq.Tables.CUSTOMER_FEEDBACK;
import static org.advocacy.jooq.Tables.FOLLOW_UP_CASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.advocacy.kernel.ValidationException;
import org.advocacy.security.ApiScope;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Storing feedback: once per submission / external id, consent, praise queue, follow-up cases, batches. */
@PortalTest
class FeedbackServiceTest {

    @Autowired
    FeedbackService service;
    @Autowired
    DSLContext dsl;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private long hn01() {
        return service.publicBranch("HN01").orElseThrow().id();
    }

    @Test
    void aRetriedSubmissionIsStoredOnce() {
        FeedbackData data = FeedbackTestSupport.form("HN01", 9);
        SubmitResult first = service.submitPublic(data, FeedbackOrigin.web("10.1.0.1"));
        SubmitResult again = service.submitPublic(data, FeedbackOrigin.web("10.1.0.1"));
        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(dsl.fetchCount(CUSTOMER_FEEDBACK, CUSTOMER_FEEDBACK.SUBMISSION_ID.eq(data.submissionId()))).isEqualTo(1);
    }

    @Test
    void contactDetailsWithoutConsentAreRefusedAndNothingIsStored() {
        String sub = UUID.randomUUID().toString();
        FeedbackData data = FeedbackData.ofForm("HN01", 3, null, null, null, null, null, "Chờ quá lâu", "Khách", "0912345678",
                null, false, sub, "");
        assertThatThrownBy(() -> service.submitPublic(data, FeedbackOrigin.web("10.1.0.2")))
                .isInstanceOf(ValidationException.class).extracting("messageKey").isEqualTo("feedback.error.consentRequired");
        assertThat(dsl.fetchExists(CUSTOMER_FEEDBACK, CUSTOMER_FEEDBACK.SUBMISSION_ID.eq(sub))).isFalse();
    }

    @Test
    void aDetractorWhoConsentsOpensAFollowUpCaseDueIn48Hours() {
        FeedbackData data = FeedbackData.ofForm("HN01", 2, 2, 3, "checkout", null, null, "Thanh toán rất chậm",
                "Nguyễn Văn Khách", "0912 345 678", "khach@example.com", true, UUID.randomUUID().toString(), "");
        long id = service.submitPublic(data, FeedbackOrigin.web("10.1.0.3")).id();
        var c = dsl.selectFrom(FOLLOW_UP_CASE).where(FOLLOW_UP_CASE.FEEDBACK_ID.eq(id)).fetchSingle();
        assertThat(c.getStatus()).isEqualTo(FollowUpStatus.NEW);
        assertThat(java.time.Duration.between(c.getCreatedAt(), c.getDueAt())).isEqualTo(java.time.Duration.ofHours(48));
        var row = dsl.selectFrom(CUSTOMER_FEEDBACK).where(CUSTOMER_FEEDBACK.ID.eq(id)).fetchSingle();
        assertThat(row.getContactPhone()).isEqualTo("0912 345 678");
    }

    @Test
    void aPromoterOrAnAnonymousDetractorOpensNoCase() {
        long promoter = service.submitPublic(FeedbackData.ofForm("HN01", 10, null, null, null, null, null, null, "A",
                "0912345678", null, true, UUID.randomUUID().toString(), ""), FeedbackOrigin.web("10.1.0.4")).id();
        long anonymous = service.submitPublic(FeedbackTestSupport.form("HN01", 1), FeedbackOrigin.web("10.1.0.4")).id();
        assertThat(dsl.fetchExists(FOLLOW_UP_CASE, FOLLOW_UP_CASE.FEEDBACK_ID.in(promoter, anonymous))).isFalse();
    }

    @Test
    void praiseNamingAnEmployeeWaitsForModeration() {
        StaffChoice staff = service.staffOf(hn01()).get(0);
        long id = service.submitPublic(FeedbackData.ofForm("HN01", 10, 5, 7, "treatment", staff.token(),
                "Chị ấy rất nhẹ nhàng " + UUID.randomUUID(), null, null, null, null, false, UUID.randomUUID().toString(), ""),
                FeedbackOrigin.web("10.1.0.5")).id();
        assertThat(dsl.select(CUSTOMER_FEEDBACK.PRAISE_STATUS).from(CUSTOMER_FEEDBACK).where(CUSTOMER_FEEDBACK.ID.eq(id))
                .fetchOne(CUSTOMER_FEEDBACK.PRAISE_STATUS)).isEqualTo(PraiseStatus.PENDING);
    }

    @Test
    void staffOfAnotherBranchCannotBeNamed() {
        long sg01 = service.publicBranch("SG01").orElseThrow().id();
        StaffChoice elsewhere = service.staffOf(sg01).get(0);
        assertThatThrownBy(() -> service.submitPublic(FeedbackData.ofForm("HN01", 9, null, null, null,
                elsewhere.token(), "Tốt", null, null, null, null, false, UUID.randomUUID().toString(), ""),
                FeedbackOrigin.web("10.1.0.6"))).extracting("messageKey").isEqualTo("feedback.error.employee");
    }

    @Test
    void theSameTextFromTheSameClientWithinMinutesIsADuplicate() {
        String text = "Phòng hơi lạnh " + UUID.randomUUID();
        service.submitPublic(FeedbackData.ofForm("HN01", 7, null, null, null, null, null, text, null, null, null, false,
                UUID.randomUUID().toString(), ""), FeedbackOrigin.web("10.1.0.7"));
        assertThatThrownBy(() -> service.submitPublic(FeedbackData.ofForm("HN01", 7, null, null, null, null, null,
                "  " + text.toUpperCase() + " ", null, null, null, false, UUID.randomUUID().toString(), ""),
                FeedbackOrigin.web("10.1.0.7"))).extracting("messageKey").isEqualTo("feedback.error.duplicate");
        // another client may say the same
        assertThat(service.submitPublic(FeedbackData.ofForm("HN01", 7, null, null, null, null, null, text, null, null, null,
                false, UUID.randomUUID().toString(), ""), FeedbackOrigin.web("10.1.0.8")).created()).isTrue();
    }

    @Test
    void aFilledHoneypotIsRefused() {
        assertThatThrownBy(() -> service.submitPublic(FeedbackData.ofForm("HN01", 9, null, null, null, null, null, null,
                null, null, null, false, UUID.randomUUID().toString(), "http://spam"), FeedbackOrigin.web("10.1.0.9")))
                .extracting("messageKey").isEqualTo("feedback.error.rejected");
    }

    @Test
    void theSameExternalIdIsStoredOnce() {
        FeedbackTestSupport.apiClient(null, ApiScope.FEEDBACK_WRITE);
        String ext = "pos-" + UUID.randomUUID();
        SubmitResult first = service.submitApi(FeedbackTestSupport.api("HN01", 8, ext), "token:1");
        SubmitResult again = service.submitApi(FeedbackTestSupport.api("HN01", 3, ext), "token:1");
        assertThat(first.created()).isTrue();
        assertThat(again).isEqualTo(new SubmitResult(first.id(), false));
        assertThat(dsl.fetchCount(CUSTOMER_FEEDBACK, CUSTOMER_FEEDBACK.EXTERNAL_ID.eq(ext))).isEqualTo(1);
    }

    @Test
    void aTokenBoundToABranchMayNotWriteForAnother() {
        FeedbackTestSupport.apiClient(hn01(), ApiScope.FEEDBACK_WRITE);
        assertThatThrownBy(() -> service.submitApi(FeedbackTestSupport.api("SG01", 8, null), "token:2"))
                .extracting("messageKey").isEqualTo("feedback.error.branchNotAllowed");
    }

    @Test
    void withoutTheScopeTheApiMethodsAreRefused() {
        FeedbackTestSupport.apiClient(null, ApiScope.METRICS_READ);
        assertThatThrownBy(() -> service.submitApi(FeedbackTestSupport.api("HN01", 8, null), "token:3"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aBatchWithOneBadItemStoresNothingAndNamesEveryBadItem() {
        FeedbackTestSupport.apiClient(null, ApiScope.FEEDBACK_WRITE);
        String prefix = "batch-" + UUID.randomUUID() + "-";
        List<FeedbackData> items = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            items.add(FeedbackTestSupport.api("HN01", i % 11, prefix + i));
        }
        items.set(7, FeedbackTestSupport.api("HN01", 11, prefix + 7));
        items.set(13, FeedbackTestSupport.api("NOPE", 5, prefix + 13));
        assertThatThrownBy(() -> service.submitBatch(items, "token:4"))
                .isInstanceOfSatisfying(BatchValidationException.class, e -> assertThat(e.errors())
                        .extracting(BatchItemError::index, BatchItemError::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(7, "feedback.error.nps"),
                                org.assertj.core.groups.Tuple.tuple(13, "feedback.error.branch")));
        assertThat(dsl.fetchCount(CUSTOMER_FEEDBACK, CUSTOMER_FEEDBACK.EXTERNAL_ID.startsWith(prefix))).isZero();

        items.set(7, FeedbackTestSupport.api("HN01", 10, prefix + 7));
        items.set(13, FeedbackTestSupport.api("HN01", 5, prefix + 13));
        assertThat(service.submitBatch(items, "token:4")).isEqualTo(new BatchResult(20, 0));
        assertThat(service.submitBatch(items, "token:4")).isEqualTo(new BatchResult(0, 20));
        assertThat(dsl.fetchCount(CUSTOMER_FEEDBACK, CUSTOMER_FEEDBACK.EXTERNAL_ID.startsWith(prefix))).isEqualTo(20);
    }

    @Test
    void aBatchQueuesPraiseAndOpensFollowUpCasesLikeSingleAnswers() {
        FeedbackTestSupport.apiClient(null, ApiScope.FEEDBACK_WRITE);
        String prefix = "mixed-" + UUID.randomUUID() + "-";
        List<FeedbackData> items = List.of(
                FeedbackTestSupport.api("HN01", 9, prefix + 0),
                new FeedbackData("HN01", 10, null, null, null, SignIn.EMPLOYEE, "Tuyệt vời " + prefix, null, null, null,
                        null, false, null, prefix + 1, null, null),
                new FeedbackData("HN01", 2, null, null, null, null, null, "Tệ", "Khách", "0912345678", null, true, null,
                        prefix + 2, null, null));
        assertThat(service.submitBatch(items, "token:5")).isEqualTo(new BatchResult(3, 0));
        assertThat(dsl.select(CUSTOMER_FEEDBACK.PRAISE_STATUS).from(CUSTOMER_FEEDBACK)
                .where(CUSTOMER_FEEDBACK.EXTERNAL_ID.eq(prefix + 1)).fetchOne(CUSTOMER_FEEDBACK.PRAISE_STATUS))
                .isEqualTo(PraiseStatus.PENDING);
        long detractor = dsl.select(CUSTOMER_FEEDBACK.ID).from(CUSTOMER_FEEDBACK)
                .where(CUSTOMER_FEEDBACK.EXTERNAL_ID.eq(prefix + 2)).fetchOne(CUSTOMER_FEEDBACK.ID);
        assertThat(dsl.fetchExists(FOLLOW_UP_CASE, FOLLOW_UP_CASE.FEEDBACK_ID.eq(detractor))).isTrue();
    }
}
