package org.advocacy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.advocacy.kernel.ValidationException;
import org.advocacy.org.OrgService;
import org.advocacy.security.CurrentUser;
import org.advocacy.survey.Enps;
import org.advocacy.survey.PulseResults;
import org.advocacy.survey.PulseResultsService;
import org.advocacy.survey.ResultsRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/v1/metrics/enps: eNPS of a period or round, for the token's branch scope, under the anonymity rules. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Pulse surveys")
class EnpsApi {

    private final PulseResultsService pulseResults;
    private final OrgService org;
    private final CurrentUser currentUser;

    EnpsApi(PulseResultsService pulseResults, OrgService org, CurrentUser currentUser) {
        this.pulseResults = pulseResults;
        this.org = org;
        this.currentUser = currentUser;
    }

    @GetMapping("/metrics/enps")
    @PreAuthorize(ApiPermissions.METRICS_TOKEN)
    @Operation(summary = "eNPS of a period or a round",
            description = "period=2026-10 (month) or 2026-Q4 (quarter) in the organisation's time zone, or round=ID; "
                    + "optional branch=CODE and department=NAME. Every figure is a sum of released cells of the rounds' "
                    + "stored releases: when a contributing cell is hidden (tooFew, differencing), the combination is "
                    + "not offered (notOffered), the period mixes imports and rounds (mixedSources) or the round is "
                    + "open (roundOpen), the answer is {\"suppressed\": true, \"reason\": ...} without figures. "
                    + "Scope metrics:read.")
    public Map<String, Object> enps(@RequestParam(required = false) String period,
            @RequestParam(required = false) Long round, @RequestParam(required = false) String branch,
            @RequestParam(required = false) String department) {
        if ((period == null) == (round == null)) {
            throw new ValidationException("period", "survey.error.period", period == null ? "" : period);
        }
        String code = branch == null || branch.isBlank() ? null : branch.strip().toUpperCase(java.util.Locale.ROOT);
        var known = code == null ? null : org.branchByCode(code);
        if (known != null && known.isEmpty()) {
            throw ApiException.notFound("survey.import.branch", code);
        }
        if (known != null && !currentUser.branchScope().includes(known.get().id())) {
            // a token bound to another branch: refused outright rather than answered "too few"
            throw new org.springframework.security.access.AccessDeniedException("branch " + code + " is outside the token's scope");
        }
        PulseResults r = pulseResults.headline(new ResultsRequest(round, period, code, department));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("period", period != null ? period.strip().toUpperCase(java.util.Locale.ROOT) : "round:" + round);
        body.put("branch", code);
        if (department != null && !department.isBlank()) {
            body.put("department", department.strip());
        }
        if (!r.shown()) {
            body.put("suppressed", true);
            body.put("reason", r.suppressed().code());
            return body;
        }
        Enps e = r.enps();
        body.put("n", e.n());
        body.put("promoters", e.promoters());
        body.put("passives", e.passives());
        body.put("detractors", e.detractors());
        body.put("enps", Math.round(e.score() * 10) / 10.0);
        body.put("margin", Math.round(e.margin() * 10) / 10.0);
        body.put("low", Math.round(e.low() * 10) / 10.0);
        body.put("high", Math.round(e.high() * 10) / 10.0);
        body.put("invited", round != null ? r.invited() : null);
        body.put("suppressed", false);
        return body;
    }
}
