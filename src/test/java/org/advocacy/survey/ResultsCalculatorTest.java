package org.advocacy.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.advocacy.survey.ResultsCalculator.Dim;
import org.junit.jupiter.api.Test;

/** Every anonymity rule of DOMAIN.md (4–9) on small hand-built populations, without Spring. */
class ResultsCalculatorTest {

    static final LocalDate CLOSE = LocalDate.of(2026, 10, 8);
    final ResultsCalculator calc = new ResultsCalculator(new SegmentGuard(AnonymityRules.of(5, 10)), new Random(1));

    static List<AnswerFact> answers(String branch, String dept, String band, int count, int score) {
        List<AnswerFact> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new AnswerFact(branch, dept, band, score, Map.of("team", 4), "c" + branch + dept + i, CLOSE));
        }
        return out;
    }

    static List<AnswerFact> all(List<List<AnswerFact>> parts) {
        return parts.stream().flatMap(List::stream).toList();
    }

    @Test
    void kIsConfigurableButNeverBelowThreeAndCommentsNeverBelowK() {
        assertThat(AnonymityRules.of(1, 2).k()).isEqualTo(3);
        assertThat(AnonymityRules.of(1, 2).commentMinimum()).isEqualTo(3);
        assertThat(AnonymityRules.of(7, 4).commentMinimum()).isEqualTo(7);
        assertThat(AnonymityRules.of(5, 10).commentMinimum()).isEqualTo(10);
    }

    @Test
    void aGroupUnderKShowsNoFigureNoDriverNoComment() {
        List<AnswerFact> pop = answers("HN01", "Spa", "1-3", 4, 10);
        PulseResults r = calc.compute(pop, Map.of(), List.of("team"), 10, 4, false);
        assertThat(r.suppressed()).isEqualTo(SegmentGuard.Reason.TOO_FEW);
        assertThat(r.enps()).isNull();
        assertThat(r.drivers()).isEmpty();
        assertThat(r.comments()).isEmpty();
        assertThat(r.segments()).isEmpty();
        PulseResults five = calc.compute(answers("HN01", "Spa", "1-3", 5, 10), Map.of(), List.of("team"), 10, 5, false);
        assertThat(five.shown()).isTrue();
        assertThat(five.enps().score()).isEqualTo(100.0);
        assertThat(five.drivers()).singleElement().satisfies(d -> assertThat(d.mean()).isEqualTo(4.0));
    }

    @Test
    void differencingIsRefusedWhenTheComplementIsUnderK() {
        // branch HN01 has 20 answers: Spa 17, Reception 3. Showing Spa would reveal Reception's 3 by subtraction.
        List<AnswerFact> pop = all(List.of(answers("HN01", "Spa", "1-3", 17, 9), answers("HN01", "Reception", "1-3", 3, 0)));
        assertThat(calc.verdict(pop, Map.of(Dim.DEPARTMENT, "Spa"))).isEqualTo(SegmentGuard.Reason.DIFFERENCING);
        assertThat(calc.verdict(pop, Map.of(Dim.DEPARTMENT, "Reception"))).isEqualTo(SegmentGuard.Reason.TOO_FEW);
        // the whole branch as a segment of its own population: the rest is empty, so it shows
        assertThat(calc.verdict(pop, Map.of(Dim.BRANCH, "HN01"))).isNull();
        PulseResults r = calc.compute(pop, Map.of(), List.of("team"), 25, 20, false);
        assertThat(r.segments()).filteredOn(s -> s.label().equals("Spa")).singleElement()
                .satisfies(s -> {
                    assertThat(s.suppressed()).isEqualTo(SegmentGuard.Reason.DIFFERENCING);
                    assertThat(s.enps()).isNull();
                    assertThat(s.n()).isNull();
                });
    }

    @Test
    void combinationsAreCheckedAgainstEveryParent() {
        // HN01 · Spa has 8, HN01 has 10 (rest 2 < k) → hidden although Spa company-wide minus it is large.
        List<AnswerFact> pop = all(List.of(answers("HN01", "Spa", "<1", 8, 9), answers("HN01", "Nails", "<1", 2, 5),
                answers("SG01", "Spa", "<1", 30, 7), answers("SG01", "Nails", "<1", 10, 7)));
        assertThat(calc.verdict(pop, Map.of(Dim.BRANCH, "HN01", Dim.DEPARTMENT, "Spa")))
                .isEqualTo(SegmentGuard.Reason.DIFFERENCING);
        assertThat(calc.verdict(pop, Map.of(Dim.BRANCH, "SG01", Dim.DEPARTMENT, "Spa"))).isNull();
        PulseResults r = calc.compute(pop, Map.of(), List.of(), 60, 50, false);
        assertThat(r.segments()).filteredOn(s -> s.dimension().equals("BRANCH+DEPARTMENT") && s.label().equals("HN01 · Spa"))
                .singleElement().satisfies(s -> assertThat(s.suppressed()).isNotNull());
    }

    @Test
    void aSmallGroupCantBeRecoveredFromTheParentMinusItsShownSiblings() {
        // Spa 20, Nails 20, Reception 3: each big department passes "parent minus group" (43 − 20 = 23), but
        // showing both would reveal Reception's 3 answers as 43 − 20 − 20. The smaller of them is hidden too.
        List<AnswerFact> pop = all(List.of(answers("HN01", "Spa", "<1", 20, 10), answers("HN01", "Nails", "<1", 19, 9),
                answers("HN01", "Reception", "<1", 3, 0)));
        assertThat(calc.verdict(pop, Map.of(Dim.DEPARTMENT, "Reception"))).isEqualTo(SegmentGuard.Reason.TOO_FEW);
        assertThat(calc.verdict(pop, Map.of(Dim.DEPARTMENT, "Nails"))).isEqualTo(SegmentGuard.Reason.DIFFERENCING);
        assertThat(calc.verdict(pop, Map.of(Dim.DEPARTMENT, "Spa"))).isNull();
        // with the hidden siblings at k or more, nothing more is hidden
        List<AnswerFact> safe = all(List.of(pop, answers("HN01", "Reception", "<1", 2, 0)));
        assertThat(calc.verdict(safe, Map.of(Dim.DEPARTMENT, "Nails"))).isNull();
        // and every shown row of a segment table passes the same check
        PulseResults r = calc.compute(pop, Map.of(), List.of(), 50, 42, false);
        int shownDepartments = r.segments().stream().filter(s -> s.dimension().equals("DEPARTMENT") && s.n() != null)
                .mapToInt(PulseResults.SegmentRow::n).sum();
        assertThat(42 - shownDepartments).satisfiesAnyOf(rest -> assertThat(rest).isZero(),
                rest -> assertThat(rest).isGreaterThanOrEqualTo(5));
    }

    @Test
    void aBranchUnderKStillCountsInTheCompany() {
        List<AnswerFact> pop = all(List.of(answers("HN01", "Spa", "<1", 3, 0), answers("SG01", "Spa", "<1", 20, 10)));
        PulseResults company = calc.compute(pop, Map.of(), List.of(), 30, 23, false);
        assertThat(company.enps().n()).isEqualTo(23);
        assertThat(company.enps().detractors()).isEqualTo(3);
        assertThat(company.segments()).filteredOn(s -> s.label().equals("HN01")).singleElement()
                .satisfies(s -> assertThat(s.suppressed()).isEqualTo(SegmentGuard.Reason.TOO_FEW));
        // and SG01 alone would reveal HN01 by subtraction from the company figure
        assertThat(company.segments()).filteredOn(s -> s.label().equals("SG01")).singleElement()
                .satisfies(s -> assertThat(s.suppressed()).isEqualTo(SegmentGuard.Reason.DIFFERENCING));
    }

    @Test
    void commentsOnlyFromTenAnswersDatedWithTheCloseDateInRandomOrder() {
        List<AnswerFact> nine = answers("HN01", "Spa", "<1", 9, 8);
        PulseResults r9 = calc.compute(nine, Map.of(), List.of(), 12, 9, false);
        assertThat(r9.shown()).isTrue();
        assertThat(r9.comments()).isEmpty();
        assertThat(r9.commentsHidden()).isTrue();

        List<AnswerFact> forty = answers("HN01", "Spa", "<1", 40, 8);
        PulseResults r = calc.compute(forty, Map.of(), List.of(), 50, 40, false);
        assertThat(r.comments()).hasSize(40).allSatisfy(c -> assertThat(c.date()).isEqualTo(CLOSE));
        List<String> submitted = forty.stream().map(AnswerFact::comment).toList();
        assertThat(r.comments().stream().map(PulseResults.Comment::text).toList())
                .containsExactlyInAnyOrderElementsOf(submitted).isNotEqualTo(submitted);
        Set<List<String>> orders = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            orders.add(new ResultsCalculator(new SegmentGuard(AnonymityRules.of(5, 10)), new Random(i))
                    .compute(forty, Map.of(), List.of(), 50, 40, false).comments().stream().map(PulseResults.Comment::text).toList());
        }
        assertThat(orders).hasSizeGreaterThan(1);
    }

    @Test
    void commentsCantBeFilteredBelowTheCommentThreshold() {
        List<AnswerFact> pop = all(List.of(answers("HN01", "Spa", "<1", 8, 8), answers("SG01", "Spa", "<1", 30, 8)));
        PulseResults hn = calc.compute(pop, Map.of(Dim.BRANCH, "HN01"), List.of(), 0, 38, false);
        assertThat(hn.shown()).isTrue();
        assertThat(hn.comments()).isEmpty();
        assertThat(calc.compute(pop, Map.of(Dim.BRANCH, "SG01"), List.of(), 0, 38, false).comments()).hasSize(30);
    }

    @Test
    void whileTheRoundIsOpenOnlyParticipationShows() {
        PulseResults r = calc.compute(answers("HN01", "Spa", "<1", 40, 9), Map.of(), List.of("team"), 60, 40, true);
        assertThat(r.suppressed()).isEqualTo(SegmentGuard.Reason.ROUND_OPEN);
        assertThat(r.invited()).isEqualTo(60);
        assertThat(r.answered()).isEqualTo(40);
        assertThat(r.enps()).isNull();
        assertThat(r.drivers()).isEmpty();
        assertThat(r.comments()).isEmpty();
        assertThat(r.segments()).isEmpty();
    }

    @Test
    void heatmapHidesSuppressedBranches() {
        List<AnswerFact> pop = all(List.of(answers("HN01", "Spa", "<1", 3, 8), answers("SG01", "Spa", "<1", 10, 8),
                answers("DN01", "Spa", "<1", 10, 8)));
        Map<String, Map<String, Double>> heat = calc.heatmap(pop, List.of("team"));
        assertThat(heat.get("HN01").get("team")).isNull();
        assertThat(heat.get("SG01").get("team")).isEqualTo(4.0);
    }
}
