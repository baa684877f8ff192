package org.advocacy.insights;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The advocacy table as CSV, as the screen shows it: a branch whose staff figure is not released carries no staff
 * number, only the reason (the same rule as the pulse exports).
 */
public final class AdvocacyCsv {

    private AdvocacyCsv() {
    }

    public static String of(AdvocacyAnalysis a, Function<BranchFigures, String> note) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("period", "branch", "name",
                "region", "enps", "enps_n", "enps_margin", "nps", "nps_n", "nps_margin", "csat_pct", "ces_mean",
                "headcount", "recognitions", "approved_praise", "per_head", "included", "note").get())) {
            for (BranchFigures b : a.branches()) {
                csv.printRecord(a.period().label(), b.code(), b.name(), b.region(), fmt(b.enps()),
                        b.enps() == null ? "" : b.enpsN(), fmt(b.enpsMargin()), fmt(b.nps()), b.npsN(),
                        fmt(b.npsMargin()), fmt(b.csatPct()), fmt(b.cesMean()), b.headcount(), b.recognitions(),
                        b.praise(), b.perHead() == null ? "" : String.format(Locale.ROOT, "%.3f", b.perHead()),
                        b.included(), note.apply(b));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String fmt(Double d) {
        return d == null ? "" : String.format(Locale.ROOT, "%.1f", d);
    }
}
