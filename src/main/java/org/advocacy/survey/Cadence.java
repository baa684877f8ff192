package org.advocacy.survey;

import java.time.LocalDate;

/** How often a program opens a round. Round n opens on start + n × step, so month ends do not drift (31 → 28 → 31). */
public enum Cadence {
    WEEKLY, BIWEEKLY, MONTHLY, QUARTERLY;

    public LocalDate nth(LocalDate start, int n) {
        return switch (this) {
            case WEEKLY -> start.plusWeeks(n);
            case BIWEEKLY -> start.plusWeeks(2L * n);
            case MONTHLY -> start.plusMonths(n);
            case QUARTERLY -> start.plusMonths(3L * n);
        };
    }
}
