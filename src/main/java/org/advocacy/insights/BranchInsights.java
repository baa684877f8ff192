package org.advocacy.insights;

import java.time.YearMonth;
import java.util.List;
import org.advocacy.feedback.FollowUpSummary;
import org.advocacy.feedback.NpsScore;
import org.advocacy.feedback.PraiseItem;
import org.advocacy.survey.ActionPlan;
import org.advocacy.survey.BranchDriverQuery.DriverScore;

/**
 * Everything a leader needs about one branch before calling its manager: 18 months of staff eNPS (released months
 * only) and customer NPS with margins, CSAT and CES, recognition and praise per head (last 3 complete months), the
 * driver scores of the same months (released cells only, highest mean first), open follow-up cases (count and the
 * most urgent, without contact details), action plans of the latest rounds and recent approved praise.
 */
public record BranchInsights(long branchId, String code, String name, String region, boolean active,
        List<Month> months, int headcount, RecognitionCounts lastThreeMonths, List<DriverScore> drivers,
        int openFollowUps, List<FollowUpSummary> urgentFollowUps, List<ActionPlan> actionPlans,
        List<PraiseItem> recentPraise) {

    /** One month: eNPS (null + reason when not released or no round), NPS, CSAT %, CES mean, recognition. */
    public record Month(YearMonth month, NpsScore enps, String staffReason, NpsScore nps, Double csatPct,
            Double cesMean, RecognitionCounts recognition) {
    }

    public Double perHead() {
        return headcount == 0 ? null : (double) lastThreeMonths.total() / headcount;
    }
}
