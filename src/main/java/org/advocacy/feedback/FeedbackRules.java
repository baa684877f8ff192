package org.advocacy.feedback;

import org.advocacy.kernel.stats.NetScore;

/**
 * The rules of customer feedback (docs/domain-rules.md#customer-feedback) that decide what happens after an answer is
 * stored.
 */
public final class FeedbackRules {

    private FeedbackRules() {
    }

    /** Praise that names an employee waits for the branch manager's approval. */
    public static boolean praiseNeedsModeration(Long employeeId, String praise) {
        return employeeId != null && praise != null && !praise.isBlank();
    }

    /** A detractor (0–6) who agreed to be contacted, and left a way to do so, opens a follow-up case. */
    public static boolean opensFollowUp(int nps, boolean consent, String phone, String email) {
        return NetScore.isDetractor(nps) && consent && (phone != null || email != null);
    }
}
