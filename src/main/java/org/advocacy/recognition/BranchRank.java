package org.advocacy.recognition;

/**
 * A branch on the leaderboard of a period: recognition and approved customer praise received, and both together
 * per head of active staff ({@code perHead}).
 */
public record BranchRank(int rank, long branchId, String code, String name, int headcount, int recognitions,
        int praise, double perHead) {

    public BranchRank(int rank, long branchId, String code, String name, int headcount, int recognitions,
            double perHead) {
        this(rank, branchId, code, name, headcount, recognitions, 0, perHead);
    }
}
