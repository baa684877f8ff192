package org.advocacy.org;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.advocacy.org.internal.BranchStaffQuery;
import org.springframework.stereotype.Component;

/**
 * The published read of the active staff of branches, for other modules (decision 0047): who works in a branch now
 * (the public feedback form's staff picker) and whether a person named by id or e-mail is active staff of a
 * branch. Beside {@link OrgDirectory}, which gives branches and staff by id. No role check: every caller is a
 * service that has checked its own caller, and this runs in the caller's transaction.
 */
@Component
public class BranchStaff {

    /** An active member of a branch's staff. */
    public record Member(long id, String fullName, String email, long branchId, String jobTitle, boolean manager) {
    }

    private final BranchStaffQuery query;

    BranchStaff(BranchStaffQuery query) {
        this.query = query;
    }

    /** The active staff of one branch, by full name (then id). One statement. */
    public List<Member> active(long branchId) {
        return query.active(branchId);
    }

    /** The id, when that person is active staff of that branch. */
    public Optional<Long> activeInBranch(long employeeId, long branchId) {
        return query.activeInBranch(employeeId, branchId);
    }

    /** The id of the active member of that branch's staff with this e-mail (compared without case). */
    public Optional<Long> activeInBranch(String email, long branchId) {
        return query.activeInBranch(email, branchId);
    }

    /**
     * The active staff, in any branch, named by one of these e-mails (compared without case) or ids: one statement
     * for a whole batch. Empty when both are empty.
     */
    public List<Member> active(Collection<String> emails, Collection<Long> ids) {
        return emails.isEmpty() && ids.isEmpty() ? List.of() : query.active(emails, ids);
    }
}
