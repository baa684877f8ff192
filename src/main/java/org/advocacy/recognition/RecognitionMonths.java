package org.advocacy.recognition;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import org.advocacy.recognition.internal.RecognitionMonthsQuery;
import org.springframework.stereotype.Component;

/**
 * The published read of recognition as monthly counts per branch (per recipient, in the branch they were in at the
 * time, month in the organisation's time zone), for the insights rollups' rebuild and their direct comparison:
 * counts only. Other modules do not read {@code recognition_recipient} themselves (decision 0047). Runs in the
 * caller's transaction.
 */
@Component
public class RecognitionMonths {

    /** One branch in one month. */
    public record BranchMonth(long branchId, YearMonth month) {
    }

    private final RecognitionMonthsQuery query;

    RecognitionMonths(RecognitionMonthsQuery query) {
        this.query = query;
    }

    /** Recognition received per branch and month; {@code branchIds} null: every branch; {@code from} null: all. */
    public Map<BranchMonth, Integer> received(Collection<Long> branchIds, YearMonth from, YearMonth to, ZoneId zone) {
        return query.received(branchIds, from, to, zone);
    }

    /** Recognition received in one branch in one month. */
    public int receivedCount(long branchId, YearMonth month, ZoneId zone) {
        return query.receivedCount(branchId, month, zone);
    }
}
