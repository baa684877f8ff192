package org.advocacy.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.advocacy.kernel.ValidationException;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Department and tenure-band filters of the results, under the minimum group and the differencing check. */
@PortalTest
class PulseFilterTest {

    private static final String MONTH = "2017-03";
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

    /** SG01 in 2017-03: 12 Spa answers of staff with 3+ years, 3 Spa answers of staff under a year. */
    private void importOnce() {
        if (imported) {
            return;
        }
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            rows.add(new ImportRow(null, MONTH, "SG01", "Trị liệu", i < 12 ? TenureBand.OVER_3 : TenureBand.UNDER_1,
                    i < 12 ? 9 : 2, Map.of(), null));
        }
        signIn.as(SignIn.HR);
        pulseImports.importAnswers(rows);
        signIn.out();
        imported = true;
    }

    @Test
    void aTenureFilterWhoseComplementIsUnderKIsRefused() {
        importOnce();
        signIn.as(SignIn.HR);
        ResultsRequest spa = ResultsRequest.period(MONTH).withBranch("SG01").withDepartment("Trị liệu");
        assertThat(pulseResults.results(spa).enps().n()).isEqualTo(15);
        // tenure bands below a branch are not offered at all: 12 long-tenured answers would reveal 3 newcomers
        PulseResults longTenure = pulseResults.results(spa.withTenureBand(TenureBand.OVER_3));
        assertThat(longTenure.suppressed()).isEqualTo(SegmentGuard.Reason.NOT_OFFERED);
        assertThat(longTenure.enps()).isNull();
        // across the company the band is a cell of the release: the 3 newcomers under k, the 12 hidden with them
        ResultsRequest month = ResultsRequest.period(MONTH);
        PulseResults newcomers = pulseResults.results(month.withTenureBand(TenureBand.UNDER_1));
        assertThat(newcomers.suppressed()).isEqualTo(SegmentGuard.Reason.TOO_FEW);
        assertThat(newcomers.enps()).isNull();
        assertThat(pulseResults.results(month.withTenureBand(TenureBand.OVER_3)).suppressed())
                .isEqualTo(SegmentGuard.Reason.DIFFERENCING);
        assertThatThrownBy(() -> pulseResults.results(spa.withTenureBand("10+"))).isInstanceOf(ValidationException.class);
    }

    @Test
    void aManagerFiltersOnlyWithinTheirBranches() {
        importOnce();
        signIn.as(SignIn.MANAGER); // HN01 only: SG01's imported answers are not in scope
        PulseResults r = pulseResults.results(ResultsRequest.period(MONTH).withDepartment("Trị liệu"));
        assertThat(r.suppressed()).isEqualTo(SegmentGuard.Reason.TOO_FEW);
        assertThat(r.enps()).isNull();
    }
}
