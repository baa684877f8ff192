package org.advocacy.feedback;

import java.util.List;
import java.util.Locale;
import org.advocacy.audit.AuditAction;
import org.advocacy.audit.AuditLog;
import org.advocacy.kernel.ValidationException;
import org.advocacy.feedback.internal.FeedbackRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** HR keeps the list of touchpoints the public form offers (reception, treatment ...): add, rename, reorder, retire. */
@Service
public class TouchpointService {

    private final FeedbackRepository feedback;
    private final AuditLog audit;

    TouchpointService(FeedbackRepository feedback, AuditLog audit) {
        this.feedback = feedback;
        this.audit = audit;
    }

    @PreAuthorize(FeedbackPermissions.HR)
    @Transactional(readOnly = true)
    public List<Touchpoint> all() {
        return feedback.touchpoints(false);
    }

    @PreAuthorize(FeedbackPermissions.HR)
    @Transactional
    public void save(Touchpoint t) {
        String code = t.code() == null ? "" : t.code().strip().toLowerCase(Locale.ROOT);
        if (!code.matches("^[a-z][a-z0-9_-]{1,31}$")) {
            throw new ValidationException("code", "touchpoint.error.code");
        }
        String en = FeedbackService.text("nameEn", t.nameEn(), 80);
        String vi = FeedbackService.text("nameVi", t.nameVi(), 80);
        if (en == null) {
            throw new ValidationException("nameEn", "touchpoint.error.name");
        }
        if (vi == null) {
            throw new ValidationException("nameVi", "touchpoint.error.name");
        }
        feedback.saveTouchpoint(new Touchpoint(code, en, vi, t.sortOrder(), t.active()));
        audit.record(AuditAction.SETTINGS_CHANGED, "touchpoint " + code, en + " / " + vi + (t.active() ? "" : " (inactive)"));
    }
}
