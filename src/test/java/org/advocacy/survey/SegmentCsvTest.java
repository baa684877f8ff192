package org.advocacy.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV export holds exactly the visible table: suppressed rows have no numbers. */
class SegmentCsvTest {

    @Test
    void suppressedRowsCarryOnlyTheirReason() {
        PulseResults r = new PulseResults(40, 33, null, Enps.of(20, 8, 5), List.of(), List.of(), true, List.of(
                new PulseResults.SegmentRow("BRANCH", "HN01", null, null, SegmentGuard.Reason.TOO_FEW),
                new PulseResults.SegmentRow("BRANCH", "DN01", null, null, SegmentGuard.Reason.DIFFERENCING),
                new PulseResults.SegmentRow("BRANCH", "SG01", 20, Enps.of(20, 0, 0), null)));
        String csv = SegmentCsv.of(r, key -> key);
        List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst()).isEqualTo("\uFEFFexport.segments.dimension,export.segments.segment,export.segments.n,"
                + "export.segments.enps,export.segments.margin,export.segments.low,export.segments.high,"
                + "export.segments.promoters,export.segments.passives,export.segments.detractors,export.segments.note");
        assertThat(lines).anySatisfy(l -> assertThat(l).isEqualTo("survey.dim.BRANCH,HN01,,,,,,,,,survey.suppressed.tooFew"));
        assertThat(lines).anySatisfy(l -> assertThat(l).isEqualTo("survey.dim.BRANCH,DN01,,,,,,,,,survey.suppressed.differencing"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("survey.dim.BRANCH,SG01,20,100,"));
        assertThat(lines).hasSize(1 + r.segments().size());
    }

    @Test
    void aDepartmentNamedLikeAFormulaIsNeutralised() {
        PulseResults r = new PulseResults(40, 40, null, Enps.of(20, 10, 10), List.of(), List.of(), true, List.of(
                new PulseResults.SegmentRow("DEPARTMENT", "=HYPERLINK(\"http://x.example\",\"y\")", 20,
                        Enps.of(10, 5, 5), null),
                new PulseResults.SegmentRow("DEPARTMENT", "Spa", 20, Enps.of(10, 5, 5), null)));
        String csv = SegmentCsv.of(r, key -> key);
        assertThat(csv).contains("'=HYPERLINK(").doesNotContain(",=HYPERLINK(").doesNotContain(",\"=HYPERLINK(");
    }
}
