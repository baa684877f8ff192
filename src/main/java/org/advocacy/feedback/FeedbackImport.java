package org.advocacy.feedback;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.advocacy.audit.AuditAction;
import org.advocacy.audit.AuditLog;
import org.advocacy.kernel.OrgTimeZone;
import org.advocacy.kernel.ValidationException;
import org.advocacy.kernel.csv.CsvFile;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's CSV import of customer feedback history from other survey tools: the same rules and the same
 * all-or-nothing transaction as the API batch, read by the one rule of {@link CsvFile#read} (strict UTF-8; comma,
 * semicolon or tab). Columns (header row): branch, nps, csat, ces, touchpoint, employee (e-mail), praise, comment,
 * contact_name, contact_phone, contact_email, consent (yes/no), submitted_at (2026-10-03T10:15:00+07:00, or local
 * 2026-10-03 10:15), external_id. Errors name the CSV line.
 */
@Service
public class FeedbackImport {

    public static final List<String> COLUMNS = List.of("branch", "nps", "csat", "ces", "touchpoint", "employee", "praise",
            "comment", "contact_name", "contact_phone", "contact_email", "consent", "submitted_at", "external_id");

    private final FeedbackService feedback;
    private final AuditLog audit;
    private final OrgTimeZone zone;

    FeedbackImport(FeedbackService feedback, AuditLog audit, OrgTimeZone zone) {
        this.feedback = feedback;
        this.audit = audit;
        this.zone = zone;
    }

    /** Imports every line or none; a {@link BatchValidationException} lists the bad ones by CSV line number. */
    @PreAuthorize(FeedbackPermissions.HR)
    @Transactional
    public BatchResult importCsv(byte[] csv) {
        CsvFile.Table table;
        try {
            table = CsvFile.read(csv);
        } catch (ValidationException e) {
            if ("import.error.unreadable".equals(e.messageKey())) {
                throw new ValidationException(null, "feedbackImport.error.unreadable");
            }
            throw e; // not UTF-8: the line that is not
        }
        if (!table.header().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList().containsAll(List.of("branch", "nps"))) {
            throw new ValidationException(null, "feedbackImport.error.header", String.join(", ", COLUMNS));
        }
        List<CsvFile.Row> records = table.rows();
        List<FeedbackData> items = new ArrayList<>();
        List<BatchItemError> errors = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            CsvFile.Row r = records.get(i);
            try {
                items.add(new FeedbackData(get(r, "branch"), number(get(r, "nps")), number(get(r, "csat")),
                        number(get(r, "ces")), get(r, "touchpoint"), get(r, "employee"), get(r, "praise"), get(r, "comment"),
                        get(r, "contact_name"), get(r, "contact_phone"), get(r, "contact_email"),
                        List.of("yes", "true", "1", "có", "x").contains(lower(get(r, "consent"))), time(get(r, "submitted_at")),
                        get(r, "external_id"), null, null));
            } catch (ValidationException e) {
                errors.add(new BatchItemError(i, e.field(), e.messageKey(), e.args()));
                items.add(null);
            }
        }
        try {
            // lines that could not be parsed go in as empty items, so every other line is still checked
            BatchResult result = feedback.importBatch(items);
            audit.record(AuditAction.FEEDBACK_IMPORTED, null, result.created() + " new, " + result.alreadyStored() + " known");
            return result;
        } catch (BatchValidationException e) {
            java.util.Map<Integer, BatchItemError> byIndex = new java.util.TreeMap<>();
            e.errors().forEach(x -> byIndex.put(x.index(), x));
            errors.forEach(x -> byIndex.put(x.index(), x)); // the parse error is the better reason
            // CSV line numbers: the header is line 1
            throw new BatchValidationException(byIndex.values().stream().map(x -> new BatchItemError(
                    x.index() + 2, x.field(), x.messageKey(), x.args())).toList());
        }
    }

    private static String get(CsvFile.Row r, String column) {
        return r.get(column);
    }

    private static String lower(String s) {
        return s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
    }

    private static Integer number(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return s.strip().matches("^-?[0-9]{1,3}$") ? Integer.valueOf(s.strip()) : -1;
    }

    private OffsetDateTime time(String s) {
        if (s == null || s.isBlank()) {
            throw new ValidationException("submitted_at", "feedback.error.submittedAt");
        }
        try {
            return OffsetDateTime.parse(s.strip());
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(s.strip().replace(' ', 'T')).atZone(zone.zone()).toOffsetDateTime();
            } catch (DateTimeParseException e2) {
                throw new ValidationException("submitted_at", "feedback.error.submittedAt");
            }
        }
    }
}
