package org.advocacy.feedback;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.advocacy.audit.AuditAction;
import org.advocacy.audit.AuditLog;
import org.advocacy.kernel.ValidationException;
import org.advocacy.feedback.internal.FollowUpRepository;
import org.advocacy.security.CurrentUser;
import org.advocacy.security.PortalUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing the loop with unhappy customers: the branch's managers work the cases (new → contacted → resolved, or
 * could not reach), HR watches the overdue ones. Contact details are shown only to them and erased after the
 * retention time by {@link ContactErasureJob}.
 */
@Service
public class FollowUpService {

    /** A case due within this time counts as "due soon" on the home page. */
    public static final java.time.Duration DUE_SOON = java.time.Duration.ofHours(24);

    private final FollowUpRepository cases;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final int retentionDays;

    FollowUpService(FollowUpRepository cases, CurrentUser currentUser, AuditLog audit, Clock clock,
            @Value("${app.feedback.contact-retention-days:180}") int retentionDays) {
        this.cases = cases;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.retentionDays = retentionDays;
    }

    @PreAuthorize(FeedbackPermissions.MANAGER_OR_HR)
    @Transactional(readOnly = true)
    public List<FollowUpItem> list(boolean overdueOnly, int offset, int limit) {
        return cases.find(currentUser.branchScope(), false, overdueOnly ? now() : null, offset, Math.min(limit, 500));
    }

    @PreAuthorize(FeedbackPermissions.MANAGER_OR_HR)
    @Transactional(readOnly = true)
    public int count(boolean overdueOnly) {
        return cases.count(currentUser.branchScope(), false, overdueOnly ? now() : null);
    }

    /**
     * Open cases of one branch for its page in the advocacy insights (leaders too): the count and the most urgent
     * {@code limit}, without contact details; empty when the branch is outside the caller's scope.
     */
    @PreAuthorize(FeedbackPermissions.MANAGER_HR_OR_LEADER)
    @Transactional(readOnly = true)
    public BranchCases openOfBranch(long branchId, int limit) {
        if (!currentUser.branchScope().includes(branchId)) {
            return new BranchCases(0, List.of());
        }
        org.advocacy.security.BranchScope one = org.advocacy.security.BranchScope.of(java.util.Set.of(branchId));
        LocalDateTime now = now();
        List<FollowUpSummary> items = cases.openOfBranch(branchId, Math.min(limit, 50)).stream()
                .map(c -> new FollowUpSummary(c.id(), c.status(), c.nps(), c.ownerName(), c.createdAt(), c.dueAt(),
                        c.overdueAt(now)))
                .toList();
        return new BranchCases(cases.count(one, true, null), items);
    }

    /** A branch's open cases: how many, and the most urgent ones. */
    public record BranchCases(int open, List<FollowUpSummary> mostUrgent) {
    }

    @PreAuthorize(FeedbackPermissions.MANAGER_OR_HR)
    @Transactional(readOnly = true)
    public List<FollowUpNote> notes(long caseId) {
        find(caseId);
        return cases.notes(caseId);
    }

    /** What the home page counts: open cases, those due within {@link #DUE_SOON}, and the overdue ones. */
    @PreAuthorize(FeedbackPermissions.MANAGER_OR_HR)
    @Transactional(readOnly = true)
    public FollowUpCounts counts() {
        var scope = currentUser.branchScope();
        LocalDateTime now = now();
        int open = cases.count(scope, true, null);
        int overdue = cases.count(scope, true, now);
        int dueBeforeSoon = cases.count(scope, true, now.plus(DUE_SOON));
        return new FollowUpCounts(open, dueBeforeSoon - overdue, overdue);
    }

    /** The visit behind a case (scores, touchpoint, the person named, what the customer wrote), in scope. */
    @PreAuthorize(FeedbackPermissions.MANAGER_OR_HR)
    @Transactional(readOnly = true)
    public FollowUpVisit visit(long caseId, java.util.Locale locale) {
        FollowUpItem c = find(caseId);
        return cases.visit(c.feedbackId(), currentUser.branchScope(), locale)
                .orElseThrow(() -> new ValidationException(null, "error.notFound"));
    }

    /**
     * The caller takes the case over, also from another manager of the branch (who is away, say). The branch scope
     * is part of the update itself, and the hand-over is audited with both names.
     */
    @PreAuthorize(FeedbackPermissions.MANAGER)
    @Transactional
    public void take(long caseId) {
        FollowUpItem c = find(caseId);
        if (!c.open()) {
            throw new ValidationException(null, "followUp.error.closed");
        }
        PortalUser me = currentUser.require();
        if (c.ownerId() != null && c.ownerId() == me.id()) {
            return;
        }
        if (!cases.assign(caseId, me.id(), currentUser.branchScope(), now())) {
            throw new ValidationException(null, "error.notFound");
        }
        audit.record(AuditAction.FOLLOW_UP_TAKEN_OVER, c.branchCode() + " · " + caseId,
                (c.ownerName() == null ? "—" : c.ownerName()) + " → " + me.displayName());
    }

    /** Moves the case on, with a note of what happened (required). */
    @PreAuthorize(FeedbackPermissions.MANAGER)
    @Transactional
    public void move(long caseId, FollowUpStatus to, String note) {
        PortalUser me = currentUser.require();
        FollowUpItem c = find(caseId);
        FollowUpStatus from = c.status();
        if (!from.next().contains(to)) {
            throw new ValidationException("status", from.closed() ? "followUp.error.closed" : "followUp.error.transition");
        }
        String n = FeedbackService.text("note", note, 2000);
        if (n == null) {
            throw new ValidationException("note", "followUp.error.note");
        }
        LocalDateTime now = now();
        if (!cases.move(caseId, from, to, me.id(), now, to.closed())) {
            throw new ValidationException(null, "followUp.error.changed");
        }
        cases.addNote(caseId, me.id(), n, now);
    }

    @PreAuthorize(FeedbackPermissions.MANAGER)
    @Transactional
    public void addNote(long caseId, String note) {
        find(caseId);
        String n = FeedbackService.text("note", note, 2000);
        if (n == null) {
            throw new ValidationException("note", "followUp.error.note");
        }
        cases.addNote(caseId, currentUser.require().id(), n, now());
    }

    private FollowUpItem find(long caseId) {
        return cases.find(caseId, currentUser.branchScope())
                .orElseThrow(() -> new ValidationException(null, "error.notFound"));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
