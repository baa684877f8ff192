package org.advocacy.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.advocacy.kernel.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * The feedback import reads its file by the one CSV rule. It used to decode leniently, storing U+FFFD for every
 * malformed byte; now such a file is refused, naming the line, before any answer is looked at (so no service or
 * database is needed here: the import is built without them and must not reach them).
 */
class FeedbackImportCsvTest {

    private final FeedbackImport imports = new FeedbackImport(null, null, null);

    @Test
    void malformedUtf8IsRefusedNamingTheLine() {
        byte[] latin1 = "branch;nps;comment\nHN01;9;Tres bien\nHN01;2;Service lent, caf\u00e9 froid\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> imports.importCsv(latin1)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("import.error.encoding");
            assertThat(e.args()).containsExactly(3);
        });
    }

    @Test
    void aFileWithoutTheColumnsOrWithAnOpenQuoteIsRefused() {
        assertThatThrownBy(() -> imports.importCsv("store,score\nHN01,9\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("feedbackImport.error.header"));
        assertThatThrownBy(() -> imports.importCsv("branch,nps\n\"HN01,9\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("feedbackImport.error.unreadable"));
    }
}
