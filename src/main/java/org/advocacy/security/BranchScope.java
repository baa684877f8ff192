package org.advocacy.security;

import java.util.Set;

/**
 * The branches whose data a caller may read: all of them (HR, LEADER, ADMIN) or an explicit set (a MANAGER's
 * managed branches, an API token's branch). Queries apply it in their WHERE clause.
 */
public record BranchScope(boolean all, Set<Long> branchIds) {

    public static final BranchScope ALL = new BranchScope(true, Set.of());
    public static final BranchScope NONE = new BranchScope(false, Set.of());

    public static BranchScope of(Set<Long> ids) {
        return new BranchScope(false, Set.copyOf(ids));
    }

    public boolean includes(long branchId) {
        return all || branchIds.contains(branchId);
    }

    public boolean isEmpty() {
        return !all && branchIds.isEmpty();
    }
}
