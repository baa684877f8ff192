package org.advocacy.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.advocacy.kernel.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The customer-feedback rules of docs/domain-rules.md#customer-feedback, the follow-up case's life and the periods
 * of the metrics: plain rules, checked without Spring or a database.
 */
class FeedbackRulesTest {

    @Test
    void onlyPraiseThatNamesSomeoneWaitsForTheManager() {
        assertThat(FeedbackRules.praiseNeedsModeration(7L, "Chị Lan rất chu đáo")).isTrue();
        assertThat(FeedbackRules.praiseNeedsModeration(null, "Rất tốt")).as("nobody named").isFalse();
        assertThat(FeedbackRules.praiseNeedsModeration(7L, null)).as("no praise").isFalse();
        assertThat(FeedbackRules.praiseNeedsModeration(7L, "   ")).as("blank praise").isFalse();
    }

    @Test
    void aDetractorWhoConsentedAndLeftAWayToReachThemOpensACase() {
        assertThat(FeedbackRules.opensFollowUp(6, true, "0912 345 678", null)).isTrue();
        assertThat(FeedbackRules.opensFollowUp(0, true, null, "khach@example.com")).isTrue();
        assertThat(FeedbackRules.opensFollowUp(7, true, "0912 345 678", "khach@example.com")).as("a passive").isFalse();
        assertThat(FeedbackRules.opensFollowUp(3, false, "0912 345 678", null)).as("no consent").isFalse();
        assertThat(FeedbackRules.opensFollowUp(3, true, null, null)).as("no way to reach them").isFalse();
    }

    @Test
    void aCaseMovesForwardOnlyAndEndsResolvedOrUnreachable() {
        assertThat(FollowUpStatus.NEW.next()).containsExactlyInAnyOrder(FollowUpStatus.CONTACTED,
                FollowUpStatus.RESOLVED, FollowUpStatus.UNREACHABLE);
        assertThat(FollowUpStatus.CONTACTED.next()).containsExactlyInAnyOrder(FollowUpStatus.RESOLVED,
                FollowUpStatus.UNREACHABLE);
        assertThat(FollowUpStatus.RESOLVED.next()).isEmpty();
        assertThat(FollowUpStatus.UNREACHABLE.next()).isEmpty();
        for (FollowUpStatus s : FollowUpStatus.values()) {
            assertThat(s.closed()).as(s.name()).isEqualTo(s.next().isEmpty());
            assertThat(s.next()).as("%s never goes back to itself or to NEW", s).doesNotContain(s, FollowUpStatus.NEW);
        }
    }

    @Test
    void monthsAndQuartersAreHalfOpenCalendarRanges() {
        Period october = Period.parse("2026-10");
        assertThat(october.label()).isEqualTo("2026-10");
        assertThat(october.from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(october.toExclusive()).isEqualTo(LocalDate.of(2026, 11, 1));

        Period q4 = Period.parse(" 2026-q4 ");
        assertThat(q4.label()).isEqualTo("2026-Q4");
        assertThat(q4.from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(q4.toExclusive()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(Period.parse("2027-Q1").from()).isEqualTo(LocalDate.of(2027, 1, 1));

        Period december = Period.parse("2026-12");
        assertThat(december.toExclusive()).as("into the next year").isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13", "2026-00", "2026-Q5", "2026-Q0", "26-10", "2026/10", "October", ""})
    void anythingElseIsRefusedOnThePeriodField(String text) {
        assertThatThrownBy(() -> Period.parse(text)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).messageKey()).isEqualTo("metrics.error.period"));
        assertThatThrownBy(() -> Period.parse(null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void staffTokensHaveOneShapeSoTheFormCanRefuseAnythingElseEarly() {
        assertThat(StaffTokens.wellFormed("Ab3_-xYz09Qk")).isTrue();
        assertThat(StaffTokens.wellFormed(null)).isFalse();
        assertThat(StaffTokens.wellFormed("Ab3_-xYz09Q")).as("11 characters").isFalse();
        assertThat(StaffTokens.wellFormed("Ab3_-xYz09Qk1")).as("13 characters").isFalse();
        assertThat(StaffTokens.wellFormed("Ab3_-xYz09Q=")).as("padding").isFalse();
        assertThat(StaffTokens.wellFormed("' OR 1=1 --x")).isFalse();
    }
}
