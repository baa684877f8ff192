package org.advocacy.kernel.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.advocacy.kernel.ValidationException;
import org.junit.jupiter.api.Test;

/** The one CSV reader of every import: delimiter rule, byte-order mark, strict UTF-8, trimmed cells. */
class CsvFileReadTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theDelimiterIsTheOneTheFirstLineUsesMost() {
        assertThat(CsvFile.delimiterOf("a,b,c\n1;2;3")).isEqualTo(',');
        assertThat(CsvFile.delimiterOf("a;b;c\n1,2,3")).isEqualTo(';');
        assertThat(CsvFile.delimiterOf("a\tb\tc\n")).isEqualTo('\t');
        assertThat(CsvFile.delimiterOf("a;b,c")).as("a tie goes to the comma").isEqualTo(',');
        assertThat(CsvFile.delimiterOf("a\tb;c,d")).as("tabs only when they are the most").isEqualTo(',');
        assertThat(CsvFile.delimiterOf("single")).isEqualTo(',');
        assertThat(CsvFile.delimiterOf("")).isEqualTo(',');
    }

    @Test
    void readsHeaderAndRowsWithSemicolonsAndAByteOrderMark() {
        CsvFile.Table t = CsvFile.read(utf8("\uFEFFbranch; nps ;comment\r\nHN01;9; Rất tốt \r\n\r\nHN02;3\r\n"));
        assertThat(t.header()).containsExactly("branch", "nps", "comment");
        assertThat(t.rows()).hasSize(2);
        CsvFile.Row first = t.rows().get(0);
        assertThat(first.number()).isEqualTo(2);
        assertThat(first.get("branch")).isEqualTo("HN01");
        assertThat(first.get("comment")).isEqualTo("Rất tốt");
        assertThat(first.get("missing")).isNull();
        CsvFile.Row second = t.rows().get(1);
        assertThat(second.number()).as("empty lines are skipped, records counted").isEqualTo(3);
        assertThat(second.size()).isEqualTo(2);
        assertThat(second.get("comment")).as("a short record has no cell there").isNull();
        assertThat(second.get(2)).isEmpty();
    }

    @Test
    void tabsAndQuotedCellsWithTheDelimiterInside() {
        CsvFile.Table t = CsvFile.read(utf8("name\temail\n\"Nguyễn\tVăn A\"\ta@b.vn\n"));
        assertThat(t.rows().getFirst().get("name")).isEqualTo("Nguyễn\tVăn A");
        assertThat(t.rows().getFirst().get("email")).isEqualTo("a@b.vn");
    }

    @Test
    void onlyTheFirstByteOrderMarkIsDropped() {
        CsvFile.Table t = CsvFile.read(utf8("\uFEFFa\n1\n"));
        assertThat(t.header()).containsExactly("a");
        assertThat(CsvFile.read(utf8("a\n1\n")).header()).containsExactly("a");
    }

    @Test
    void malformedUtf8IsRefusedNamingItsLine() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(utf8("branch,comment\nHN01,Tốt\nHN02,"));
        out.write(new byte[] {(byte) 0xE9, 't', 'e'}); // "été" in Latin-1: é alone is no UTF-8
        out.write(utf8("\n"));
        assertThatThrownBy(() -> CsvFile.read(out.toByteArray())).isInstanceOfSatisfying(ValidationException.class,
                e -> {
                    assertThat(e.messageKey()).isEqualTo("import.error.encoding");
                    assertThat(e.args()).containsExactly(3);
                });
        // a sequence cut off at the very end is refused too, not replaced
        byte[] cut = {'a', '\n', 'b', (byte) 0xE1, (byte) 0xBB};
        assertThatThrownBy(() -> CsvFile.read(cut)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.args()).containsExactly(2));
        // an encoded surrogate (CESU-8) is no UTF-8 either
        byte[] surrogate = {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80};
        assertThatThrownBy(() -> CsvFile.read(surrogate)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.messageKey()).isEqualTo("import.error.encoding"));
    }

    @Test
    void anUnclosedQuoteIsUnreadable() {
        assertThatThrownBy(() -> CsvFile.read(utf8("a,b\n\"open,1\n")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.error.unreadable"));
    }

    @Test
    void anEmptyFileHasNoRecords() {
        assertThat(CsvFile.read(new byte[0]).empty()).isTrue();
        assertThat(CsvFile.read(utf8("\uFEFF\n\n")).empty()).isTrue();
        CsvFile.Table headerOnly = CsvFile.read(utf8("a,b\n"));
        assertThat(headerOnly.empty()).isFalse();
        assertThat(headerOnly.rows()).isEmpty();
    }

    @Test
    void whatTheWriterWritesTheReaderReads() {
        byte[] written = CsvFile.withHeaders("Chi nhánh", "Ghi chú").row("HN01", "Tốt, \"rất\" tốt").bytes();
        CsvFile.Table t = CsvFile.read(written);
        assertThat(t.header()).containsExactly("Chi nhánh", "Ghi chú");
        assertThat(t.rows().getFirst().get("Ghi chú")).isEqualTo("Tốt, \"rất\" tốt");
        assertThat(List.of(t.rows().getFirst().get(0))).containsExactly("HN01");
    }
}
