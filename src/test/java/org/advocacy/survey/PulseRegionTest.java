package org.advocacy.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** docs/domain-rules.md#rule-7: a branch under k still counts in its region, whose figure passes the same guard. */
@PortalTest
public class PulseRegionTest {

    /** 2017-06: HN01 3, HN02 10, HN03 10 (Miền Bắc 23), SG01 10 (Miền Nam). 2017-07: HN01 3, SG01 10. */
    static final String MONTH = "2017-06";
    static final String SMALL_REGION_MONTH = "2017-07";
    private static boolean imported;

    @Autowired
    PulseResultsService pulseResults;
    @Autowired
    PulseImportService pulseImports;
    @Autowired
    SignIn signIn;

    @AfterEach
    void out() {
        signIn.out();
    }

    public static List<ImportRow> rows(String month, Map<String, Integer> perBranch) {
        List<ImportRow> rows = new ArrayList<>();
        perBranch.forEach((branch, n) -> {
            for (int i = 0; i < n; i++) {
                rows.add(new ImportRow(null, month, branch, "Trị liệu", TenureBand.OVER_3, i % 2 == 0 ? 10 : 6, Map.of(), null));
            }
        });
        return rows;
    }

    void importOnce() {
        if (imported) {
            return;
        }
        signIn.as(SignIn.HR);
        pulseImports.importAnswers(rows(MONTH, Map.of("HN01", 3, "HN02", 10, "HN03", 10, "SG01", 10)));
        pulseImports.importAnswers(rows(SMALL_REGION_MONTH, Map.of("HN01", 3, "SG01", 10)));
        signIn.out();
        imported = true;
    }

    @Test
    void aBranchUnderKIsHiddenButItsRegionShowsWithIt() {
        importOnce();
        signIn.as(SignIn.HR);
        PulseResults branch = pulseResults.results(ResultsRequest.period(MONTH).withBranch("HN01"));
        assertThat(branch.suppressed()).isEqualTo(SegmentGuard.Reason.TOO_FEW);
        assertThat(pulseResults.regionOf("HN01")).contains("Miền Bắc");
        PulseResults region = pulseResults.regionResults(ResultsRequest.period(MONTH).withBranch("HN01"), "Miền Bắc");
        assertThat(region.shown()).isTrue();
        assertThat(region.enps().n()).isEqualTo(23); // the small branch counts in its region
        assertThat(pulseResults.results(ResultsRequest.period(MONTH)).enps().n()).isEqualTo(33); // and in the company
        // the offered-region attack: region minus its other branches would be HN01's 3 answers; the region is a cell
        // of the same release, so one of the other branches is hidden with it (complementary suppression)
        PulseResults hn02 = pulseResults.results(ResultsRequest.period(MONTH).withBranch("HN02"));
        PulseResults hn03 = pulseResults.results(ResultsRequest.period(MONTH).withBranch("HN03"));
        assertThat(List.of(hn02, hn03)).filteredOn(r -> !r.shown()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.suppressed()).isEqualTo(SegmentGuard.Reason.DIFFERENCING));
        // nor can a department of the hidden branch stand in for it
        for (PulseResults b : List.of(hn02, hn03)) {
            if (!b.shown()) {
                String code = b == hn02 ? "HN02" : "HN03";
                assertThat(pulseResults.results(ResultsRequest.period(MONTH).withBranch(code).withDepartment("Trị liệu")).shown())
                        .isFalse();
            }
        }
    }

    @Test
    void aRegionUnderKIsRefusedToo() {
        importOnce();
        signIn.as(SignIn.HR);
        PulseResults region = pulseResults.regionResults(ResultsRequest.period(SMALL_REGION_MONTH), "Miền Bắc");
        assertThat(region.suppressed()).isEqualTo(SegmentGuard.Reason.TOO_FEW);
        assertThat(region.enps()).isNull();
    }

    @Test
    void aManagerSeesTheRegionOnlyWithinTheirBranches() {
        importOnce();
        signIn.as(SignIn.MANAGER); // HN01 only: the region within scope is HN01's 3 answers
        PulseResults region = pulseResults.regionResults(ResultsRequest.period(MONTH), "Miền Bắc");
        assertThat(region.suppressed()).isEqualTo(SegmentGuard.Reason.TOO_FEW);
        assertThat(region.enps()).isNull();
    }
}
