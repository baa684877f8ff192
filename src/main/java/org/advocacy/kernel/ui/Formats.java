package org.advocacy.kernel.ui;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates, times and numbers in the user's language. Stored times are UTC; they are shown in the organisation's zone.
 * Screens show no seconds ("30 thg 11, 2026, 08:00", "Nov 30, 2026, 8:00 AM") and one month format everywhere
 * ("thg 11 2026", "Nov 2026": the CLDR year-month pattern of the language).
 */
public final class Formats {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    private Formats() {
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** Date and time to the minute: the date as {@link #date}, then the short time of the language. */
    public static String dateTime(LocalDateTime utc, ZoneId zone, Locale locale) {
        if (utc == null) {
            return "";
        }
        var local = utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone);
        return date(local.toLocalDate(), locale) + ", "
                + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(local);
    }

    /** A calendar month, the same way on every screen and chart axis. */
    public static String month(YearMonth month, Locale locale) {
        return month == null ? "" : DateTimeFormatter.ofLocalizedPattern("yMMM").withLocale(locale).format(month);
    }

    /** A period key as the services use it, "2026-11" or "2026-Q4", in words of the language. */
    public static String period(String key, Locale locale) {
        if (key == null) {
            return "";
        }
        Matcher q = QUARTER.matcher(key);
        if (q.matches()) {
            return DateTimeFormatter.ofLocalizedPattern("yQQQ").withLocale(locale)
                    .format(YearMonth.of(Integer.parseInt(q.group(1)), (Integer.parseInt(q.group(2)) - 1) * 3 + 1));
        }
        try {
            return month(YearMonth.parse(key), locale);
        } catch (java.time.format.DateTimeParseException e) {
            return key;
        }
    }

    public static String number(long n, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** A signed whole score with a true minus sign: "+32", "−8", "0". */
    public static String signed(double value) {
        long v = Math.round(value);
        return v > 0 ? "+" + v : v < 0 ? "−" + (-v) : "0";
    }
}
