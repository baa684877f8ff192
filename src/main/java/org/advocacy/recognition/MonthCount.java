package org.advocacy.recognition;

import java.time.YearMonth;

/** Recognition and approved customer praise received in one calendar month (organisation's time zone). */
public record MonthCount(YearMonth month, int count, int praise) {

    public MonthCount(YearMonth month, int count) {
        this(month, count, 0);
    }
}
