package org.advocacy.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.advocacy.kernel.ValidationException;
import org.advocacy.org.ImportPreview.Action;
import org.advocacy.org.ImportPreview.Problem;
import org.advocacy.org.ImportPreview.Row;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.advocacy.test.UniqueCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@PortalTest
class EmployeeImportTest {

    private static final String HEADER = "full_name,email,branch,department,job_title,hire_date,manager,active\n";

    @Autowired
    EmployeeImport imports;
    @Autowired
    OrgService org;
    @Autowired
    SignIn signIn;

    /** Makes every test's e-mails unique, so tests don't see each other's people. */
    private String tag;

    @BeforeEach
    void signInAsHr() {
        signIn.as(SignIn.HR);
        tag = UniqueCodes.nextLower();
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private String email(String local) {
        return local + "." + tag + "@example.com";
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private int count() {
        return org.countEmployees(EmployeeFilter.none());
    }

    private String goodCsv() {
        return HEADER
                + "Nguyễn Thị Hoa," + email("hoa") + ",HN01,Lễ tân,Lễ tân,2024-03-01,no,yes\n"
                + "Phạm Văn Đức," + email("duc") + ",sg01,Trị liệu,Kỹ thuật viên trị liệu,15/08/2023,yes,\n";
    }

    @Test
    void aGoodFileWithByteOrderMarkPreviewsAsNewPeopleAndImports() {
        byte[] csv = utf8("\uFEFF" + goodCsv());
        int before = count();

        ImportPreview preview = imports.preview(csv);
        assertThat(preview.hasErrors()).isFalse();
        assertThat(preview.rows()).extracting(Row::action).containsExactly(Action.CREATE, Action.CREATE);
        assertThat(preview.rows()).extracting(Row::fullName).containsExactly("Nguyễn Thị Hoa", "Phạm Văn Đức");
        assertThat(preview.rows()).extracting(Row::line).containsExactly(2, 3);
        assertThat(count()).as("a preview stores nothing").isEqualTo(before);

        ImportResult result = imports.apply(csv);
        assertThat(result.created()).isEqualTo(2);
        assertThat(result.updated()).isZero();
        assertThat(count()).isEqualTo(before + 2);
        Employee duc = org.employees(new EmployeeFilter(email("duc"), null, null, null), List.of(), 0, 10).getFirst();
        assertThat(duc.fullName()).isEqualTo("Phạm Văn Đức");
        assertThat(duc.branchCode()).isEqualTo("SG01");
        assertThat(duc.hireDate()).isEqualTo(java.time.LocalDate.of(2023, 8, 15));
        assertThat(duc.manager()).isTrue();
        assertThat(duc.active()).isTrue();
    }

    @Test
    void importingTheSameFileAgainUpdatesInsteadOfDuplicating() {
        byte[] csv = utf8(goodCsv());
        imports.apply(csv);
        int afterFirst = count();

        ImportPreview again = imports.preview(csv);
        assertThat(again.hasErrors()).isFalse();
        assertThat(again.rows()).extracting(Row::action).containsExactly(Action.UPDATE, Action.UPDATE);
        assertThat(again.count(Action.CREATE)).isZero();

        ImportResult result = imports.apply(csv);
        assertThat(result.created()).isZero();
        assertThat(result.updated()).isEqualTo(2);
        assertThat(count()).isEqualTo(afterFirst);
    }

    @Test
    void semicolonsAndVietnameseHeadersAreUnderstood() {
        String csv = "Họ tên;Thư điện tử;Chi nhánh;Phòng ban;Chức danh;Ngày vào làm;Quản lý\n"
                + "Trương Thị Thu;" + email("thu") + ";DN01;Chăm sóc da;Chuyên viên chăm sóc da;01/02/2022;không\n";
        int before = count();

        ImportPreview preview = imports.preview(utf8(csv));
        assertThat(preview.fileErrors()).isEmpty();
        assertThat(preview.rows()).singleElement().satisfies(r -> {
            assertThat(r.valid()).isTrue();
            assertThat(r.branchCode()).isEqualTo("DN01");
            assertThat(r.department()).isEqualTo("Chăm sóc da");
            assertThat(r.action()).isEqualTo(Action.CREATE);
        });

        assertThat(imports.apply(utf8(csv)).created()).isEqualTo(1);
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void oneBadRowStopsTheWholeImport() {
        String csv = HEADER
                + "Nguyễn Văn An," + email("an") + ",HN01,Lễ tân,Lễ tân,2024-03-01,no,yes\n"
                + "Lê Thị Bình," + email("binh") + ",XX99,Lễ tân,Lễ tân,2024-03-01,no,yes\n"
                + "Đỗ Minh Châu," + email("chau") + ",HN02,Lễ tân,Lễ tân,31/02/2024,no,yes\n"
                + "Bùi Văn Dũng," + email("an") + ",HN03,Lễ tân,Lễ tân,2024-03-01,no,yes\n";
        int before = count();

        ImportPreview preview = imports.preview(utf8(csv));
        assertThat(preview.hasErrors()).isTrue();
        assertThat(preview.errorCount()).isEqualTo(3);
        assertThat(preview.rows().get(0).valid()).isTrue();
        assertProblem(preview.rows().get(1), 3, "branch", "import.error.unknownBranch");
        assertProblem(preview.rows().get(2), 4, "hireDate", "import.error.date");
        assertProblem(preview.rows().get(3), 5, "email", "import.error.duplicateEmail");

        assertThatThrownBy(() -> imports.apply(utf8(csv))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.messageKey()).isEqualTo("import.error.notImported"));
        assertThat(count()).isEqualTo(before);
        assertThat(org.countEmployees(new EmployeeFilter(email("an"), null, null, null))).isZero();
    }

    @Test
    void anEmailAlreadyUsedByAColleagueUpdatesThatPerson() {
        // the demo employee's own address: the import treats it as an update of her record, not a duplicate
        ImportPreview preview = imports.preview(utf8(HEADER
                + "Trần Thị Lan," + SignIn.EMPLOYEE + ",HN01,Trị liệu,Kỹ thuật viên trị liệu,2022-01-10,no,yes\n"));
        assertThat(preview.rows()).singleElement().extracting(Row::action).isEqualTo(Action.UPDATE);
    }

    private static void assertProblem(Row row, int line, String field, String key) {
        assertThat(row.line()).isEqualTo(line);
        assertThat(row.valid()).isFalse();
        assertThat(row.action()).isEqualTo(Action.NONE);
        assertThat(row.problems()).extracting(Problem::field, Problem::messageKey)
                .contains(tuple(field, key));
    }

    @Test
    void aMissingColumnIsAFileError() {
        String csv = "full_name,email,branch,department,hire_date\n"
                + "Nguyễn Văn An," + email("an") + ",HN01,Lễ tân,2024-03-01\n";
        ImportPreview preview = imports.preview(utf8(csv));
        assertThat(preview.hasErrors()).isTrue();
        assertThat(preview.rows()).isEmpty();
        assertThat(preview.fileErrors()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("import.error.missingColumn");
            assertThat(p.args()).containsExactly("job_title");
        });
    }

    @Test
    void textThatIsNotUtf8IsAFileError() {
        // what an older Excel writes when "CSV (comma delimited)" is chosen on a Western Windows
        byte[] latin1 = (HEADER + "José Müller," + email("jose") + ",HN01,Réception,Réceptionniste,2024-03-01,no,yes\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        int before = count();
        ImportPreview preview = imports.preview(latin1);
        assertThat(preview.fileErrors()).extracting(Problem::messageKey).containsExactly("import.error.encoding");
        assertThat(preview.fileErrors().getFirst().args()).as("the line of José").containsExactly(2);
        assertThatThrownBy(() -> imports.apply(latin1)).isInstanceOf(ValidationException.class);
        assertThat(count()).isEqualTo(before);

        assertThat(imports.preview(new byte[0]).fileErrors()).extracting(Problem::messageKey)
                .containsExactly("import.error.empty");
    }

    @Test
    void aNewDepartmentNamedInTheFileIsCreatedOnApply() {
        String department = "Yoga " + tag;
        String csv = HEADER + "Hoàng Văn Em," + email("em") + ",HA01," + department + ",Huấn luyện viên yoga,2024-06-01,,\n";

        ImportPreview preview = imports.preview(utf8(csv));
        assertThat(preview.hasErrors()).isFalse();
        assertThat(preview.newDepartments()).containsExactly(department);
        assertThat(org.departments()).extracting(Department::name).doesNotContain(department);

        ImportResult result = imports.apply(utf8(csv));
        assertThat(result.departmentsCreated()).isEqualTo(1);
        assertThat(org.departments()).extracting(Department::name).contains(department);
        Employee em = org.employees(new EmployeeFilter(email("em"), null, null, null), List.of(), 0, 10).getFirst();
        assertThat(em.departmentName()).isEqualTo(department);
    }

    @Test
    void onlyHrMayImport() {
        byte[] csv = utf8(goodCsv());
        signIn.as(SignIn.MANAGER);
        assertThatThrownBy(() -> imports.preview(csv)).isInstanceOf(AccessDeniedException.class);
        signIn.as(SignIn.ADMIN);
        assertThatThrownBy(() -> imports.apply(csv)).isInstanceOf(AccessDeniedException.class);
    }
}
