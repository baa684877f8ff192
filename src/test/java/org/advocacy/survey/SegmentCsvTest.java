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
        assertThat(lines.getFirst()).isEqualTo("dimension,segment,n,enps,margin,low,high,promoters,passives,detractors,note");
        assertThat(lines).anySatisfy(l -> assertThat(l).isEqualTo("survey.dim.BRANCH,HN01,,,,,,,,,survey.suppressed.tooFew"));
        assertThat(lines).anySatisfy(l -> assertThat(l).isEqualTo("survey.dim.BRANCH,DN01,,,,,,,,,survey.suppressed.differencing"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("survey.dim.BRANCH,SG01,20,100,"));
        assertThat(lines).hasSize(1 + r.segments().size());
    }
}
