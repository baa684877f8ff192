package org.advocacy.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.advocacy.kernel.csv.CsvFile;
import org.advocacy.insights.AdvocacyAnalyzer.StaffSum;
import org.advocacy.org.Branch;
import org.junit.jupiter.api.Test;

/** The advocacy table's CSV follows the export rules: BOM, translated headers, no hidden staff figure, safe cells. */
class AdvocacyCsvTest {

    @Test
    void anUnreleasedBranchCarriesOnlyItsReasonAndFormulaCellsAreNeutralised() {
        List<Branch> branches = new java.util.ArrayList<>();
        Map<Long, StaffSum> staff = new HashMap<>();
        Map<Long, CustomerCounts> customers = new HashMap<>();
        for (long id = 1; id <= 6; id++) {
            branches.add(new Branch(id, "B" + id, "Branch " + id, "City", "Region", "Asia/Ho_Chi_Minh", true));
            staff.put(id, new StaffSum(true, (int) (3 + id), 2, 2, null));
            customers.put(id, new CustomerCounts((int) (5 + id), 4, 3, 0, 0, 0, 0, 0));
        }
        branches.add(new Branch(7, "HIDDEN", "=HYPERLINK(\"x\")", "City", "Region", "Asia/Ho_Chi_Minh", true));
        staff.put(7L, new StaffSum(false, 0, 0, 0, "complementary"));
        customers.put(7L, new CustomerCounts(9, 4, 3, 0, 0, 0, 0, 0));
        AdvocacyAnalysis a = AdvocacyAnalyzer.analyse(InsightsPeriod.quarter(2026, 3), null, 0, 5, branches, staff,
                customers, Map.of(), Map.of(), new RollupStatus(null, null, null, null));

        String csv = AdvocacyCsv.of(a, b -> b.included() ? "" : "left out: " + b.excludedReason(), key -> "[" + key + "]");

        List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst()).startsWith(CsvFile.BOM + "[export.advocacy.period]")
                .contains("[export.advocacy.enps]").contains("[export.advocacy.note]");
        assertThat(lines).hasSize(1 + 7);
        String hidden = lines.stream().filter(l -> l.contains("HIDDEN")).findFirst().orElseThrow();
        // period, code, name, region, then eNPS, its n and its margin are empty: no staff number for a hidden figure
        assertThat(hidden).contains("'=HYPERLINK(").doesNotContain(",=HYPERLINK").doesNotContain(",\"=HYPERLINK")
                .contains(",Region,,,,").contains("left out: staff-not-released");
        String shown = lines.stream().filter(l -> l.contains(",B1,")).findFirst().orElseThrow();
        assertThat(shown).startsWith("2026-Q3,B1,Branch 1,Region,").contains(",true,");
    }
}
