package org.advocacy.org;

import java.util.List;
import java.util.Map;
import org.advocacy.org.internal.OrgDirectoryQuery;
import org.springframework.stereotype.Component;

/**
 * The published read of the organisation's shape for other modules' jobs and figures (insights' rollups): branch ids
 * and active headcounts, no personal data, so no role check; it runs in the caller's transaction. Other modules do
 * not read {@code branch} or {@code employee} themselves for these (decision 0047).
 */
@Component
public class OrgDirectory {

    private final OrgDirectoryQuery query;

    OrgDirectory(OrgDirectoryQuery query) {
        this.query = query;
    }

    /** Every branch id, retired ones too, ascending. */
    public List<Long> allBranchIds() {
        return query.allBranchIds();
    }

    /** Active staff per branch now (branches without any are missing). */
    public Map<Long, Integer> activeHeadcount() {
        return query.activeHeadcount();
    }

    /** Active staff of one branch now. */
    public int activeHeadcount(long branchId) {
        return query.activeHeadcount(branchId);
    }
}
