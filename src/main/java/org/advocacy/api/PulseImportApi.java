package org.advocacy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.advocacy.base.i18n.Translations;
import org.advocacy.survey.ImportBatch;
import org.advocacy.survey.ImportRow;
import org.advocacy.survey.PulseImportException;
import org.advocacy.survey.SurveyService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/v1/pulse-answers/import: historical answers from another tool, all or nothing. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Pulse surveys")
class PulseImportApi {

    private final SurveyService survey;
    private final Translations translations;

    PulseImportApi(SurveyService survey, Translations translations) {
        this.survey = survey;
        this.translations = translations;
    }

    @PostMapping(path = "/pulse-answers/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('SCOPE_pulse:import')")
    @Operation(summary = "Import past pulse answers",
            description = "A JSON array of {date (yyyy-MM-dd) or period (yyyy-MM), branch, department?, tenureBand? "
                    + "(<1, 1-3, 3+), score (0-10), drivers? {code: 1-5}, comment?}. All rows are stored in one "
                    + "transaction, or none: 400 lists every bad row's index (0-based) and message; 201 gives the count. "
                    + "Optional name=... names the batch (listed and deleted as a whole). Refused with 400: a month in "
                    + "which a portal round counts (named in the message), a month older than the import horizon, an "
                    + "unknown branch, department, tenure band or driver code. Scope pulse:import.")
    public ResponseEntity<Map<String, Object>> importAnswers(@RequestBody List<ImportRow> rows,
            @RequestParam(required = false) String name, HttpServletRequest request) {
        Locale locale = ApiExceptionHandler.locale(request);
        try {
            ImportBatch batch = survey.importBatch(name, rows);
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

    @GetMapping("/pulse-answers/imports")
    @PreAuthorize("hasAuthority('SCOPE_pulse:import')")
    @Operation(summary = "List import batches", description = "Each batch: id, name, who, when, answers, months. "
            + "Scope pulse:import.")
    public List<ImportBatch> batches() {
        return survey.importBatches();
    }

    @DeleteMapping("/pulse-answers/imports/{id}")
    @PreAuthorize("hasAuthority('SCOPE_pulse:import')")
    @Operation(summary = "Delete an import batch", description = "Deletes the batch's answers and releases (audited); "
            + "204, or 400 when there is no such batch. Scope pulse:import.")
    public ResponseEntity<Void> delete(@PathVariable long id) {
        survey.deleteImportBatch(id);
        return ResponseEntity.noContent().build();
    }
}
