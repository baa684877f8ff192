package org.advocacy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.advocacy.kernel.ValidationException;
import org.advocacy.org.Branch;
import org.advocacy.org.OrgService;
import org.advocacy.recognition.LeaderboardService;
import org.advocacy.recognition.RecognitionStats;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/v1/recognition: recognition counts of a month per branch and per value, for BI tools. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Recognition")
class RecognitionApi {

    /** One branch: active headcount, recognition received, per head, and how often each value was named. */
    record BranchJson(String code, String name, boolean retired, int headcount, int recognitions, double perHead,
            Map<String, Integer> byValue) {
    }

    /** The answer: the period, its branches and the company-wide (or scope-wide) count per value code. */
    record RecognitionJson(String period, List<BranchJson> branches, Map<String, Integer> byValue) {
    }

    private final LeaderboardService leaderboards;
    private final OrgService org;

    RecognitionApi(LeaderboardService leaderboards, OrgService org) {
        this.leaderboards = leaderboards;
        this.org = org;
    }

    @GetMapping("/recognition")
    @PreAuthorize(ApiPermissions.METRICS_TOKEN)
    @Operation(summary = "Recognition counts of a month",
            description = "Recognition received per branch (with active headcount and per head) and per company value "
                    + "(by code) in a calendar month of the organisation's time zone. A person recognised counts once per "
                    + "entry; an entry naming two values counts for both. Counts only: no messages, no names, private "
                    + "entries are counted but never shown. A retired branch is listed (retired: true) for months in which it has "
                    + "history. A token bound to a branch sees that branch only. "
                    + "Scope: metrics:read.")
    public RecognitionJson recognition(
            @Parameter(description = "Month as yyyy-MM, e.g. 2026-10", required = true) @RequestParam String period,
            @Parameter(description = "Branch code, e.g. HN01; absent: every branch in the token's scope")
            @RequestParam(required = false) String branch) {
        YearMonth month;
        try {
            month = YearMonth.parse(period.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException("period", "recognition.api.error.period", period);
        }
        Long branchId = branch == null || branch.isBlank() ? null : org.branchByCode(branch.strip()).map(Branch::id)
                .orElseThrow(() -> ApiException.notFound("api.error.unknownBranch", branch.strip()));
        RecognitionStats stats = leaderboards.stats(month, branchId);
        java.util.Set<String> retired = org.branchesInScope().stream().filter(b -> !b.active()).map(Branch::code)
                .collect(java.util.stream.Collectors.toSet());
        return new RecognitionJson(stats.period().toString(), stats.branches().stream()
                .map(b -> new BranchJson(b.code(), b.name(), retired.contains(b.code()), b.headcount(), b.recognitions(),
                        b.headcount() == 0 ? 0 : Math.round(1000.0 * b.recognitions() / b.headcount()) / 1000.0,
                        b.byValue()))
                .toList(), stats.byValue());
    }
}
