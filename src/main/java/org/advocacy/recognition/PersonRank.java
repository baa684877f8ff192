package org.advocacy.recognition;

/** A person on a branch's leaderboard; {@code fullName} is null when they chose not to appear by name. */
public record PersonRank(int rank, Long employeeId, String fullName, int recognitions) {

    public boolean hidden() {
        return fullName == null;
    }
}
