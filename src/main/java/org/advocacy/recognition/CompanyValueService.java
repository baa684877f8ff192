package org.advocacy.recognition;

import static org.advocacy.kernel.TextRules.required;
import static org.advocacy.kernel.TextRules.trim;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.advocacy.audit.AuditAction;
import org.advocacy.audit.AuditLog;
import org.advocacy.kernel.ValidationException;
import org.advocacy.recognition.internal.CompanyValueRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The company's values that recognition is given by: everyone reads them, HR adds, edits and retires them. */
@Service
public class CompanyValueService {

    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,31}$");
    private static final Pattern COLOUR = Pattern.compile("^#[0-9A-Fa-f]{6}$");
    private static final Pattern ICON = Pattern.compile("^vaadin:[a-z0-9-]{1,32}$");

    private final CompanyValueRepository values;
    private final AuditLog audit;
    private final Clock clock;

    CompanyValueService(CompanyValueRepository values, AuditLog audit, Clock clock) {
        this.values = values;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(RecognitionPermissions.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<CompanyValue> values(boolean activeOnly) {
        return values.findAll(activeOnly);
    }

    @PreAuthorize(RecognitionPermissions.HR)
    @Transactional
    public long createValue(CompanyValueData data) {
        CompanyValueData d = validate(data, null);
        long id = values.insert(d, LocalDateTime.now(clock));
        audit.record(AuditAction.COMPANY_VALUE_CREATED, d.code(), d.nameEn());
        return id;
    }

    @PreAuthorize(RecognitionPermissions.HR)
    @Transactional
    public void updateValue(long id, CompanyValueData data) {
        if (values.findById(id).isEmpty()) {
            throw new ValidationException(null, "error.notFound");
        }
        CompanyValueData d = validate(data, id);
        values.update(id, d);
        audit.record(AuditAction.COMPANY_VALUE_UPDATED, d.code(), d.nameEn() + (d.active() ? "" : " (retired)"));
    }

    private CompanyValueData validate(CompanyValueData d, Long id) {
        String code = trim(d.code()).toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new ValidationException("code", "recognition.value.error.code");
        }
        if (values.codeTaken(code, id)) {
            throw new ValidationException("code", "recognition.value.error.codeTaken", code);
        }
        String icon = trim(d.icon()).isEmpty() ? "vaadin:star" : trim(d.icon());
        if (!ICON.matcher(icon).matches()) {
            throw new ValidationException("icon", "recognition.value.error.icon");
        }
        String colour = trim(d.colour()).isEmpty() ? "#8B5E3C" : trim(d.colour());
        if (!COLOUR.matcher(colour).matches()) {
            throw new ValidationException("colour", "recognition.value.error.colour");
        }
        return new CompanyValueData(code, required("nameVi", d.nameVi(), 80), required("nameEn", d.nameEn(), 80),
                required("meaningVi", d.meaningVi(), 200), required("meaningEn", d.meaningEn(), 200), icon, colour,
                d.active(), d.sortOrder());
    }
}
