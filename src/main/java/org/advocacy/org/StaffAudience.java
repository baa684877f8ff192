package org.advocacy.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.advocacy.org.internal.StaffAudienceQuery;
import org.springframework.stereotype.Component;

/**
 * The published read of who a pulse program asks (decision 0047): active staff of some branches and departments,
 * as counts or ids, never names. The survey module keeps the program's branches and departments and asks here
 * instead of naming {@code employee} or {@code department} in its SQL. No role check: the caller is a service that
 * has checked its own caller, and this runs in the caller's transaction.
 */
@Component
public class StaffAudience {

    /**
     * Active staff working in one of {@code branchIds} (empty: every branch) and in one of {@code departmentIds}
     * (empty: every department).
     */
    public record Filter(Set<Long> branchIds, Set<Long> departmentIds) {

        /** Every active member of staff. */
        public static final Filter EVERYONE = new Filter(Set.of(), Set.of());

        public Filter {
            branchIds = Set.copyOf(branchIds);
            departmentIds = Set.copyOf(departmentIds);
        }

        /** Whether this employee, as read from {@link OrgDirectory} or the own profile, is in the audience now. */
        public boolean includes(Employee e) {
            return e.active() && (branchIds.isEmpty() || branchIds.contains(e.branchId()))
                    && (departmentIds.isEmpty() || departmentIds.contains(e.departmentId()));
        }
    }

    /** How many of an audience work in one branch and department (by name). */
    public record Cell(long branchId, String department, int count) {
    }

    private final StaffAudienceQuery query;

    StaffAudience(StaffAudienceQuery query) {
        this.query = query;
    }

    /** The audience's size. */
    public int count(Filter audience) {
        return query.count(audience.branchIds(), audience.departmentIds());
    }

    /** The audience's employee ids, ascending. */
    public List<Long> ids(Filter audience) {
        return query.ids(audience.branchIds(), audience.departmentIds());
    }

    /** The audience counted per branch and department name (cells without anyone are missing). */
    public List<Cell> countsByBranchAndDepartment(Filter audience) {
        return query.countsByBranchAndDepartment(audience.branchIds(), audience.departmentIds());
    }

    /**
     * How many of the audience work in one branch, in a department of this name (null: any), hired after
     * {@code hiredAfter} (null: any) and on or before {@code hiredOnOrBefore} (null: any).
     */
    public int countSharing(Filter audience, long branchId, String department, LocalDate hiredAfter,
            LocalDate hiredOnOrBefore) {
        return query.countSharing(audience.branchIds(), audience.departmentIds(), branchId, department, hiredAfter,
                hiredOnOrBefore);
    }

    /** The names of every department, retired ones too: those a staff answer may carry. */
    public List<String> departmentNames() {
        return query.departmentNames();
    }
}
