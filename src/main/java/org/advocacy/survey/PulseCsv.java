package org.advocacy.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.advocacy.kernel.ValidationException;
import org.advocacy.kernel.csv.CsvFile;

/**
 * Reads HR's CSV of past answers into {@link ImportRow}s for {@link PulseImportService#importAnswers}: columns date or
 * period, branch, department, tenureBand, score, comment, and driver.&lt;code&gt; per driver; read by the one rule of
 * {@link CsvFile#read} (strict UTF-8, comma, semicolon or tab).
 */
public final class PulseCsv {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private PulseCsv() {
    }

    public static List<ImportRow> parse(byte[] bytes) {
        if (bytes.length == 0) {
            throw new ValidationException(null, "survey.import.empty");
        }
        CsvFile.Table table = CsvFile.read(bytes);
        List<String> header = table.header();
        if (!header.contains("branch") || !header.contains("score")) {
            throw new ValidationException(null, "import.error.missingColumn", header.contains("branch") ? "score" : "branch");
        }
        List<ImportRow> rows = new ArrayList<>();
        for (CsvFile.Row r : table.rows()) {
            Map<String, Integer> drivers = new LinkedHashMap<>();
            Integer score = number(get(r, "score"));
            for (String h : header) {
                if (h.startsWith("driver.") && !get(r, h).isEmpty()) {
                    Integer v = number(get(r, h));
                    drivers.put(h.substring("driver.".length()), v == null ? -1 : v);
                }
            }
            rows.add(new ImportRow(get(r, "date"), get(r, "period"), get(r, "branch"), get(r, "department"),
                    get(r, "tenureBand"), score == null ? -1 : score, drivers, get(r, "comment")));
        }
        return rows;
    }

    private static String get(CsvFile.Row r, String column) {
        String v = r.get(column);
        return v == null ? "" : v;
    }

    private static Integer number(String s) {
        try {
            return s.isEmpty() ? null : Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
