package org.advocacy.recognition;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's recognition page: who they are, how much recognition (what the viewer may see) and
 * approved customer praise they received, by
 * value and by month, and their next work anniversary.
 */
public record RecognitionProfile(Colleague person, LocalDate hireDate, LocalDate nextAnniversary,
        int yearsAtNextAnniversary, int total, List<ValueCount> byValue, List<MonthCount> byMonth, boolean own,
        boolean leaderboardOptOut, int praiseTotal) {
}
