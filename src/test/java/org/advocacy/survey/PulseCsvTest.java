package org.advocacy.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.advocacy.kernel.ValidationException;
import org.junit.jupiter.api.Test;

/** HR's CSV of past pulse answers, read by the one CSV rule; no Spring, no database. */
class PulseCsvTest {

    @Test
    void readsRowsWithDriversInEitherDelimiter() {
        var rows = PulseCsv.parse("\uFEFFperiod;branch;department;score;driver.growth;comment\n2026-09;HN01;Spa;9;4;Tốt\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.branch()).isEqualTo("HN01");
            assertThat(r.score()).isEqualTo(9);
            assertThat(r.drivers()).isEqualTo(Map.of("growth", 4));
            assertThat(r.date()).isEmpty();
        });
        assertThat(PulseCsv.parse("branch,score\nHN01,x\n".getBytes(StandardCharsets.UTF_8)).getFirst().score())
                .as("a score that is no number").isEqualTo(-1);
    }

    @Test
    void malformedUtf8IsRefusedNamingTheLine() {
        byte[] latin1 = "branch,score,comment\nHN01,9,Tốt\nHN02,3,Trop cher é\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> PulseCsv.parse(latin1)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("import.error.encoding");
            assertThat(e.args()).as("the line of the é").containsExactly(3);
        });
    }

    @Test
    void fileErrors() {
        assertThatThrownBy(() -> PulseCsv.parse(new byte[0])).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.messageKey()).isEqualTo("survey.import.empty"));
        assertThatThrownBy(() -> PulseCsv.parse("branch,comment\nHN01,x\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.args()).containsExactly("score"));
        assertThatThrownBy(() -> PulseCsv.parse("branch,score\n\"HN01,9\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.error.unreadable"));
    }
}
