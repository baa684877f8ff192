package org.advocacy.base.ui;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates, times and numbers in the user's language. Stored times are UTC; they are shown in the organisation's zone. */
public final class Formats {

    private Formats() {
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    public static String dateTime(LocalDateTime utc, ZoneId zone, Locale locale) {
        return utc == null ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                        .format(utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone));
    }

    public static String number(long n, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }
}
