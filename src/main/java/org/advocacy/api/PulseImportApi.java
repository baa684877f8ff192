package org.advocacy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.advocacy.kernel.i18n.Translations;
import org.advocacy.org.Branch;
import org.advocacy.org.OrgService;
import org.advocacy.security.ApiClient;
import org.advocacy.survey.ImportBatch;
import org.advocacy.survey.ImportRow;
import org.advocacy.survey.PulseImportException;
import org.advocacy.survey.PulseImportService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/v1/pulse-answers/import: historical answers from another tool, all or nothing. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Pulse surveys")
class PulseImportApi {

    private final PulseImportService pulseImports;
    private final OrgService org;
    private final Translations translations;

    PulseImportApi(PulseImportService pulseImports, OrgService org, Translations translations) {
        this.pulseImports = pulseImports;
        this.org = org;
        this.translations = translations;
    }

    @PostMapping(path = "/pulse-answers/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(ApiPermissions.PULSE_IMPORT_TOKEN)
    @Operation(summary = "Import past pulse answers",
            description = "A JSON array of {date (yyyy-MM-dd) or period (yyyy-MM), branch, department?, tenureBand? "
                    + "(<1, 1-3, 3+), score (0-10), drivers? {code: 1-5}, comment?}. All rows are stored in one "
                    + "transaction, or none: 400 lists every bad row's index (0-based) and message; 201 gives the count. "
                    + "Optional name=... names the batch (listed and deleted as a whole). Refused with 400: a month in "
                    + "which a portal round counts (named in the message), a month older than the import horizon, an "
                    + "unknown branch, department, tenure band or driver code. A token bound to a branch imports that branch only. "
                    + "Scope pulse:import.")
    public ResponseEntity<Map<String, Object>> importAnswers(@RequestBody List<ImportRow> rows,
            @RequestParam(required = false) String name, HttpServletRequest request) {
        Locale locale = ApiExceptionHandler.locale(request);
        List<Map<String, Object>> outside = outsideTokenBranch(rows, locale);
        if (!outside.isEmpty()) {
            Map<String, Object> body = ApiExceptionHandler.body("invalid",
                    translations.get("survey.import.refused", locale, outside.size()));
            body.put("rows", outside);
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(body);
        }
        try {
            ImportBatch batch = pulseImports.importBatch(name, rows);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("count", batch.answers());
            body.put("batch", batch.id());
            body.put("name", batch.name());
            body.put("months", batch.months());
            return ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON).body(body);
        } catch (PulseImportException e) {
            Map<String, Object> body = ApiExceptionHandler.body("invalid",
                    translations.get("survey.import.refused", locale, e.errors().size()));
            body.put("rows", e.errors().stream().map(err -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("index", err.index());
                row.put("message", translations.get(err.messageKey(), locale, err.args()));
                return row;
            }).toList());
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(body);
        }
    }

    /** A token bound to a branch imports that branch's history only: every other row is listed as refused. */
    private List<Map<String, Object>> outsideTokenBranch(List<ImportRow> rows, Locale locale) {
        Object principal = SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        if (rows == null || !(principal instanceof ApiClient client) || client.branchId() == null) {
            return List.of();
        }
        String own = org.branchesInScope().stream().filter(b -> b.id() == client.branchId()).map(Branch::code)
                .findFirst().orElse("");
        List<Map<String, Object>> refused = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ImportRow r = rows.get(i);
            String code = r == null || r.branch() == null ? "" : r.branch().strip().toUpperCase(Locale.ROOT);
            if (r != null && !code.equals(own)) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("index", i);
                row.put("message", translations.get("api.error.branchNotAllowed", locale, code, own));
                refused.add(row);
            }
        }
        return refused;
    }

    @GetMapping("/pulse-answers/imports")
    @PreAuthorize(ApiPermissions.PULSE_IMPORT_TOKEN)
    @Operation(summary = "List import batches", description = "Each batch: id, name, who, when, answers, months. "
            + "A token bound to a branch sees none (batches are company-wide). Scope pulse:import.")
    public List<ImportBatch> batches() {
        // batches are company-wide: a token bound to a branch sees none of them
        return boundToBranch() ? List.of() : pulseImports.importBatches();
    }

    @DeleteMapping("/pulse-answers/imports/{id}")
    @PreAuthorize(ApiPermissions.PULSE_IMPORT_TOKEN)
    @Operation(summary = "Delete an import batch", description = "Deletes the batch's answers and releases (audited); "
            + "204, or 400 when there is no such batch. Scope pulse:import.")
    public ResponseEntity<Void> delete(@PathVariable long id) {
        if (boundToBranch()) {
            // the same answer as for an unknown batch: a branch-bound token learns nothing of company batches
            throw new org.advocacy.kernel.ValidationException(null, "error.notFound");
        }
        pulseImports.deleteImportBatch(id);
        return ResponseEntity.noContent().build();
    }

    /** Batches can span branches: listing and deleting them is for tokens of the whole company. */
    private static boolean boundToBranch() {
        Object principal = SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        return principal instanceof ApiClient client && client.branchId() != null;
    }
}
