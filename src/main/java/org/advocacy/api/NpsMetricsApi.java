package org.advocacy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.advocacy.feedback.CustomerMetrics;
import org.advocacy.feedback.CustomerMetricsService;
import org.advocacy.feedback.Period;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/v1/metrics/nps: a branch's customer NPS (with n and margin), CSAT % and CES mean for a period. */
@RestController
@RequestMapping("/api/v1/metrics")
@Tag(name = "Metrics")
class NpsMetricsApi {

    record NpsJson(String period, String branch, boolean retired, int n, int promoters, int passives, int detractors, Double nps,
            Double margin, Double csatPct, Double cesMean) {
    }

    private final CustomerMetricsService metrics;
    private final org.advocacy.org.OrgService org;

    NpsMetricsApi(CustomerMetricsService metrics, org.advocacy.org.OrgService org) {
        this.metrics = metrics;
        this.org = org;
    }

    @GetMapping("/nps")
    @PreAuthorize(ApiPermissions.METRICS_TOKEN)
    @Operation(summary = "Customer NPS of a branch for a month (2026-10) or quarter (2026-Q4)",
            description = "nps = 100 × (promoters − detractors) / n; margin = half-width of the 95 % adjusted Wald "
                    + "interval. Figures are null when nobody answered. A retired branch keeps its history (retired: true). "
                    + "Scope: metrics:read.")
    public NpsJson nps(@RequestParam String period, @RequestParam String branch) {
        Period p = Period.parse(period);
        CustomerMetrics m = metrics.branch(branch, p);
        String code = branch.trim().toUpperCase(java.util.Locale.ROOT);
        boolean retired = org.branchByCode(code).map(b -> !b.active()).orElse(false);
        return new NpsJson(p.label(), code, retired, m.nps().n(), m.nps().promoters(),
                m.nps().passives(), m.nps().detractors(), round(m.nps().score()), round(m.nps().margin()),
                round(m.csatPct()), round(m.cesMean()));
    }

    private static Double round(Double d) {
        return d == null ? null : Math.round(d * 10) / 10.0;
    }
}
