package org.advocacy.survey;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.advocacy.kernel.ValidationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads HR's CSV of past answers into {@link ImportRow}s for {@link SurveyService#importAnswers}: columns date or
 * period, branch, department, tenureBand, score, comment, and driver.&lt;code&gt; per driver; comma or semicolon.
 */
public final class PulseCsv {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private PulseCsv() {
    }

    public static List<ImportRow> parse(byte[] bytes) {
        if (bytes.length == 0) {
            throw new ValidationException(null, "survey.import.empty");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ValidationException(null, "import.error.encoding");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        List<ImportRow> rows = new ArrayList<>();
        try (var parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get().parse(new StringReader(text))) {
            List<String> header = parser.getHeaderNames();
            if (!header.contains("branch") || !header.contains("score")) {
                throw new ValidationException(null, "import.error.missingColumn", header.contains("branch") ? "score" : "branch");
            }
            for (CSVRecord r : parser) {
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
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new ValidationException(null, "import.error.unreadable");
        }
        return rows;
    }

    private static String get(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) ? r.get(column) : "";
    }

    private static Integer number(String s) {
        try {
            return s.isEmpty() ? null : Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
