package org.advocacy.survey;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The segment table as CSV, exactly as the screen shows it: suppressed rows carry only their label and the reason,
 * never a number (the table is already filtered by {@link SegmentGuard}).
 */
public final class SegmentCsv {

    private SegmentCsv() {
    }

    /** {@code label} translates "survey.dim.*" and "survey.suppressed.*" keys for the header and reasons. */
    public static String of(PulseResults results, Function<String, String> label) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("dimension", "segment", "n",
                "enps", "margin", "low", "high", "promoters", "passives", "detractors", "note").get())) {
            for (PulseResults.SegmentRow row : results.segments()) {
                if (row.suppressed() != null) {
                    csv.printRecord(label.apply("survey.dim." + row.dimension()), row.label(), "", "", "", "", "", "",
                            "", "", label.apply("survey.suppressed." + row.suppressed().code()));
                } else {
                    Enps e = row.enps();
                    csv.printRecord(label.apply("survey.dim." + row.dimension()), row.label(), e.n(),
                            Math.round(e.score()), fmt(e.margin()), fmt(e.low()), fmt(e.high()), e.promoters(),
                            e.passives(), e.detractors(), "");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
