package org.advocacy.survey;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.advocacy.audit.AuditAction;
import org.advocacy.audit.AuditLog;
import org.advocacy.kernel.OrgTimeZone;
import org.advocacy.kernel.ValidationException;
import org.advocacy.security.CurrentUser;
import org.advocacy.security.PortalUser;
import org.advocacy.survey.internal.PulseRepository;
import org.advocacy.survey.internal.PulseRepository.NewAnswer;
import org.advocacy.survey.internal.ReleaseRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imported history of pulse answers as named batches that HR can list and delete: validated all-or-nothing, refused
 * in months of portal rounds (the two never add up), released month by month like a round, audited.
 */
@Service
public class PulseImportService {

    static final int MAX_IMPORT = 50_000;

    private final PulseRepository repository;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final OrgTimeZone zone;
    private final ReleaseRepository releaseRepository;
    private final PulseReleases releases;
    private final int importHorizonMonths;

    PulseImportService(PulseRepository repository, CurrentUser currentUser, AuditLog audit, Clock clock,
            OrgTimeZone zone, ReleaseRepository releaseRepository, PulseReleases releases,
            @Value("${app.survey.import-horizon-months:36}") int importHorizonMonths) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
        this.releaseRepository = releaseRepository;
        this.releases = releases;
        this.importHorizonMonths = Math.max(1, importHorizonMonths);
    }

    /** Imports historical answers all-or-nothing as one batch named after the time; returns how many were stored. */
    @PreAuthorize(SurveyPermissions.HR_OR_PULSE_IMPORT_TOKEN)
    @Transactional
    public int importAnswers(List<ImportRow> rows) {
        return importBatch(null, rows).answers();
    }

    /**
     * Imports historical answers all-or-nothing as one named batch and releases each of its months like a round.
     * Refused: a month in which a portal round counts (imports and rounds never add up in one figure), a month older
     * than the import horizon, an unknown branch, department, tenure band or driver code.
     */
    @PreAuthorize(SurveyPermissions.HR_OR_PULSE_IMPORT_TOKEN)
    @Transactional
    public ImportBatch importBatch(String name, List<ImportRow> rows) {
        if (rows == null || rows.isEmpty()) {
            throw new ValidationException(null, "survey.import.empty");
        }
        if (rows.size() > MAX_IMPORT) {
            throw new ValidationException(null, "survey.import.tooMany", MAX_IMPORT);
        }
        String batchName = name == null || name.isBlank()
                ? "Import " + LocalDateTime.now(clock.withZone(zone.zone())).withSecond(0).withNano(0) : name.strip();
        if (batchName.length() > 120) {
            throw new ValidationException("name", "error.tooLong", 120);
        }
        java.util.Set<String> knownDrivers = new java.util.HashSet<>();
        Driver.LIBRARY.forEach(d -> knownDrivers.add(d.code()));
        repository.programs().forEach(p -> p.drivers().forEach(d -> knownDrivers.add(d.code())));
        java.util.Set<String> departments = new java.util.HashSet<>(repository.departmentNames());
        List<PulseImportException.RowError> errors = new ArrayList<>();
        List<NewAnswer> answers = new ArrayList<>();
        Map<String, Long> branchIds = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            ImportRow r = rows.get(i);
            try {
                answers.add(importRow(r, branchIds, knownDrivers, departments));
            } catch (ValidationException e) {
                errors.add(new PulseImportException.RowError(i, e.messageKey(), e.args()));
            }
        }
        if (!errors.isEmpty()) {
            throw new PulseImportException(errors);
        }
        java.util.TreeSet<String> months = new java.util.TreeSet<>();
        answers.forEach(a -> months.add(a.periodMonth()));
        List<String> portal = releaseRepository.portalMonths(months);
        if (!portal.isEmpty()) {
            throw new ValidationException("period", "survey.import.portalMonth", String.join(", ", portal));
        }
        String who = who();
        long batchId = releaseRepository.insertBatch(batchName, who, LocalDateTime.now(clock), answers.size());
        repository.insertAnswers(answers.stream().map(a -> a.inBatch(batchId)).toList());
        for (String month : months) {
            releases.releaseBatchMonth(batchId, month);
        }
        audit.record(AuditAction.PULSE_ANSWERS_IMPORTED, batchName,
                answers.size() + " answers, " + String.join(", ", months));
        return new ImportBatch(batchId, batchName, who, LocalDateTime.now(clock),
                answers.size(), List.copyOf(months));
    }

    /** The signed-in person's e-mail, or the API token's name. */
    private String who() {
        return currentUser.get().map(PortalUser::email).orElseGet(() -> {
            var auth = SecurityContextHolder.getContext().getAuthentication();
            return auth != null && auth.getPrincipal() instanceof org.advocacy.security.ApiClient client
                    ? "API token " + client.name() : "unknown";
        });
    }

    /** The import batches, newest first. */
    @PreAuthorize(SurveyPermissions.HR_OR_PULSE_IMPORT_TOKEN)
    @Transactional(readOnly = true)
    public List<ImportBatch> importBatches() {
        return releaseRepository.batches().stream().map(b -> new ImportBatch(b.id(), b.name(), b.createdBy(),
                b.createdAt(), b.answers(), b.months())).toList();
    }

    /** Deletes a batch with its answers and releases, audited. */
    @PreAuthorize(SurveyPermissions.HR_OR_PULSE_IMPORT_TOKEN)
    @Transactional
    public void deleteImportBatch(long batchId) {
        ImportBatch batch = importBatches().stream().filter(b -> b.id() == batchId).findFirst()
                .orElseThrow(() -> new ValidationException(null, "error.notFound"));
        releaseRepository.deleteBatch(batchId);
        audit.record(AuditAction.PULSE_IMPORT_DELETED, batch.name(), batch.answers() + " answers");
    }

    private NewAnswer importRow(ImportRow r, Map<String, Long> branchIds, java.util.Set<String> knownDrivers,
            java.util.Set<String> departments) {
        if (r == null) {
            throw new ValidationException(null, "survey.import.emptyRow");
        }
        LocalDate day = null;
        String month;
        try {
            if (r.date() != null && !r.date().isBlank()) {
                day = LocalDate.parse(r.date().strip());
                month = YearMonth.from(day).toString();
            } else if (r.period() != null && PulseResultsService.MONTH.matcher(r.period().strip()).matches()) {
                month = YearMonth.parse(r.period().strip()).toString();
            } else {
                throw new ValidationException("date", "survey.import.date");
            }
        } catch (DateTimeException e) {
            throw new ValidationException("date", "survey.import.date");
        }
        YearMonth thisMonth = YearMonth.from(today());
        if (YearMonth.parse(month).isAfter(thisMonth)) {
            throw new ValidationException("date", "survey.import.future");
        }
        if (YearMonth.parse(month).isBefore(thisMonth.minusMonths(importHorizonMonths))) {
            throw new ValidationException("date", "survey.import.horizon", month, importHorizonMonths);
        }
        String code = r.branch() == null ? "" : r.branch().strip().toUpperCase(java.util.Locale.ROOT);
        Long branchId = branchIds.computeIfAbsent(code, c -> repository.branchIdOfCode(c).orElse(null));
        if (branchId == null) {
            branchIds.remove(code);
            throw new ValidationException("branch", "survey.import.branch", code);
        }
        if (r.score() == null || r.score() < 0 || r.score() > 10) {
            throw new ValidationException("score", "survey.error.score");
        }
        String band = r.tenureBand() == null || r.tenureBand().isBlank() ? null : r.tenureBand().strip();
        if (band != null && !TenureBand.ALL.contains(band)) {
            throw new ValidationException("tenureBand", "survey.import.tenure", band);
        }
        String dept = r.department() == null || r.department().isBlank() ? null : r.department().strip();
        if (dept != null && !departments.contains(dept)) {
            throw new ValidationException("department", "survey.import.department", dept);
        }
        Map<String, Integer> drivers = new LinkedHashMap<>();
        if (r.drivers() != null) {
            for (var d : r.drivers().entrySet()) {
                if (d.getKey() == null || !knownDrivers.contains(d.getKey())) {
                    throw new ValidationException("drivers", "survey.import.unknownDriver", String.valueOf(d.getKey()));
                }
                if (d.getValue() == null || d.getValue() < 1 || d.getValue() > 5) {
                    throw new ValidationException("drivers", "survey.error.driverScore");
                }
                drivers.put(d.getKey(), d.getValue());
            }
        }
        String comment = r.comment() == null || r.comment().isBlank() ? null : r.comment().strip();
        if (comment != null && comment.length() > 1000) {
            throw new ValidationException("comment", "error.tooLong", 1000);
        }
        return new NewAnswer(UUID.randomUUID().toString(), null, day, month, branchId, dept, band, r.score(), comment,
                true, drivers, null);
    }

    // --- time ---

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone.zone()));
    }
}
