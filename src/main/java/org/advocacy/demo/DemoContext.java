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
