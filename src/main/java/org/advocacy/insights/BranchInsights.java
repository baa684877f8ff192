package org.advocacy.insights;

import java.time.YearMonth;
import java.util.List;
import org.advocacy.feedback.NpsScore;
import org.advocacy.feedback.PraiseItem;
import org.advocacy.survey.ActionPlan;

/**
 * Everything a leader needs about one branch before calling its manager: 18 months of staff eNPS (released months
 * only) and customer NPS with margins, CSAT and CES, recognition and praise per head (last 3 complete months), open
 * follow-up cases (null when the caller's role may not see them), action plans of the latest rounds and recent
 * approved praise.
 */
public record BranchInsights(long branchId, String code, String name, String region, boolean active,
        List<Month> months, int headcount, RecognitionCounts lastThreeMonths, Integer openFollowUps,
        List<ActionPlan> actionPlans, List<PraiseItem> recentPraise) {

    /** One month: eNPS (null + reason when not released or no round), NPS, CSAT %, CES mean, recognition. */
    public record Month(YearMonth month, NpsScore enps, String staffReason, NpsScore nps, Double csatPct,
            Double cesMean, RecognitionCounts recognition) {
    }

    public Double perHead() {
        return headcount == 0 ? null : (double) lastThreeMonths.total() / headcount;
    }
}
