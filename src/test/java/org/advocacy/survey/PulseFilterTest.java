package org.advocacy.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.advocacy.base.ValidationException;
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
    SurveyService survey;
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
            rows.add(new ImportRow(null, MONTH, "SG01", "Spa", i < 12 ? TenureBand.OVER_3 : TenureBand.UNDER_1,
                    i < 12 ? 9 : 2, Map.of(), null));
        }
        signIn.as(SignIn.HR);
        survey.importAnswers(rows);
        signIn.out();
        imported = true;
    }

    @Test
    void aTenureFilterWhoseComplementIsUnderKIsRefused() {
        importOnce();
        signIn.as(SignIn.HR);
        ResultsRequest spa = ResultsRequest.period(MONTH).withBranch("SG01").withDepartment("Spa");
        assertThat(survey.results(spa).enps().n()).isEqualTo(15);
        // 12 long-tenured answers would reveal the 3 newcomers' answers by subtraction
        PulseResults longTenure = survey.results(spa.withTenureBand(TenureBand.OVER_3));
        assertThat(longTenure.suppressed()).isEqualTo(SegmentGuard.Reason.DIFFERENCING);
        assertThat(longTenure.enps()).isNull();
        PulseResults newcomers = survey.results(spa.withTenureBand(TenureBand.UNDER_1));
        assertThat(newcomers.suppressed()).isEqualTo(SegmentGuard.Reason.TOO_FEW);
        assertThat(newcomers.enps()).isNull();
        assertThatThrownBy(() -> survey.results(spa.withTenureBand("10+"))).isInstanceOf(ValidationException.class);
    }

    @Test
    void aManagerFiltersOnlyWithinTheirBranches() {
        importOnce();
        signIn.as(SignIn.MANAGER); // HN01 only: SG01's imported answers are not in scope
        PulseResults r = survey.results(ResultsRequest.period(MONTH).withDepartment("Spa").withTenureBand(TenureBand.OVER_3));
        assertThat(r.suppressed()).isEqualTo(SegmentGuard.Reason.TOO_FEW);
        assertThat(r.enps()).isNull();
    }
}
