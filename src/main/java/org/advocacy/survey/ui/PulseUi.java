package org.advocacy.survey.ui;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import org.advocacy.survey.PulseResults;
import org.advocacy.survey.SegmentGuard;

/** Shared wording of the pulse screens. */
final class PulseUi {

    private PulseUi() {
    }

    static String signed(double value) {
        long v = Math.round(value);
        return (v > 0 ? "+" : "") + v;
    }

    static String one(double value, Locale locale) {
        return String.format(locale, "%.1f", value);
    }

    /** "eNPS +32 · n = 210 · ± 12" or the reason it is hidden. */
    static String headline(Component c, PulseResults r, int k) {
        if (!r.shown()) {
            return suppressed(c, r.suppressed(), k);
        }
        return c.getTranslation("survey.results.enps") + " " + signed(r.enps().score()) + " · "
                + c.getTranslation("survey.results.n", r.enps().n()) + " · "
                + c.getTranslation("survey.results.margin", Math.round(r.enps().margin()));
    }

    static String suppressed(Component c, SegmentGuard.Reason reason, int k) {
        return c.getTranslation("survey.suppressed." + reason.code(), k);
    }
}
