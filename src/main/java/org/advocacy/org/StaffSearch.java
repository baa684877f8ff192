package org.advocacy.org;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.advocacy.org.internal.StaffSearchQuery;
import org.springframework.stereotype.Component;

/**
 * The published search of active staff for other modules (decision 0047): a picker's people by name, paged here,
 * and staff ids or records in name order, so callers never sort names themselves (the database's collation decides).
 * Like {@link OrgDirectory}: no role check, the caller's transaction, and branch scope is the caller's business (it
 * passes the branch ids the user may see).
 */
@Component
public class StaffSearch {

    private final StaffSearchQuery query;

    StaffSearch(StaffSearchQuery query) {
        this.query = query;
    }

    /**
     * A page of active staff of {@code branchIds} (null: every branch, empty: none) but {@code exceptEmployeeId}
     * (null: nobody), whose name contains {@code text} (null or blank: any; "%" and "_" are plain characters): staff
     * of {@code firstBranchId} (null: no such preference) first, then by name and id.
     */
    public List<Employee> active(String text, Set<Long> branchIds, Long exceptEmployeeId, Long firstBranchId,
            int offset, int limit) {
        return query.active(text, branchIds, exceptEmployeeId, firstBranchId, offset, limit);
    }

    /** How many staff {@link #active} finds in all. */
    public int countActive(String text, Set<Long> branchIds, Long exceptEmployeeId) {
        return query.countActive(text, branchIds, exceptEmployeeId);
    }

    /**
     * The ids of all active staff of {@code branchIds} (null: every branch) but {@code exceptEmployeeId}, by name and
     * id: as many ids as the branches have active staff, for lists that another module orders by its own data.
     */
    public List<Long> activeIdsByName(Set<Long> branchIds, Long exceptEmployeeId) {
        return query.activeIdsByName(branchIds, exceptEmployeeId);
    }

    /** The staff of these ids (inactive ones too) by name, then id; unknown ids are missing. */
    public List<Employee> byName(Collection<Long> ids) {
        return query.byName(Set.copyOf(ids));
    }
}
