package org.advocacy.feedback;

import org.advocacy.kernel.id.EmployeeId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.advocacy.audit.AuditAction;
import org.advocacy.audit.AuditLog;
import org.advocacy.kernel.ValidationException;
import org.advocacy.feedback.internal.PraiseRepository;
import org.advocacy.security.BranchScope;
import org.advocacy.security.CurrentUser;
import org.advocacy.security.PortalUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers' praise of named employees: the branch manager approves or hides it (with a reason); approved praise
 * reaches the employee (notice, e-mail when configured) and the branch's praise feed. Nobody sees pending praise
 * except the managers of its branch.
 */
@Service
public class PraiseService {

    private final PraiseRepository praise;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PraiseService(PraiseRepository praise, CurrentUser currentUser, AuditLog audit, Clock clock,
            ApplicationEventPublisher events) {
        this.praise = praise;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** The moderation queue of the caller's branches. */
    @PreAuthorize(FeedbackPermissions.MANAGER)
    @Transactional(readOnly = true)
    public List<PraiseItem> pending(int offset, int limit) {
        return praise.byStatus(PraiseStatus.PENDING, managerScope(), offset, Math.min(limit, 200));
    }

    @PreAuthorize(FeedbackPermissions.MANAGER)
    @Transactional(readOnly = true)
    public int pendingCount() {
        return praise.countByStatus(PraiseStatus.PENDING, managerScope());
    }

    @PreAuthorize(FeedbackPermissions.MANAGER)
    @Transactional
    public void approve(long feedbackId) {
        PraiseItem item = decide(feedbackId, PraiseStatus.APPROVED, null);
        // the rollups count it; the notification module tells the employee (after the commit)
        events.publishEvent(new PraiseApproved(feedbackId, item.branchCode(), item.date(), EmployeeId.of(item.employeeId()),
                excerpt(item.praise())));
    }

    @PreAuthorize(FeedbackPermissions.MANAGER)
    @Transactional
    public void hide(long feedbackId, String reason) {
        String r = FeedbackService.text("reason", reason, 500);
        if (r == null) {
            throw new ValidationException("reason", "praise.error.reason");
        }
        decide(feedbackId, PraiseStatus.HIDDEN, r);
    }

    private PraiseItem decide(long feedbackId, PraiseStatus status, String reason) {
        PortalUser me = currentUser.require();
        PraiseItem item = praise.find(feedbackId, managerScope())
                .orElseThrow(() -> new ValidationException(null, "error.notFound"));
        if (!praise.decide(feedbackId, status, reason, me.id(), LocalDateTime.now(clock))) {
            throw new ValidationException(null, "praise.error.decided");
        }
        audit.record(AuditAction.PRAISE_MODERATED, item.branchCode() + " · " + item.employeeName(), status.name());
        return item;
    }

    /** The approved praise of the signed-in employee, newest first. */
    @PreAuthorize(FeedbackPermissions.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<PraiseItem> mine(int offset, int limit) {
        Long employeeId = currentUser.require().employeeId();
        return employeeId == null ? List.of() : praise.approvedFor(employeeId, offset, Math.min(limit, 200));
    }

    @PreAuthorize(FeedbackPermissions.SIGNED_IN)
    @Transactional(readOnly = true)
    public int mineCount() {
        Long employeeId = currentUser.require().employeeId();
        return employeeId == null ? 0 : praise.countApprovedFor(employeeId);
    }

    /** Approved praise of the caller's branches in [from, to): the branch praise feed and per-employee view. */
    @PreAuthorize(FeedbackPermissions.MANAGER_HR_OR_LEADER)
    @Transactional(readOnly = true)
    public List<PraiseItem> feed(LocalDate from, LocalDate toExclusive, int offset, int limit) {
        return praise.approvedInBranches(currentUser.branchScope(), from, toExclusive, offset, Math.min(limit, 500));
    }

    /** Approved praise of one branch in [from, to), newest first (the advocacy branch page); empty outside the scope. */
    @PreAuthorize(FeedbackPermissions.MANAGER_HR_OR_LEADER)
    @Transactional(readOnly = true)
    public List<PraiseItem> feedOfBranch(long branchId, LocalDate from, LocalDate toExclusive, int limit) {
        if (!currentUser.branchScope().includes(branchId)) {
            return List.of();
        }
        return praise.approvedInBranches(BranchScope.of(java.util.Set.of(branchId)), from, toExclusive, 0,
                Math.min(limit, 500));
    }

    /** Moderation is the branch manager's job: the methods that use this are MANAGER-only, so this is the managed branches. */
    private BranchScope managerScope() {
        return currentUser.branchScope();
    }

    private static String excerpt(String text) {
        return text.length() <= 120 ? text : text.substring(0, 119) + "…";
    }
}
