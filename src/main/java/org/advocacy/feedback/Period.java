package org.advocacy.feedback;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocacy.kernel.ValidationException;

/** A calendar month ("2026-10") or quarter ("2026-Q4") in the organisation's time zone: [from, toExclusive). */
public record Period(String label, LocalDate from, LocalDate toExclusive) {

    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");

    public static Period month(YearMonth m) {
        return new Period(m.toString(), m.atDay(1), m.plusMonths(1).atDay(1));
    }

    public static Period parse(String s) {
        if (s != null) {
            Matcher m = MONTH.matcher(s.trim());
            if (m.matches() && Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(2)) <= 12) {
                return month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            Matcher q = QUARTER.matcher(s.trim().toUpperCase(java.util.Locale.ROOT));
            if (q.matches()) {
                YearMonth first = YearMonth.of(Integer.parseInt(q.group(1)), (Integer.parseInt(q.group(2)) - 1) * 3 + 1);
                return new Period(q.group(1) + "-Q" + q.group(2), first.atDay(1), first.plusMonths(3).atDay(1));
            }
        }
        throw new ValidationException("period", "metrics.error.period");
    }
}
