package org.advocacy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.advocacy.kernel.i18n.Translations;
import org.advocacy.insights.AdvocacyAnalysis;
import org.advocacy.insights.AdvocacyStatistics.Correlation;
import org.advocacy.insights.AdvocacyText;
import org.advocacy.insights.InsightsPeriod;
import org.advocacy.insights.InsightsService;
import org.advocacy.insights.LagAnalysis;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/v1/insights/advocacy and /lag: staff and customer advocacy per branch with the relationship's statistics,
 * for BI tools. Sentences follow the request's Accept-Language (Vietnamese or English).
 */
@RestController
@RequestMapping("/api/v1/insights")
@Tag(name = "Insights")
class InsightsApi {

    record PairJson(String branch, Double enps, int enpsN, Double enpsMargin, Double nps, int npsN, Double npsMargin,
            Double recognitionPerHead) {
    }

    record ExcludedJson(String branch, String reason, String message) {
    }

    record PearsonJson(double r, double low, double high, double p) {
    }

    record SpearmanJson(double rho) {
    }

    record CorrectedJson(double r) {
    }

    record ExceptionJson(String branch, double residual, String sentence) {
    }

    record AdvocacyJson(String period, int lag, List<PairJson> pairs, List<ExcludedJson> excluded, int n,
            PearsonJson pearson, SpearmanJson spearman, CorrectedJson corrected, List<ExceptionJson> exceptions,
            String sentence) {
    }

    record IntervalJson(int n, double r, double low, double high, double p) {
    }

    record LagPointJson(int lag, IntervalJson across, IntervalJson within) {
    }

    record LagJson(String period, List<LagPointJson> lags, Integer suggestedLag, String sentence) {
    }

    private final InsightsService insights;
    private final AdvocacyText text;

    InsightsApi(InsightsService insights, AdvocacyText text) {
        this.insights = insights;
        this.text = text;
    }

    @GetMapping("/advocacy")
    @PreAuthorize(ApiPermissions.METRICS_TOKEN)
    @Operation(summary = "Staff eNPS against customer NPS per branch, with Pearson, Spearman and exceptions",
            description = "period=2026-Q3, 2026-07 or last-3/last-6/last-12; lag=-3..3 moves the customers' months "
                    + "(eNPS in t against NPS in t + lag); region= optional. A pair enters only with at least k staff "
                    + "answers (released) and 10 customer answers; pearson/spearman are null under 5 branches. "
                    + "Scope: metrics:read.")
    public AdvocacyJson advocacy(@RequestParam(required = false) String period,
            @RequestParam(defaultValue = "0") int lag, @RequestParam(required = false) String region,
            HttpServletRequest request) {
        Locale locale = Translations.supported(request.getLocale());
        InsightsPeriod p = insights.period(period);
        AdvocacyAnalysis a = insights.advocacy(p, region, lag);
        Correlation c = a.correlation();
        return new AdvocacyJson(p.label(), lag,
                a.included().stream().map(b -> new PairJson(b.code(), round(b.enps()), b.enpsN(), round(b.enpsMargin()),
                        round(b.nps()), b.npsN(), round(b.npsMargin()), round3(b.perHead()))).toList(),
                a.excluded().stream().map(b -> new ExcludedJson(b.code(), b.excludedReason(),
                        text.reason(b, a.minStaff(), locale))).toList(),
                a.included().size(),
                c == null ? null : new PearsonJson(round3(c.r()), round3(c.low()), round3(c.high()), round4(c.p())),
                c == null ? null : new SpearmanJson(round3(c.rho())),
                c == null || c.corrected() == null ? null : new CorrectedJson(round3(c.corrected())),
                a.exceptions().stream().map(e -> new ExceptionJson(e.branch(), round3(e.studentized()),
                        text.exception(e, locale))).toList(),
                text.relationship(a, locale));
    }

    @GetMapping("/lag")
    @PreAuthorize(ApiPermissions.METRICS_TOKEN)
    @Operation(summary = "Lead and lag: r of eNPS in month t against NPS in t + L, L = -3..3",
            description = "across = between branches over the period; within = each branch's monthly deviation from "
                    + "its own mean over the 12 months ending with the period. A hypothesis, not a verdict. "
                    + "Scope: metrics:read.")
    public LagJson lag(@RequestParam(required = false) String period, @RequestParam(required = false) String region,
            HttpServletRequest request) {
        Locale locale = Translations.supported(request.getLocale());
        InsightsPeriod p = insights.period(period);
        LagAnalysis l = insights.lag(p, region);
        return new LagJson(p.label(), l.points().stream()
                .map(x -> new LagPointJson(x.lag(), interval(x.across()), interval(x.within()))).toList(),
                l.suggestedLag(), text.lag(l, locale));
    }

    private static IntervalJson interval(Correlation c) {
        return c == null ? null : new IntervalJson(c.n(), round3(c.r()), round3(c.low()), round3(c.high()), round4(c.p()));
    }

    private static Double round(Double d) {
        return d == null ? null : Math.round(d * 10) / 10.0;
    }

    private static Double round3(Double d) {
        return d == null ? null : Math.round(d * 1000) / 1000.0;
    }

    private static double round4(double d) {
        return Math.round(d * 10000) / 10000.0;
    }
}
