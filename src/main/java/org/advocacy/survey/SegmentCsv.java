package org.advocacy.survey;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.advocacy.kernel.csv.CsvFile;

/**
 * The segment table as CSV, exactly as the screen shows it: suppressed rows carry only their label and the reason,
 * never a number (the table is already filtered by {@link SegmentGuard}).
 */
public final class SegmentCsv {

    private SegmentCsv() {
    }

    /** Column headers, as keys of the "export" bundle ({@code export.segments.*}). */
    static final List<String> COLUMNS = List.of("dimension", "segment", "n", "enps", "margin", "low", "high", "promoters",
            "passives", "detractors", "note");

    /**
     * {@code label} translates "survey.dim.*", "survey.suppressed.*" and "export.segments.*" keys (the user's language);
     * written by {@link CsvFile} (byte-order mark, formula cells neutralised).
     */
    public static String of(PulseResults results, Function<String, String> label) {
        CsvFile csv = CsvFile.withHeaders(COLUMNS.stream().map(c -> label.apply("export.segments." + c)).toList());
        for (PulseResults.SegmentRow row : results.segments()) {
            if (row.suppressed() != null) {
                csv.row(label.apply("survey.dim." + row.dimension()), row.label(), "", "", "", "", "", "",
                        "", "", label.apply("survey.suppressed." + row.suppressed().code()));
            } else {
                Enps e = row.enps();
                csv.row(label.apply("survey.dim." + row.dimension()), row.label(), e.n(),
                        Math.round(e.score()), fmt(e.margin()), fmt(e.low()), fmt(e.high()), e.promoters(),
                        e.passives(), e.detractors(), "");
            }
        }
        return csv.text();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
