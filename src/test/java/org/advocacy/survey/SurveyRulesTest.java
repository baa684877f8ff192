package org.advocacy.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Plain survey rules without Spring: the anonymity thresholds can be raised but never lowered below the rules
 * (docs/domain-rules.md#rule-4 and #rule-6), and a program's rounds follow its cadence without drifting at month ends.
 */
class SurveyRulesTest {

    @Test
    void theMinimumGroupIsNeverBelowThreeAndTheCommentGroupNeverBelowIt() {
        assertThat(AnonymityRules.of(5, 10).k()).isEqualTo(5);
        assertThat(AnonymityRules.of(5, 10).commentMinimum()).isEqualTo(10);
        assertThat(AnonymityRules.of(2, 10).k()).as("a configured 2 is raised").isEqualTo(AnonymityRules.MIN_K);
        assertThat(AnonymityRules.of(0, 0).k()).isEqualTo(3);
        assertThat(AnonymityRules.of(0, 0).commentMinimum()).as("raised to k").isEqualTo(3);
        assertThat(AnonymityRules.of(8, 6).commentMinimum()).as("never below k").isEqualTo(8);
        assertThat(AnonymityRules.of(12, 20).k()).as("stricter settings are kept").isEqualTo(12);
    }

    @Test
    void monthlyRoundsKeepTheirDayAcrossShortMonths() {
        LocalDate start = LocalDate.of(2031, 1, 31);
        assertThat(Cadence.MONTHLY.nth(start, 0)).isEqualTo(start);
        assertThat(Cadence.MONTHLY.nth(start, 1)).isEqualTo(LocalDate.of(2031, 2, 28));
        assertThat(Cadence.MONTHLY.nth(start, 2)).as("back to the 31st, not the 28th")
                .isEqualTo(LocalDate.of(2031, 3, 31));
        assertThat(Cadence.MONTHLY.nth(LocalDate.of(2032, 1, 31), 1)).as("leap year")
                .isEqualTo(LocalDate.of(2032, 2, 29));
    }

    @Test
    void eachCadenceStepsFromTheStartNotFromTheLastRound() {
        LocalDate start = LocalDate.of(2031, 11, 30);
        assertThat(Cadence.WEEKLY.nth(start, 3)).isEqualTo(LocalDate.of(2031, 12, 21));
        assertThat(Cadence.BIWEEKLY.nth(start, 3)).isEqualTo(LocalDate.of(2032, 1, 11));
        assertThat(Cadence.QUARTERLY.nth(start, 1)).isEqualTo(LocalDate.of(2032, 2, 29));
        assertThat(Cadence.QUARTERLY.nth(start, 2)).isEqualTo(LocalDate.of(2032, 5, 30));
        assertThat(Cadence.QUARTERLY.nth(start, 4)).isEqualTo(LocalDate.of(2032, 11, 30));
    }
}
