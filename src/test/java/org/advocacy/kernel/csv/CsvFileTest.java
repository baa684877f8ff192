package org.advocacy.kernel.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The one CSV writer: byte-order mark, translated headers, formula cells neutralised, numbers untouched. */
class CsvFileTest {

    @Test
    void startsWithAUtf8ByteOrderMarkAndKeepsVietnamese() {
        byte[] bytes = CsvFile.withHeaders("Chi nhánh", "Phòng ban").row("HN01", "Lễ tân").bytes();
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(bytes[1]).isEqualTo((byte) 0xBB);
        assertThat(bytes[2]).isEqualTo((byte) 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("\uFEFFChi nhánh,Phòng ban\r\nHN01,Lễ tân\r\n");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAreNeutralised() throws Exception {
        List<String> hostile = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+1+cmd|' /C calc'!A0",
                "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1");
        String text = CsvFile.withHeaders("=header").row(hostile.toArray()).text();
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records.get(0).get(0)).isEqualTo("'=header");
        CSVRecord row = records.get(1);
        for (int i = 0; i < hostile.size(); i++) {
            assertThat(row.get(i)).isEqualTo("'" + hostile.get(i));
        }
    }

    @Test
    void noOtherClassWritesCsv() {
        var classes = new com.tngtech.archunit.core.importer.ClassFileImporter()
                .withImportOption(com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.advocacy");
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().that().doNotHaveFullyQualifiedName(CsvFile.class.getName())
                .should().dependOnClassesThat().haveFullyQualifiedName("org.apache.commons.csv.CSVPrinter")
                .because("every CSV the portal writes goes through CsvFile (byte-order mark, formula neutralising)")
                .check(classes);
    }

    @Test
    void noOtherClassReadsCsv() {
        var classes = new com.tngtech.archunit.core.importer.ClassFileImporter()
                .withImportOption(com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.advocacy");
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().that().doNotHaveFullyQualifiedName(CsvFile.class.getName())
                .should().dependOnClassesThat().haveFullyQualifiedName("org.apache.commons.csv.CSVParser")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.apache.commons.csv.CSVRecord")
                .because("every import reads its CSV through CsvFile.read (one delimiter rule, one BOM rule, strict UTF-8)")
                .check(classes);
    }

    @Test
    void numbersAndOrdinaryTextStayAsTheyAre() {
        String text = CsvFile.withHeaders("a").row(-12, 3.5, "-12.5", "+7", "Sen Spa - Hà Nội", "a=b", null, "").text();
        assertThat(text).endsWith("\r\n-12,3.5,-12.5,+7,Sen Spa - Hà Nội,a=b,,\r\n");
    }
}
