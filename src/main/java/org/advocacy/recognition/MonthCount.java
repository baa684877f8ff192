package org.advocacy.recognition;

import java.time.YearMonth;

/** Recognition received in one calendar month (organisation's time zone). */
public record MonthCount(YearMonth month, int count) {
}
