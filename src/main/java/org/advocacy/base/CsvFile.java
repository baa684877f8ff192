package org.advocacy.base;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV file the portal writes goes through here (Apache Commons CSV, RFC 4180 with CRLF): a UTF-8 byte-order
 * mark first so that Excel opens Vietnamese text correctly, headers as the caller translated them for the user, and
 * no cell that a spreadsheet would run as a formula. A text cell starting with {@code =}, {@code +}, {@code -},
 * {@code @}, tab or carriage return gets a leading apostrophe (OWASP's advice against CSV injection); numbers, and
 * text that is only a plain decimal number such as {@code -12.5}, stay as they are.
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
}
