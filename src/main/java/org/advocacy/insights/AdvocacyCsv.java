package org.advocacy.insights;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.advocacy.kernel.csv.CsvFile;

/**
 * The advocacy table as CSV, as the screen shows it: a branch whose staff figure is not released carries no staff
 * number, only the reason (the same rule as the pulse exports). Written by {@link CsvFile} (byte-order mark, formula
 * cells neutralised, headers in the user's language).
 */
public final class AdvocacyCsv {

    private AdvocacyCsv() {
    }

    /** Column headers, as keys of the "export" bundle ({@code export.advocacy.*}). */
    static final List<String> COLUMNS = List.of("period", "branch", "name", "region", "enps", "enps_n", "enps_margin",
            "nps", "nps_n", "nps_margin", "csat_pct", "ces_mean", "headcount", "recognitions", "approved_praise",
            "per_head", "included", "note");

    /** {@code label} translates the "export.advocacy.*" header keys (the user's language). */
    public static String of(AdvocacyAnalysis a, Function<BranchFigures, String> note, Function<String, String> label) {
        CsvFile csv = CsvFile.withHeaders(COLUMNS.stream().map(c -> label.apply("export.advocacy." + c)).toList());
        for (BranchFigures b : a.branches()) {
            csv.row(a.period().label(), b.code(), b.name(), b.region(), fmt(b.enps()),
                    b.enps() == null ? "" : b.enpsN(), fmt(b.enpsMargin()), fmt(b.nps()), b.npsN(),
                    fmt(b.npsMargin()), fmt(b.csatPct()), fmt(b.cesMean()), b.headcount(), b.recognitions(),
                    b.praise(), b.perHead() == null ? "" : String.format(Locale.ROOT, "%.3f", b.perHead()),
                    b.included(), note.apply(b));
        }
        return csv.text();
    }

    private static String fmt(Double d) {
        return d == null ? "" : String.format(Locale.ROOT, "%.1f", d);
    }
}
