package org.advocacy.kernel.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.advocacy.kernel.ValidationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Every CSV file the portal writes or reads goes through here. Writing (Apache Commons CSV, RFC 4180 with CRLF): a UTF-8 byte-order
 * mark first so that Excel opens Vietnamese text correctly, headers as the caller translated them for the user, and
 * no cell that a spreadsheet would run as a formula. A text cell starting with {@code =}, {@code +}, {@code -},
 * {@code @}, tab or carriage return gets a leading apostrophe (OWASP's advice against CSV injection); numbers, and
 * text that is only a plain decimal number such as {@code -12.5}, stay as they are.
 * <p>
 * Reading ({@link #read}) follows one rule for every import (employees, pulse answers, customer feedback): strict
 * UTF-8 (malformed bytes are refused, naming the line, never replaced), one leading byte-order mark dropped, the
 * delimiter taken from the first line (tab when it has more tabs than commas and semicolons, else semicolon when it
 * has more semicolons than commas, else comma), cells trimmed, empty lines skipped.
 */
public final class CsvFile {

    public static final String BOM = "\uFEFF";
    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private static final Pattern PLAIN_NUMBER = Pattern.compile("^[+-]?[0-9]+([.,][0-9]+)?$");

    private final StringWriter out = new StringWriter();
    private final CSVPrinter printer;

    private CsvFile(List<String> headers) {
        out.write(BOM);
        try {
            printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
            printer.printRecord(headers.stream().map(CsvFile::cell));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new file whose first line holds these (already translated) headers. */
    public static CsvFile withHeaders(List<String> headers) {
        return new CsvFile(headers);
    }

    public static CsvFile withHeaders(String... headers) {
        return new CsvFile(Arrays.asList(headers));
    }

    /** Appends one record; {@code null} is an empty cell. */
    public CsvFile row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    public CsvFile row(List<?> cells) {
        try {
            printer.printRecord(cells.stream().map(CsvFile::cell));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The whole file, starting with the byte-order mark. */
    public String text() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The whole file as UTF-8 bytes (EF BB BF first). */
    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** One cell as written: numbers as they are, text neutralised when a spreadsheet would evaluate it. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String s = value.toString();
        if (s.isEmpty() || PLAIN_NUMBER.matcher(s).matches()) {
            return s;
        }
        char first = s.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + s : s;
    }

    // --- reading ---

    /**
     * Reads an uploaded file by the one rule above. Throws {@link ValidationException} with
     * {@code import.error.encoding} (argument: the first line that is not UTF-8) or {@code import.error.unreadable}
     * (quotes or separators the parser cannot make sense of). Size limits are the caller's.
     */
    public static Table read(byte[] bytes) {
        String text = decodeStrictly(bytes);
        if (text.startsWith(BOM)) {
            text = text.substring(1); // Excel writes a byte-order mark
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiterOf(text)).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        List<CSVRecord> records;
        try (CSVParser parser = format.parse(new StringReader(text))) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new ValidationException(null, "import.error.unreadable");
        }
        if (records.isEmpty()) {
            return new Table(List.of(), List.of());
        }
        List<String> header = records.getFirst().toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i), i);
        }
        List<Row> rows = new ArrayList<>(records.size() - 1);
        for (CSVRecord r : records.subList(1, records.size())) {
            rows.add(new Row(r.getRecordNumber(), r.toList(), index));
        }
        return new Table(List.copyOf(header), List.copyOf(rows));
    }

    /** The delimiter of a file: the one rule, from its first line. */
    static char delimiterOf(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        long tabs = first.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /** UTF-8 or a refusal that names the (1-based) line holding the first malformed byte sequence. */
    static String decodeStrictly(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new ValidationException(null, "import.error.encoding", line);
        }
        return out.flip().toString();
    }

    /** A file as read: the cells of its first record (the header) and the records after it. */
    public record Table(List<String> header, List<Row> rows) {

        /** Whether the file held no record at all, not even a header. */
        public boolean empty() {
            return header.isEmpty() && rows.isEmpty();
        }
    }

    /**
     * One record after the header. {@code number} counts records from 1 (the header), as a spreadsheet shows lines
     * when there are no empty lines or line breaks inside quotes.
     */
    public static final class Row {

        private final long number;
        private final List<String> cells;
        private final Map<String, Integer> header;

        Row(long number, List<String> cells, Map<String, Integer> header) {
            this.number = number;
            this.cells = List.copyOf(cells);
            this.header = header;
        }

        public long number() {
            return number;
        }

        public int size() {
            return cells.size();
        }

        /** The cell at this position, or the empty string when the record is shorter. */
        public String get(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }

        /** The cell under this header name (the first column of that name), or null when there is none. */
        public String get(String column) {
            Integer i = header.get(column);
            return i == null || i >= cells.size() ? null : cells.get(i);
        }

        @Override
        public String toString() {
            return number + ": " + cells;
        }
    }
}
