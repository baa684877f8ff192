package org.advocacy.recognition;

/**
 * A person on a branch's leaderboard: approved customer praise and recognition received; {@code fullName} is null
 * when they chose not to appear by name.
 */
public record PersonRank(int rank, Long employeeId, String fullName, int recognitions, int praise) {

    public PersonRank(int rank, Long employeeId, String fullName, int recognitions) {
        this(rank, employeeId, fullName, recognitions, 0);
    }

    public boolean hidden() {
        return fullName == null;
    }
}
