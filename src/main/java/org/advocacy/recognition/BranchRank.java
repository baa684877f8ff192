package org.advocacy.recognition;

/** A branch on the leaderboard of a period: recognition received per head of active staff. */
public record BranchRank(int rank, long branchId, String code, String name, int headcount, int recognitions,
        double perHead) {
}
