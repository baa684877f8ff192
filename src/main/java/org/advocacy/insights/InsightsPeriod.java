package org.advocacy.insights;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocacy.kernel.ValidationException;

/**
 * The months an advocacy figure covers: a calendar month ("2026-07"), a quarter ("2026-Q3") or the last 3, 6 or 12
 * complete months ("last-3", ending with the month before the current one, so an open round never cuts a period
 * short). Months are the organisation's calendar months.
 */
public record InsightsPeriod(String label, Kind kind, YearMonth from, YearMonth to) {

    public enum Kind { MONTH, QUARTER, ROLLING }

    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");
    private static final Pattern ROLLING = Pattern.compile("^LAST-(3|6|12)$");

    public static InsightsPeriod month(YearMonth m) {
        return new InsightsPeriod(m.toString(), Kind.MONTH, m, m);
    }

    public static InsightsPeriod quarter(int year, int q) {
        YearMonth from = YearMonth.of(year, 3 * q - 2);
        return new InsightsPeriod(year + "-Q" + q, Kind.QUARTER, from, from.plusMonths(2));
    }

    /** The last {@code months} complete months before {@code current}. */
    public static InsightsPeriod rolling(int months, YearMonth current) {
        YearMonth to = current.minusMonths(1);
        return new InsightsPeriod("last-" + months, Kind.ROLLING, to.minusMonths(months - 1L), to);
    }

    /** The default: the last complete quarter before {@code current}. */
    public static InsightsPeriod lastQuarter(YearMonth current) {
        YearMonth m = current.minusMonths(3);
        return quarter(m.getYear(), (m.getMonthValue() - 1) / 3 + 1);
    }

    /** Parses a label; bad input gets the translated "insights.error.period". */
    public static InsightsPeriod parse(String text, YearMonth current) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        Matcher m = MONTH.matcher(t);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                return month(YearMonth.of(Integer.parseInt(m.group(1)), month));
            }
        }
        m = QUARTER.matcher(t);
        if (m.matches()) {
            return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = ROLLING.matcher(t);
        if (m.matches()) {
            return rolling(Integer.parseInt(m.group(1)), current);
        }
        throw new ValidationException("period", "insights.error.period");
    }

    public List<YearMonth> months() {
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }

    /** The same months moved by {@code months} (lead and lag). */
    public InsightsPeriod shift(int months) {
        return new InsightsPeriod(label, kind, from.plusMonths(months), to.plusMonths(months));
    }
}
