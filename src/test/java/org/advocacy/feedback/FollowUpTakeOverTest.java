package org.advocacy.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.advocacy.audit.AuditAction;
import org.advocacy.audit.AuditEvent;
import org.advocacy.audit.AuditFilter;
import org.advocacy.audit.AuditLog;
import org.advocacy.kernel.ValidationException;
import org.advocacy.org.Branch;
import org.advocacy.org.EmployeeData;
import org.advocacy.org.OrgService;
import org.advocacy.security.CurrentUser;
import org.advocacy.security.Role;
import org.advocacy.security.UserAccountData;
import org.advocacy.security.UserAccountService;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.advocacy.test.UniqueCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A follow-up case as its branch's managers work it: the whole visit behind it, the counts of the home page, and
 * "take over" by another manager of the same branch (audited), refused for a manager of another branch by the
 * query's branch scope.
 */
@PortalTest
class FollowUpTakeOverTest {

    private static final String PASSWORD = "takeover-password-1";

    @Autowired
    FeedbackService feedback;
    @Autowired
    FollowUpService followUps;
    @Autowired
    OrgService org;
    @Autowired
    UserAccountService accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    /** A new manager of the branch (employee record and account); returns the e-mail to sign in with. */
    private String manager(String branchCode, String name) {
        signIn.as(SignIn.HR);
        Branch branch = org.branches(true).stream().filter(b -> b.code().equals(branchCode)).findFirst().orElseThrow();
        String email = "takeover." + java.util.UUID.randomUUID() + "@takeover.example";
        long employeeId = org.createEmployee(new EmployeeData(name, email, branch.id(), org.departments().get(0).id(),
                "Quản lý ca", LocalDate.of(2023, 3, 1), true, true));
        signIn.as(SignIn.ADMIN);
        accounts.create(new UserAccountData(email, name, employeeId, Set.of(Role.EMPLOYEE, Role.MANAGER),
                Set.of(branch.id()), true, PASSWORD));
        signIn.out();
        return email;
    }

    private long lan() {
        signIn.as(SignIn.EMPLOYEE);
        long id = currentUser.require().employeeId();
        signIn.out();
        return id;
    }

    /** A detractor of HN01 who named Lan, rated the treatment and left a phone number and an e-mail address. */
    private long detractorCase(String comment) {
        long fid = feedback.submitPublic(FeedbackData.ofForm("HN01", 3, 2, 5, "treatment",
                feedback.staffToken("HN01", lan()), null, comment, "Anh Nam", "0903 123 456", "nam@example.com", true,
                UUID.randomUUID().toString(), ""), FeedbackOrigin.web("10.9." + UniqueCodes.nextOctet() + ".7")).id();
        signIn.as(SignIn.MANAGER);
        long caseId = followUps.list(false, 0, 500).stream().filter(c -> c.feedbackId() == fid).findFirst()
                .orElseThrow().id();
        signIn.out();
        return caseId;
    }

    private FollowUpItem item(long caseId) {
        return followUps.list(false, 0, 500).stream().filter(c -> c.id() == caseId).findFirst().orElseThrow();
    }

    @Test
    void theCaseCarriesTheWholeVisit() {
        String comment = "Nước quá nóng " + UUID.randomUUID();
        long caseId = detractorCase(comment);
        signIn.as(SignIn.MANAGER);
        FollowUpVisit visit = followUps.visit(caseId, Locale.forLanguageTag("vi"));
        assertThat(visit.nps()).isEqualTo(3);
        assertThat(visit.csat()).isEqualTo(2);
        assertThat(visit.ces()).isEqualTo(5);
        assertThat(visit.touchpointCode()).isEqualTo("treatment");
        assertThat(visit.touchpointName()).isNotBlank().isNotEqualTo(followUps.visit(caseId, Locale.ENGLISH).touchpointName());
        assertThat(visit.employeeName()).isEqualTo("Trần Thị Lan");
        assertThat(visit.comment()).isEqualTo(comment);
        assertThat(visit.submittedAt()).isNotNull();
    }

    @Test
    void homeCountsSeeTheNewCaseAsOpenButNotDueYet() {
        signIn.as(SignIn.MANAGER);
        FollowUpCounts before = followUps.counts();
        signIn.out();
        detractorCase("Chờ lâu " + UUID.randomUUID());
        signIn.as(SignIn.MANAGER);
        FollowUpCounts after = followUps.counts();
        assertThat(after.open()).isEqualTo(before.open() + 1);
        // due in 48 h: neither within the next day nor overdue
        assertThat(after.dueSoon()).isEqualTo(before.dueSoon());
        assertThat(after.overdue()).isEqualTo(before.overdue());
        signIn.as(SignIn.EMPLOYEE);
        assertThatThrownBy(() -> followUps.counts()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherManagerOfTheBranchTakesTheCaseOverAndItIsAudited() {
        long caseId = detractorCase("Phòng lạnh " + UUID.randomUUID());
        String colleague = manager("HN01", "Đặng Thu Trang");
        signIn.as(SignIn.MANAGER);
        followUps.take(caseId);
        assertThat(item(caseId).ownerName()).isEqualTo("Lê Quang Minh");

        signIn.as(colleague);
        followUps.take(caseId);
        assertThat(item(caseId).ownerName()).isEqualTo("Đặng Thu Trang");

        signIn.as(SignIn.ADMIN);
        var lines = audit.find(new AuditFilter("HN01 · " + caseId, AuditAction.FOLLOW_UP_TAKEN_OVER, null, null), 0, 5);
        assertThat(lines).hasSize(2);
        assertThat(lines).extracting(AuditEvent::detail).contains("Lê Quang Minh → Đặng Thu Trang");
        assertThat(lines.get(0).actor()).isEqualTo(colleague);
    }

    @Test
    void aManagerOfAnotherBranchCannotTakeTheCase() {
        long caseId = detractorCase("Ồn ào " + UUID.randomUUID());
        signIn.as(SignIn.MANAGER);
        followUps.take(caseId);
        String elsewhere = manager("SG01", "Phan Văn Tài");
        signIn.as(elsewhere);
        assertThatThrownBy(() -> followUps.take(caseId)).isInstanceOf(ValidationException.class)
                .extracting("messageKey").isEqualTo("error.notFound");
        assertThatThrownBy(() -> followUps.visit(caseId, Locale.ENGLISH)).isInstanceOf(ValidationException.class);
        signIn.as(SignIn.MANAGER);
        assertThat(item(caseId).ownerName()).isEqualTo("Lê Quang Minh");
        signIn.as(SignIn.HR);
        assertThatThrownBy(() -> followUps.take(caseId)).isInstanceOf(AccessDeniedException.class);
    }
}
