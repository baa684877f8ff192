package org.advocacy.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.advocacy.org.ImportPreview.Action;
import org.advocacy.org.ImportPreview.Problem;
import org.junit.jupiter.api.Test;

/** The rules of the employee CSV, without Spring or a database: the organisation is a few maps. */
class EmployeeImportAnalyserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
    private static final String HEADER = "full_name,email,branch,department,job_title,hire_date,manager,active\n";

    /** HN01 and DN01 exist, so do the departments Spa and Lễ tân, and lan@senspa.vn (id 7). */
    private final List<List<String>> asked = new ArrayList<>();
    private final EmployeeImportAnalyser.Directory directory = new EmployeeImportAnalyser.Directory() {
        @Override
        public Map<String, Long> branchIdsByCode() {
            return Map.of("HN01", 1L, "DN01", 2L);
        }

        @Override
        public Set<String> departmentNames() {
            return Set.of("spa", "lễ tân");
        }

        @Override
        public Map<String, Long> employeeIdsByEmail(List<String> emails) {
            asked.add(emails);
            return emails.contains("lan@senspa.vn") ? Map.of("lan@senspa.vn", 7L) : Map.of();
        }
    };

    private EmployeeImportAnalyser.Analysis analyse(String csv) {
        return EmployeeImportAnalyser.analyse(csv.getBytes(StandardCharsets.UTF_8), directory, TODAY);
    }

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(Problem::messageKey).toList();
    }

    @Test
    void createsNewPeopleAndUpdatesKnownOnesByEmail() {
        var a = analyse(HEADER
                + "Nguyễn Thị Lan, LAN@SenSpa.vn ,hn01,Spa,Kỹ thuật viên,2024-03-01,no,yes\n"
                + "Trần Văn Minh,minh@senspa.vn,DN01,Bếp,Đầu bếp,01/02/2023,có,\n");
        assertThat(a.preview().hasErrors()).isFalse();
        assertThat(a.preview().rows()).extracting(ImportPreview.Row::line, ImportPreview.Row::email,
                ImportPreview.Row::branchCode, ImportPreview.Row::action).containsExactly(
                tuple(2, "lan@senspa.vn", "HN01", Action.UPDATE), tuple(3, "minh@senspa.vn", "DN01", Action.CREATE));
        assertThat(a.preview().newDepartments()).containsExactly("Bếp");
        assertThat(asked).containsExactly(List.of("lan@senspa.vn", "minh@senspa.vn"));
        EmployeeImportAnalyser.Parsed minh = a.parsed().get(1);
        assertThat(minh.branchId()).isEqualTo(2L);
        assertThat(minh.hireDate()).isEqualTo(LocalDate.of(2023, 2, 1));
        assertThat(minh.manager()).isTrue();
        assertThat(minh.active()).as("empty means active").isTrue();
        assertThat(a.parsed().get(0).existingId()).isEqualTo(7L);
    }

    @Test
    void vietnameseHeadersSemicolonsAndAByteOrderMark() {
        var a = analyse("\uFEFFHọ và tên;Thư điện tử;Mã chi nhánh;Phòng ban;Chức danh;Ngày vào làm;Quản lý;Đang làm việc\n"
                + "Lê Hoa;hoa@senspa.vn;HN01;Lễ tân;Lễ tân;15.6.2022;không;đúng\n");
        assertThat(a.preview().fileErrors()).isEmpty();
        assertThat(a.preview().rows()).singleElement().satisfies(r -> {
            assertThat(r.problems()).isEmpty();
            assertThat(r.action()).isEqualTo(Action.CREATE);
        });
        assertThat(a.preview().newDepartments()).as("known, whatever the case").isEmpty();
    }

    @Test
    void everyRowProblemIsNamedWithItsField() {
        var a = analyse(HEADER
                + ",not-an-email,XX99," + "d".repeat(81) + ",,31/02/2024,maybe,later\n"
                + "A,a@senspa.vn,HN01,Spa,T,2029-01-01,no,yes\n"
                + "B,a@senspa.vn,,Spa,T,1949-12-31,no,yes\n");
        var rows = a.preview().rows();
        assertThat(rows.get(0).problems()).extracting(Problem::field, Problem::messageKey).containsExactly(
                tuple("fullName", "error.required"), tuple("email", "employee.error.email"),
                tuple("branch", "import.error.unknownBranch"), tuple("department", "error.tooLong"),
                tuple("jobTitle", "error.required"), tuple("hireDate", "import.error.date"),
                tuple("manager", "import.error.yesNo"), tuple("active", "import.error.yesNo"));
        assertThat(rows.get(1).problems()).extracting(Problem::field).containsExactly("hireDate");
        assertThat(rows.get(2).problems()).extracting(Problem::messageKey).containsExactly(
                "import.error.duplicateEmail", "error.required", "employee.error.hireDateRange");
        assertThat(rows).extracting(ImportPreview.Row::action).containsOnly(Action.NONE);
        assertThat(a.preview().errorCount()).isEqualTo(3);
    }

    @Test
    void fileErrorsStopBeforeAnyLookup() {
        assertThat(keys(EmployeeImportAnalyser.analyse(new byte[0], directory, TODAY).preview().fileErrors()))
                .containsExactly("import.error.empty");
        assertThat(keys(analyse("\uFEFF\n").preview().fileErrors())).containsExactly("import.error.empty");
        assertThat(keys(analyse(HEADER).preview().fileErrors())).containsExactly("import.error.noRows");
        assertThat(analyse("name,email\nA,a@b.vn\n").preview().fileErrors()).extracting(Problem::args)
                .containsExactly(List.of("branch"), List.of("department"), List.of("job_title"), List.of("hire_date"));
        assertThat(keys(analyse(HEADER + "\"open,a@b.vn\n").preview().fileErrors()))
                .containsExactly("import.error.unreadable");
        StringBuilder many = new StringBuilder(HEADER);
        for (int i = 0; i <= EmployeeImportAnalyser.MAX_ROWS; i++) {
            many.append("A,a").append(i).append("@senspa.vn,HN01,Spa,T,2024-01-01,,\n");
        }
        assertThat(keys(analyse(many.toString()).preview().fileErrors())).containsExactly("import.error.tooManyRows");
        assertThat(keys(EmployeeImportAnalyser.analyse(new byte[EmployeeImportAnalyser.MAX_BYTES + 1], directory, TODAY)
                .preview().fileErrors())).containsExactly("import.error.tooLarge");
        assertThat(asked).isEmpty();
    }

    @Test
    void malformedUtf8IsRefusedNamingTheLine() {
        byte[] head = (HEADER + "Lan,lan@senspa.vn,HN01,Spa,T,2024-01-01,,\nJos").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "e,jose@senspa.vn,HN01,Spa,T,2024-01-01,,\n".getBytes(StandardCharsets.UTF_8);
        byte[] csv = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, csv, 0, head.length);
        csv[head.length] = (byte) 0xE9; // é in Latin-1
        System.arraycopy(tail, 0, csv, head.length + 1, tail.length);
        var a = EmployeeImportAnalyser.analyse(csv, directory, TODAY);
        assertThat(a.preview().fileErrors()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("import.error.encoding");
            assertThat(p.args()).containsExactly(3);
        });
        assertThat(a.preview().rows()).isEmpty();
    }

    @Test
    void yesNoAndDatesInTheFormsHrSystemsWrite() {
        assertThat(EmployeeImportAnalyser.parseBoolean(" Có ", false)).contains(true);
        assertThat(EmployeeImportAnalyser.parseBoolean("KHÔNG", true)).contains(false);
        assertThat(EmployeeImportAnalyser.parseBoolean("", true)).contains(true);
        assertThat(EmployeeImportAnalyser.parseBoolean("perhaps", true)).isEmpty();
        assertThat(EmployeeImportAnalyser.parseDate("2024-02-29")).contains(LocalDate.of(2024, 2, 29));
        assertThat(EmployeeImportAnalyser.parseDate("1-3-2024")).contains(LocalDate.of(2024, 3, 1));
        assertThat(EmployeeImportAnalyser.parseDate("29/02/2023")).as("no quiet correction").isEmpty();
        assertThat(EmployeeImportAnalyser.normaliseHeader(" Ngày vào làm ")).isEqualTo("ngayvaolam");
        assertThat(EmployeeImportAnalyser.normaliseHeader("Đang làm việc")).isEqualTo("danglamviec");
    }
}
