package org.advocacy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.advocacy.base.i18n.Translations;
import org.advocacy.org.Branch;
import org.advocacy.org.OrgService;
import org.advocacy.security.ApiClient;
import org.advocacy.survey.ImportRow;
import org.advocacy.survey.PulseImportException;
import org.advocacy.survey.SurveyService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/v1/pulse-answers/import: historical answers from another tool, all or nothing. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Pulse surveys")
class PulseImportApi {

    private final SurveyService survey;
    private final OrgService org;
    private final Translations translations;

    PulseImportApi(SurveyService survey, OrgService org, Translations translations) {
        this.survey = survey;
        this.org = org;
        this.translations = translations;
    }

    @PostMapping(path = "/pulse-answers/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('SCOPE_pulse:import')")
    @Operation(summary = "Import past pulse answers",
            description = "A JSON array of {date (yyyy-MM-dd) or period (yyyy-MM), branch, department?, tenureBand? "
                    + "(<1, 1-3, 3+), score (0-10), drivers? {code: 1-5}, comment?}. All rows are stored in one "
                    + "transaction, or none: 400 lists every bad row's index (0-based) and message; 201 gives the count. "
                    + "A token bound to a branch imports that branch only. Scope pulse:import.")
    public ResponseEntity<Map<String, Object>> importAnswers(@RequestBody List<ImportRow> rows, HttpServletRequest request) {
        Locale locale = ApiExceptionHandler.locale(request);
        List<Map<String, Object>> outside = outsideTokenBranch(rows, locale);
        if (!outside.isEmpty()) {
            Map<String, Object> body = ApiExceptionHandler.body("invalid",
                    translations.get("survey.import.refused", locale, outside.size()));
            body.put("rows", outside);
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(body);
        }
        try {
            int count = survey.importAnswers(rows);
            return ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("count", count));
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
}
