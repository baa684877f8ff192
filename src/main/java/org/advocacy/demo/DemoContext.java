package org.advocacy.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What the demo generator made, for the features that add their history to it: the branches with their hidden
 * culture level, the staff per branch, the accounts, and a reproducible random source per feature.
 */
public record DemoContext(LocalDateTime now, Clock clock, ZoneId zone, List<DemoBranchIds> branches,
        Map<String, Long> userIdByEmail) {

    /** "Today" in the organisation's time zone. */
    public LocalDate today() {
        return now.atZone(java.time.ZoneOffset.UTC).withZoneSameInstant(zone).toLocalDate();
    }

    /** Months of history the demo organisation carries. */
    public static final int HISTORY_MONTHS = 18;

    /**
     * How much the outlier's customers score below what its culture would give (a noisy building site next door): its
     * customer NPS then lands below the chain's median although its staff eNPS is among the best.
     */
    public static final double OUTLIER_CUSTOMER_PENALTY = 0.50;

    /**
     * Size of a branch's own monthly shock of culture (standard deviation). Large enough that, within each branch,
     * staff advocacy visibly leads customers' by a month; small enough that a quarter's levels still rank the branches
     * as their cultures do (docs/decisions/0040).
     */
    public static final double MONTHLY_SHOCK = 0.07;

    /**
     * The hidden culture of a branch in a month (about 0..1): its level, the same slow company-wide drift for every
     * branch, and a shock of its own per branch and month (deterministic). The staff pulse answers to the culture of
     * the month its round counts in (the close date's month, as StaffAdvocacyQuery counts it); customers to last
     * month's ({@link #customerCultureAt}), so staff advocacy leads by exactly one month.
     */
    public double cultureAt(DemoBranch branch, java.time.YearMonth month) {
        java.time.YearMonth first = java.time.YearMonth.from(today()).minusMonths(HISTORY_MONTHS - 1L);
        long m = java.time.temporal.ChronoUnit.MONTHS.between(first, month);
        double drift = 0.08 * Math.sin(m / 2.5);
        double shock = MONTHLY_SHOCK * new Random(DemoOrganisation.SEED ^ (31L * branch.code().hashCode() + month.hashCode()))
                .nextGaussian();
        return branch.culture() + drift + shock;
    }

    /** What drives a branch's customers in a month: last month's culture (the outlier's customers well below it). */
    public double customerCultureAt(DemoBranch branch, java.time.YearMonth month) {
        double c = cultureAt(branch, month.minusMonths(1));
        return branch.code().equals(DemoOrganisation.OUTLIER) ? c - OUTLIER_CUSTOMER_PENALTY : c;
    }

    /** A random source of its own per feature, so adding one feature's data does not change another's. */
    public Random random(String feature) {
        return new Random(DemoOrganisation.SEED ^ feature.hashCode());
    }

    /** A demo branch with its database id, its hidden culture level (0..1) and its staff. */
    public record DemoBranchIds(long id, DemoBranch branch, List<DemoPerson> staff) {
        public boolean outlier() {
            return branch.code().equals(DemoOrganisation.OUTLIER);
        }
    }

    /** A member of staff as generated. */
    public record DemoPerson(long employeeId, Long userId, String fullName, String email, long departmentId,
            String departmentName, LocalDate hireDate, boolean manager, boolean active) {
    }
}
