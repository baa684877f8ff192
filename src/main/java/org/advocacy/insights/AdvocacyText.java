package org.advocacy.insights;

import java.text.NumberFormat;
import java.util.Locale;
import org.advocacy.kernel.i18n.Translations;
import org.advocacy.insights.AdvocacyStatistics.Correlation;
import org.springframework.stereotype.Component;

/**
 * The plain-language sentences of the advocacy screens and API, in the reader's language: the relationship (with
 * N, the interval and "correlation is not causation"), each exception, the lead-and-lag hypothesis, and the reason a
 * branch was left out.
 */
@Component
public class AdvocacyText {

    private final Translations translations;

    AdvocacyText(Translations translations) {
        this.translations = translations;
    }

    public String relationship(AdvocacyAnalysis a, Locale locale) {
        Correlation c = a.correlation();
        if (c == null) {
            return t(locale, "insights.relationship.notEnough", AdvocacyStatistics.MIN_BRANCHES, a.included().size());
        }
        String key = !c.clear() ? "insights.relationship.unclear"
                : c.r() > 0 ? "insights.relationship.positive" : "insights.relationship.negative";
        return t(locale, key, c.n(), r(c.r(), locale), r(c.low(), locale), r(c.high(), locale));
    }

    /** Why the noise-corrected r is shown or not. */
    public String corrected(Correlation c, Locale locale) {
        if (c == null) {
            return "";
        }
        if (c.corrected() != null) {
            return t(locale, "insights.corrected.shown", r(c.corrected(), locale));
        }
        return t(locale, "insights.corrected.hidden", r(Math.min(c.relX(), c.relY()), locale),
                r(AdvocacyStatistics.MIN_RELIABILITY, locale));
    }

    public String exception(AdvocacyStatistics.Exception e, Locale locale) {
        String key = e.y() < e.predicted() ? "insights.exception.below" : "insights.exception.above";
        return t(locale, key, e.branch(), signed(e.x()), signed(e.y()), signed(e.predicted()),
                Math.round(e.predictionMargin()));
    }

    public String lag(LagAnalysis lag, Locale locale) {
        if (lag.suggestedLag() == null) {
            return t(locale, "insights.lag.none");
        }
        int l = lag.suggestedLag();
        Correlation w = lag.points().stream().filter(p -> p.lag() == l).findFirst().orElseThrow().within();
        String key = l > 0 ? "insights.lag.staffFirst" : l < 0 ? "insights.lag.customersFirst" : "insights.lag.same";
        return t(locale, key, Math.abs(l), r(w.r(), locale), r(w.low(), locale), r(w.high(), locale), w.n());
    }

    public String reason(BranchFigures b, int k, Locale locale) {
        if (b.excludedReason() == null) {
            return "";
        }
        return switch (b.excludedReason()) {
            case "staff-few" -> t(locale, "insights.reason.staffFew", k, b.enpsN());
            case "customers-few" -> t(locale, "insights.reason.customersFew", AdvocacyAnalysis.MIN_CUSTOMERS, b.npsN());
            case "no-staff" -> t(locale, "insights.reason.noStaff");
            case "no-customers" -> t(locale, "insights.reason.noCustomers");
            default -> t(locale, "insights.reason.staffNotReleased");
        };
    }

    /** r or ρ with two decimals in the reader's number format. */
    public static String r(double v, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(v).replace('-', '−');
    }

    /** A score as "+82" or "−53". */
    public static String signed(double v) {
        long n = Math.round(v);
        return n > 0 ? "+" + n : n < 0 ? "−" + Math.abs(n) : "0";
    }

    private String t(Locale locale, String key, Object... args) {
        return translations.get(key, locale, args);
    }
}
