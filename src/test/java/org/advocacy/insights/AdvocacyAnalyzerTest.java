package org.advocacy.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.advocacy.kernel.ValidationException;
import org.advocacy.insights.AdvocacyAnalyzer.StaffSum;
import org.advocacy.insights.internal.RollupRepository.Cell;
import org.advocacy.org.Branch;
import org.advocacy.survey.StaffAdvocacyQuery.BranchStaffMonth;
import org.junit.jupiter.api.Test;

/** The rules of the analysis without a database: exclusions, periods, staff sums, lag alignment, retired branches. */
class AdvocacyAnalyzerTest {

    private static final RollupStatus STATUS = new RollupStatus(null, null, null, null);

    private static Branch branch(long id, String code, boolean active) {
        return new Branch(id, code, "Branch " + code, "City", "Region", "Asia/Ho_Chi_Minh", active);
    }

    private static CustomerCounts customers(int p, int pa, int d) {
        return new CustomerCounts(p, pa, d, 0, 0, 0, 0, 0);
    }

    @Test
    void eachBranchIsIncludedOrExcludedWithItsReason() {
        List<Branch> branches = List.of(branch(1, "A", true), branch(2, "B", true), branch(3, "C", true),
                branch(4, "D", true), branch(5, "E", true), branch(6, "F", true), branch(7, "G", true),
                branch(8, "H", true), branch(9, "I", true), branch(10, "J", true), branch(11, "RETIRED-EMPTY", false),
                branch(12, "RETIRED", false));
        Map<Long, StaffSum> staff = new HashMap<>();
        staff.put(2L, new StaffSum(false, 0, 0, 0, "complementary"));
        staff.put(3L, new StaffSum(true, 2, 1, 0, null)); // 3 answers < k = 5
        staff.put(4L, new StaffSum(true, 4, 2, 2, null));
        staff.put(5L, new StaffSum(true, 4, 2, 2, null));
        Map<Long, CustomerCounts> cust = new HashMap<>();
        cust.put(1L, customers(10, 5, 5));
        cust.put(2L, customers(10, 5, 5));
        cust.put(3L, customers(10, 5, 5));
        cust.put(4L, customers(3, 1, 1)); // 5 answers < 10
        // E (5) has no customers
        int[][] included = {{6, 5, 3, 2, 12, 4, 4}, {7, 2, 3, 5, 4, 6, 10}, {8, 7, 2, 1, 15, 3, 2}, {9, 3, 3, 4, 6, 6, 8},
                {10, 6, 2, 2, 11, 5, 4}, {12, 5, 2, 3, 9, 4, 7}};
        for (int[] row : included) {
            staff.put((long) row[0], new StaffSum(true, row[1], row[2], row[3], null));
            cust.put((long) row[0], customers(row[4], row[5], row[6]));
        }
        AdvocacyAnalysis a = AdvocacyAnalyzer.analyse(InsightsPeriod.quarter(2026, 3), null, 0, 5, branches, staff, cust,
                Map.of(6L, new RecognitionCounts(4, 2)), Map.of(6L, 12), STATUS);
        Map<String, String> reasons = new HashMap<>();
        a.branches().forEach(b -> reasons.put(b.code(), String.valueOf(b.excludedReason())));
        assertThat(reasons).containsEntry("A", "no-staff").containsEntry("B", "staff-not-released")
                .containsEntry("C", "staff-few").containsEntry("D", "customers-few").containsEntry("E", "no-customers")
                .containsEntry("F", "null").containsEntry("RETIRED", "null")
                .doesNotContainKey("RETIRED-EMPTY"); // a retired branch without history in the period is not listed
        assertThat(a.included()).extracting(BranchFigures::code).containsExactly("F", "G", "H", "I", "J", "RETIRED");
        assertThat(a.branches().stream().filter(b -> b.code().equals("RETIRED")).findFirst().orElseThrow().active()).isFalse();
        assertThat(a.branches().stream().filter(b -> b.code().equals("B")).findFirst().orElseThrow().enps())
                .as("no staff number leaks for an unreleased branch").isNull();
        assertThat(a.correlation()).isNotNull();
        assertThat(a.correlation().n()).isEqualTo(6);
        BranchFigures f = a.included().getFirst();
        assertThat(f.enps()).isEqualTo(30.0); // 100 × (5 − 2) / 10
        assertThat(f.perHead()).isEqualTo(0.5); // (4 + 2) / 12
    }

    @Test
    void fourIncludedBranchesAreNotEnough() {
        List<Branch> branches = List.of(branch(1, "A", true), branch(2, "B", true), branch(3, "C", true),
                branch(4, "D", true));
        Map<Long, StaffSum> staff = new HashMap<>();
        Map<Long, CustomerCounts> cust = new HashMap<>();
        for (long i = 1; i <= 4; i++) {
            staff.put(i, new StaffSum(true, (int) i * 2, 3, 2, null));
            cust.put(i, customers((int) i * 3, 5, 4));
        }
        AdvocacyAnalysis a = AdvocacyAnalyzer.analyse(InsightsPeriod.quarter(2026, 3), null, 0, 5, branches, staff, cust,
                Map.of(), Map.of(), STATUS);
        assertThat(a.included()).hasSize(4);
        assertThat(a.enoughBranches()).isFalse();
        assertThat(a.regression()).isNull();
        assertThat(a.exceptions()).isEmpty();
    }

    @Test
    void aPeriodIsReleasedOnlyWhenEveryMonthIsAndCountsAddUp() {
        InsightsPeriod q = InsightsPeriod.quarter(2026, 3);
        List<BranchStaffMonth> months = List.of(
                new BranchStaffMonth(1, YearMonth.of(2026, 7), true, 5, 2, 1, null),
                new BranchStaffMonth(1, YearMonth.of(2026, 8), true, 4, 3, 2, null),
                new BranchStaffMonth(1, YearMonth.of(2026, 10), true, 9, 9, 9, null), // outside the quarter
                new BranchStaffMonth(2, YearMonth.of(2026, 7), true, 5, 2, 1, null),
                new BranchStaffMonth(2, YearMonth.of(2026, 9), false, 0, 0, 0, "complementary"));
        Map<Long, StaffSum> sums = AdvocacyAnalyzer.staffSums(months, q.months());
        assertThat(sums.get(1L)).isEqualTo(new StaffSum(true, 9, 5, 3, null));
        assertThat(sums.get(2L).released()).isFalse();
        assertThat(sums.get(2L).n()).isZero();
        assertThat(sums.get(2L).reason()).isEqualTo("complementary");
    }

    @Test
    void quarterMonthAndRollingPeriods() {
        YearMonth jan = YearMonth.of(2026, 1);
        assertThat(InsightsPeriod.parse("2026-q3", jan).months())
                .containsExactly(YearMonth.of(2026, 7), YearMonth.of(2026, 8), YearMonth.of(2026, 9));
        assertThat(InsightsPeriod.parse("2026-02", jan).months()).containsExactly(YearMonth.of(2026, 2));
        // rolling periods end with the last complete month, across the year boundary
        InsightsPeriod last3 = InsightsPeriod.parse("last-3", jan);
        assertThat(last3.months()).containsExactly(YearMonth.of(2025, 10), YearMonth.of(2025, 11), YearMonth.of(2025, 12));
        assertThat(InsightsPeriod.parse("last-12", jan).from()).isEqualTo(YearMonth.of(2025, 1));
        assertThat(InsightsPeriod.lastQuarter(jan).label()).isEqualTo("2025-Q4");
        assertThat(InsightsPeriod.lastQuarter(YearMonth.of(2026, 12)).label()).isEqualTo("2026-Q3");
        assertThat(InsightsPeriod.quarter(2026, 4).shift(1).months())
                .containsExactly(YearMonth.of(2026, 11), YearMonth.of(2026, 12), YearMonth.of(2027, 1));
        for (String bad : new String[] {"2026-13", "2026-Q5", "last-4", "", "Q3"}) {
            assertThatThrownBy(() -> InsightsPeriod.parse(bad, jan)).isInstanceOf(ValidationException.class)
                    .extracting("messageKey").isEqualTo("insights.error.period");
        }
    }

    @Test
    void lagPairsStaffMonthsWithCustomerMonthsAcrossTheYearBoundary() {
        Map<Cell, BranchStaffMonth> staff = new HashMap<>();
        staff.put(new Cell(1, YearMonth.of(2025, 11)), new BranchStaffMonth(1, YearMonth.of(2025, 11), true, 6, 2, 2, null));
        staff.put(new Cell(1, YearMonth.of(2025, 12)), new BranchStaffMonth(1, YearMonth.of(2025, 12), true, 2, 2, 6, null));
        Map<Cell, CustomerCounts> cust = new HashMap<>();
        cust.put(new Cell(1, YearMonth.of(2025, 12)), customers(10, 0, 10)); // NPS 0
        cust.put(new Cell(1, YearMonth.of(2026, 1)), customers(5, 0, 15)); // NPS −50
        cust.put(new Cell(1, YearMonth.of(2025, 11)), customers(15, 0, 5)); // NPS +50
        // L = +1: Nov staff (+40) with Dec customers (0), Dec staff (−40) with Jan customers (−50)
        List<double[]> plusOne = AdvocacyAnalyzer.withinPairs(staff, cust, 1, 5).get(1L);
        assertThat(plusOne).hasSize(2);
        assertThat(plusOne.get(0)).containsExactly(40.0, 0.0);
        assertThat(plusOne.get(1)).containsExactly(-40.0, -50.0);
        // L = −1: Dec staff with Nov customers (+50); Nov staff has no October customers
        List<double[]> minusOne = AdvocacyAnalyzer.withinPairs(staff, cust, -1, 5).get(1L);
        assertThat(minusOne).hasSize(1);
        assertThat(minusOne.get(0)).containsExactly(-40.0, 50.0);
        // L = 0: Nov with Nov, Dec with Dec
        assertThat(AdvocacyAnalyzer.withinPairs(staff, cust, 0, 5).get(1L)).hasSize(2);
    }
}
