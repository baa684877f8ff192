package org.advocacy.feedback;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.advocacy.feedback.internal.ApprovedPraiseQuery;
import org.springframework.stereotype.Component;

/**
 * The published read of customer praise for other modules (the recognition feed and profiles): only praise a branch
 * manager approved and that names an employee, never the customer's contact details. Other modules do not read
 * {@code customer_feedback} themselves (decision 0047). It runs in the caller's transaction; the caller checks roles.
 */
@Component
public class ApprovedPraise {

    /** Which approved praise: none, all, one branch's ({@code branchId}) or one person's ({@code employeeId}). */
    public record Filter(boolean none, Long branchId, Long employeeId) {

        public static final Filter NONE = new Filter(true, null, null);

        /** All approved praise ({@code branchId} null) or the praise given in one branch. */
        public static Filter inBranch(Long branchId) {
            return new Filter(false, branchId, null);
        }

        public static Filter of(long employeeId) {
            return new Filter(false, null, employeeId);
        }
    }

    /** A praise's place in a feed: its id and when it was given. */
    public record Key(long id, LocalDateTime submittedAt) {
    }

    /** One approved praise: who was praised, in which branch, the text and when. */
    public record Entry(long id, LocalDateTime submittedAt, String praise, long employeeId, long branchId) {
    }

    private final ApprovedPraiseQuery query;

    ApprovedPraise(ApprovedPraiseQuery query) {
        this.query = query;
    }

    /** The newest {@code n} matching praise, newest first (then by id, descending). */
    public List<Key> newest(Filter filter, int n) {
        return filter.none() || n <= 0 ? List.of() : query.newest(filter.branchId(), filter.employeeId(), n);
    }

    public int count(Filter filter) {
        return filter.none() ? 0 : query.count(filter.branchId(), filter.employeeId());
    }

    /** When each matching praise was given. */
    public List<LocalDateTime> times(Filter filter) {
        return filter.none() ? List.of() : query.times(filter.branchId(), filter.employeeId());
    }

    /** The count per branch of approved praise given in [from, to); {@code branchIds} null: every branch. */
    public Map<Long, Integer> countByBranch(Collection<Long> branchIds, LocalDateTime from, LocalDateTime to) {
        if (branchIds != null && branchIds.isEmpty()) {
            return Map.of();
        }
        return query.countByBranchQuery(branchIds, from, to).fetchMap(r -> r.value1(), r -> r.value2());
    }

    /** The count per person of approved praise given in one branch in [from, to). */
    public Map<Long, Integer> countByPerson(long branchId, LocalDateTime from, LocalDateTime to) {
        return query.countByPerson(branchId, from, to);
    }

    /** The praise with these ids that is approved (others are left out). */
    public List<Entry> entries(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : query.entries(ids);
    }
}
