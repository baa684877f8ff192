package org.advocacy.recognition;

import java.util.HashSet;
import java.util.Set;
import org.advocacy.org.Branch;
import org.advocacy.org.OrgDirectory;
import org.advocacy.security.BranchScope;
import org.advocacy.security.CurrentUser;
import org.advocacy.security.Role;
import org.springframework.stereotype.Component;

/** The branches the caller manages, as the recognition services decide who may recognise and see whom. */
@Component
class ManagedBranches {

    private final CurrentUser currentUser;
    private final OrgDirectory directory;

    ManagedBranches(CurrentUser currentUser, OrgDirectory directory) {
        this.currentUser = currentUser;
        this.directory = directory;
    }

    /** Empty for anyone without the MANAGER role; every branch for a manager whose scope is all of them. */
    Set<Long> ofCaller() {
        if (!currentUser.has(Role.MANAGER)) {
            return Set.of();
        }
        BranchScope scope = currentUser.branchScope();
        if (!scope.all()) {
            return scope.branchIds();
        }
        // every open branch (what the tallies of an empty period listed before: retired branches have no history in it)
        return new HashSet<>(directory.allBranches().stream().filter(Branch::active).map(Branch::id).toList());
    }
}
