package org.advocacy.feedback;

import static org.advocacy.jooq.Tables.BRANCH;
import static org.advocacy.jooq.Tables.CUSTOMER_FEEDBACK;
import static org.advocacy.jooq.Tables.EMPLOYEE;
import static org.advocacy.jooq.Tables.NOTIFICATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.advocacy.kernel.ValidationException;
import org.advocacy.security.ApiScope;
import org.advocacy.security.CurrentUser;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Moderation of praise, the follow-up case lifecycle with a controllable clock, and the retention erasure. */
@PortalTest
class PraiseAndFollowUpTest {

    @Autowired
    FeedbackService feedback;
    @Autowired
    PraiseService praise;
    @Autowired
    FollowUpService followUps;
    @Autowired
    ContactErasureJob erasure;
    @Autowired
    org.advocacy.feedback.internal.FollowUpRepository followUpRepository;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    org.advocacy.audit.AuditLog audit;
    @Autowired
    DSLContext dsl;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private long lanEmployeeId() {
        signIn.as(SignIn.EMPLOYEE);
        long id = currentUser.require().employeeId();
        signIn.out();
        return id;
    }

    private long praiseFor(String branch, long employeeId, String text) {
        return feedback.submitPublic(FeedbackData.ofForm(branch, 10, 5, 7, "treatment", feedback.staffToken(branch, employeeId), text,
                null, null, null, null, false, UUID.randomUUID().toString(), ""), FeedbackOrigin.web("10.3.0.1")).id();
    }

    @Test
    void approvedPraiseReachesTheEmployeeWithANotice() {
        long lan = lanEmployeeId();
        String text = "Chị Lan massage rất khéo " + UUID.randomUUID();
        long id = praiseFor("HN01", lan, text);

        signIn.as(SignIn.EMPLOYEE);
        assertThat(praise.mine(0, 500)).extracting(PraiseItem::id).doesNotContain(id);

        signIn.as(SignIn.MANAGER);
        assertThat(praise.pending(0, 200)).extracting(PraiseItem::id).contains(id);
        praise.approve(id);
        assertThat(praise.pending(0, 200)).extracting(PraiseItem::id).doesNotContain(id);
        assertThatThrownBy(() -> praise.approve(id)).isInstanceOf(ValidationException.class)
                .extracting("messageKey").isEqualTo("praise.error.decided");

        signIn.as(SignIn.EMPLOYEE);
        assertThat(praise.mine(0, 500)).extracting(PraiseItem::praise).contains(text);
        long userId = currentUser.require().id();
        assertThat(dsl.fetchExists(NOTIFICATION, NOTIFICATION.USER_ID.eq(userId)
                .and(NOTIFICATION.MESSAGE_KEY.eq("feedback.notice.praiseApproved")))).isTrue();
    }

    @Test
    void praiseKeepsTheBranchItWasGivenInWhenThePersonWorksElsewhereNow() {
        long hn01 = dsl.select(BRANCH.ID).from(BRANCH).where(BRANCH.CODE.eq("HN01")).fetchOne(BRANCH.ID);
        var elsewhere = dsl.select(EMPLOYEE.ID, EMPLOYEE.FULL_NAME).from(EMPLOYEE).where(EMPLOYEE.BRANCH_ID.ne(hn01))
                .and(EMPLOYEE.ACTIVE.isTrue()).orderBy(EMPLOYEE.ID).limit(1).fetchOne();
        java.time.LocalDateTime now = java.time.LocalDateTime.now(ZoneOffset.UTC);
        long id = dsl.insertInto(CUSTOMER_FEEDBACK).set(CUSTOMER_FEEDBACK.BRANCH_ID, hn01)
                .set(CUSTOMER_FEEDBACK.NPS, (short) 10).set(CUSTOMER_FEEDBACK.EMPLOYEE_ID, elsewhere.value1())
                .set(CUSTOMER_FEEDBACK.PRAISE, "Given before the move " + UUID.randomUUID())
                .set(CUSTOMER_FEEDBACK.PRAISE_STATUS, PraiseStatus.PENDING).set(CUSTOMER_FEEDBACK.SUBMITTED_AT, now)
                .set(CUSTOMER_FEEDBACK.LOCAL_DATE, now.toLocalDate()).set(CUSTOMER_FEEDBACK.CHANNEL, "WEB")
                .set(CUSTOMER_FEEDBACK.CREATED_AT, now).returning(CUSTOMER_FEEDBACK.ID).fetchOne(CUSTOMER_FEEDBACK.ID);

        signIn.as(SignIn.MANAGER);
        assertThat(praise.pending(0, 200)).filteredOn(p -> p.id() == id)
                .extracting(PraiseItem::branchCode, PraiseItem::employeeName, PraiseItem::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("HN01", elsewhere.value2(), PraiseStatus.PENDING));
    }

    @Test
    void hiddenPraiseNeedsAReasonAndStaysHidden() {
        long lan = lanEmployeeId();
        long id = praiseFor("HN01", lan, "Quảng cáo spam " + UUID.randomUUID());
        signIn.as(SignIn.MANAGER);
        assertThatThrownBy(() -> praise.hide(id, "  ")).extracting("messageKey").isEqualTo("praise.error.reason");
        praise.hide(id, "Không phải lời khen thật");
        assertThat(dsl.select(CUSTOMER_FEEDBACK.PRAISE_STATUS, CUSTOMER_FEEDBACK.PRAISE_REASON).from(CUSTOMER_FEEDBACK)
                .where(CUSTOMER_FEEDBACK.ID.eq(id)).fetchOne().into(String[].class))
                .containsExactly("HIDDEN", "Không phải lời khen thật");
        signIn.as(SignIn.EMPLOYEE);
        assertThat(praise.mine(0, 500)).extracting(PraiseItem::id).doesNotContain(id);
    }

    @Test
    void aManagerModeratesOnlyTheirBranchesAndEmployeesNotAtAll() {
        long sg01 = feedback.publicBranch("SG01").orElseThrow().id();
        String someone = feedback.staffOf(sg01).get(0).token();
        long id = feedback.submitPublic(FeedbackData.ofForm("SG01", 10, 5, 7, "treatment", someone,
                "Rất tốt " + UUID.randomUUID(), null, null, null, null, false, UUID.randomUUID().toString(), ""),
                FeedbackOrigin.web("10.3.0.1")).id();
        praiseFor("HN01", lanEmployeeId(), "Rất tốt " + UUID.randomUUID());
        signIn.as(SignIn.MANAGER);
        assertThat(praise.pending(0, 200)).extracting(PraiseItem::branchCode).containsOnly("HN01");
        assertThatThrownBy(() -> praise.approve(id)).extracting("messageKey").isEqualTo("error.notFound");
        signIn.as(SignIn.EMPLOYEE);
        assertThatThrownBy(() -> praise.pending(0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    private long detractorCase() {
        long id = feedback.submitPublic(FeedbackData.ofForm("HN01", 1, 1, 1, "reception", null, null,
                "Đợi 40 phút " + UUID.randomUUID(), "Chị Hoa", "0987 654 321", null, true, UUID.randomUUID().toString(), ""),
                FeedbackOrigin.web("10.3.0.2")).id();
        signIn.as(SignIn.MANAGER);
        return followUps.list(false, 0, 500).stream().filter(c -> c.feedbackId() == id).findFirst().orElseThrow().id();
    }

    @Test
    void aCaseMovesFromNewToContactedToResolvedAndBecomesOverdueAfter48Hours() {
        long caseId = detractorCase();
        Instant now = Instant.now();
        FollowUpService at49h = new FollowUpService(followUpRepository, currentUser, audit,
                Clock.fixed(now.plus(Duration.ofHours(49)), ZoneOffset.UTC), 180);
        FollowUpService at47h = new FollowUpService(followUpRepository, currentUser, audit,
                Clock.fixed(now.plus(Duration.ofHours(47)), ZoneOffset.UTC), 180);
        assertThat(at47h.list(true, 0, 5000)).extracting(FollowUpItem::id).doesNotContain(caseId);
        assertThat(at49h.list(true, 0, 5000)).extracting(FollowUpItem::id).contains(caseId);

        FollowUpItem seen = followUps.list(false, 0, 500).stream().filter(c -> c.id() == caseId).findFirst().orElseThrow();
        assertThat(seen.contactPhone()).as("the branch manager sees the contact").isEqualTo("0987 654 321");

        assertThatThrownBy(() -> followUps.move(caseId, FollowUpStatus.CONTACTED, " "))
                .extracting("messageKey").isEqualTo("followUp.error.note");
        followUps.move(caseId, FollowUpStatus.CONTACTED, "Đã gọi, khách hẹn gọi lại chiều mai");
        followUps.move(caseId, FollowUpStatus.RESOLVED, "Tặng voucher, khách đồng ý quay lại");
        assertThatThrownBy(() -> followUps.move(caseId, FollowUpStatus.CONTACTED, "lại"))
                .extracting("messageKey").isEqualTo("followUp.error.closed");
        assertThat(followUps.notes(caseId)).hasSize(2);
        assertThat(at49h.list(true, 0, 5000)).extracting(FollowUpItem::id).doesNotContain(caseId);
        FollowUpItem closed = followUps.list(false, 0, 5000).stream().filter(c -> c.id() == caseId).findFirst().orElseThrow();
        assertThat(closed.status()).isEqualTo(FollowUpStatus.RESOLVED);
        assertThat(closed.ownerName()).isEqualTo("Lê Quang Minh");
    }

    @Test
    void hrSeesEveryBranchesCasesAndEmployeesNone() {
        long caseId = detractorCase();
        signIn.as(SignIn.HR);
        assertThat(followUps.list(false, 0, 5000)).extracting(FollowUpItem::id).contains(caseId);
        assertThatThrownBy(() -> followUps.move(caseId, FollowUpStatus.CONTACTED, "x")).isInstanceOf(AccessDeniedException.class);
        signIn.as(SignIn.EMPLOYEE);
        assertThatThrownBy(() -> followUps.list(false, 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void contactDetailsAreErasedAfterTheRetentionTime() {
        FeedbackTestSupport.apiClient(null, ApiScope.FEEDBACK_WRITE);
        OffsetDateTime tenDaysAgo = OffsetDateTime.now(ZoneOffset.UTC).minusDays(10);
        long old = feedback.submitApi(new FeedbackData("HN01", 9, null, null, null, null, null, null, "Anh Tú",
                "0901 234 567", "tu@example.com", true, tenDaysAgo, "ret-" + UUID.randomUUID(), null, null), "t").id();
        long fresh = feedback.submitApi(new FeedbackData("HN01", 9, null, null, null, null, null, null, "Chị Mai",
                "0901 234 568", null, true, null, "ret-" + UUID.randomUUID(), null, null), "t").id();
        signIn.out();
        assertThat(erasure.eraseExpiredContacts(Clock.fixed(Instant.now().plus(Duration.ofDays(175)), ZoneOffset.UTC))
                .erased()).isGreaterThanOrEqualTo(1);
        var oldRow = dsl.selectFrom(CUSTOMER_FEEDBACK).where(CUSTOMER_FEEDBACK.ID.eq(old)).fetchSingle();
        var freshRow = dsl.selectFrom(CUSTOMER_FEEDBACK).where(CUSTOMER_FEEDBACK.ID.eq(fresh)).fetchSingle();
        assertThat(oldRow.getContactName()).isNull();
        assertThat(oldRow.getContactPhone()).isNull();
        assertThat(oldRow.getContactEmail()).isNull();
        assertThat(oldRow.getContactErasedAt()).isNotNull();
        assertThat(oldRow.getNps()).as("the answer itself stays").isEqualTo((short) 9);
        assertThat(freshRow.getContactPhone()).isEqualTo("0901 234 568");
    }
}
