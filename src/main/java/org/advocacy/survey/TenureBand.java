package org.advocacy.survey;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** Tenure bands of the segment table: under a year, one to three years, over three. */
public final class TenureBand {

    public static final String UNDER_1 = "<1";
    public static final String ONE_TO_3 = "1-3";
    public static final String OVER_3 = "3+";
    public static final List<String> ALL = List.of(UNDER_1, ONE_TO_3, OVER_3);

    private TenureBand() {
    }

    public static String of(LocalDate hired, LocalDate on) {
        int years = Period.between(hired, on).getYears();
        return years < 1 ? UNDER_1 : years < 3 ? ONE_TO_3 : OVER_3;
    }
}
