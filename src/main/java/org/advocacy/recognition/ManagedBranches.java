package org.advocacy.recognition;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import org.advocacy.recognition.internal.RecognitionQuery;
import org.advocacy.security.BranchScope;
import org.advocacy.security.CurrentUser;
import org.advocacy.security.Role;
import org.springframework.stereotype.Component;

/** The branches the caller manages, as the recognition services decide who may recognise and see whom. */
@Component
class ManagedBranches {

    private final CurrentUser currentUser;
    private final RecognitionQuery query;
    private final Clock clock;

    ManagedBranches(CurrentUser currentUser, RecognitionQuery query, Clock clock) {
        this.currentUser = currentUser;
        this.query = query;
        this.clock = clock;
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
        LocalDateTime now = LocalDateTime.now(clock);
        return new HashSet<>(query.branchTallies(null, now, now).stream().map(BranchRank::branchId).toList());
    }
}
