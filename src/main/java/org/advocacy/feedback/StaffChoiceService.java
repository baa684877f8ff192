package org.advocacy.feedback;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.advocacy.audit.AuditAction;
import org.advocacy.audit.AuditLog;
import org.advocacy.kernel.ValidationException;
import org.advocacy.feedback.internal.FeedbackRepository;
import org.advocacy.feedback.internal.StaffRow;
import org.advocacy.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which members of a branch's staff the public feedback form offers (customer-facing staff). The default leaves out
 * managers and people with an HR, leader or admin account; the branch's manager (or HR) decides for each person.
 */
@Service
public class StaffChoiceService {

    private final FeedbackRepository feedback;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    StaffChoiceService(FeedbackRepository feedback, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.feedback = feedback;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every active member of the branch's staff with whether the form offers them. */
    @PreAuthorize(FeedbackPermissions.MANAGER_OR_HR)
    @Transactional(readOnly = true)
    public List<StaffSetting> settings(long branchId) {
        FeedbackService.requireScope(currentUser.branchScope(), branchId);
        return feedback.staff(branchId).stream().map(StaffChoiceService::setting).toList();
    }

    /** Offers a member of the branch's staff on the form, or stops offering them; audited. */
    @PreAuthorize(FeedbackPermissions.MANAGER_OR_HR)
    @Transactional
    public StaffSetting setCustomerFacing(long branchId, long employeeId, boolean customerFacing) {
        FeedbackService.requireScope(currentUser.branchScope(), branchId);
        StaffRow row = feedback.staff(branchId).stream().filter(r -> r.id() == employeeId).findFirst()
                .orElseThrow(() -> new ValidationException(null, "error.notFound"));
        feedback.saveStaffChoice(employeeId, customerFacing, currentUser.require().id(), LocalDateTime.now(clock));
        audit.record(AuditAction.SETTINGS_CHANGED, "feedback form staff " + employeeId,
                (customerFacing ? "offered: " : "not offered: ") + row.fullName());
        return new StaffSetting(row.id(), row.fullName(), row.jobTitle(), customerFacing, row.customerFacingByDefault());
    }

    private static StaffSetting setting(StaffRow r) {
        return new StaffSetting(r.id(), r.fullName(), r.jobTitle(), r.customerFacing(), r.customerFacingByDefault());
    }
}
