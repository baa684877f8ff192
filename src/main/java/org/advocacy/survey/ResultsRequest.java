package org.advocacy.survey;

/**
 * What results are asked for: one round, or a period ("2026-10", "2026-Q4"); optional branch code, department and
 * tenure band ({@link TenureBand}); every filter combination passes the same anonymity checks.
 */
public record ResultsRequest(Long roundId, String period, String branchCode, String department, String tenureBand) {

    public ResultsRequest(Long roundId, String period, String branchCode, String department) {
        this(roundId, period, branchCode, department, null);
    }

    public static ResultsRequest round(long roundId) {
        return new ResultsRequest(roundId, null, null, null);
    }

    public static ResultsRequest period(String period) {
        return new ResultsRequest(null, period, null, null);
    }

    public ResultsRequest withBranch(String code) {
        return new ResultsRequest(roundId, period, code, department, tenureBand);
    }

    public ResultsRequest withDepartment(String name) {
        return new ResultsRequest(roundId, period, branchCode, name, tenureBand);
    }

    public ResultsRequest withTenureBand(String band) {
        return new ResultsRequest(roundId, period, branchCode, department, band);
    }
}
