package org.advocacy.org.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import org.advocacy.org.EmployeeFilter;
import org.advocacy.org.ImportPreview;
import org.advocacy.org.OrgService;
import org.advocacy.test.KaribuTest;
import org.advocacy.test.SignIn;
import org.advocacy.test.UniqueCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class EmployeeImportViewTest extends KaribuTest {

    private static final String HEADER = "full_name,email,branch,department,job_title,hire_date,manager,active\n";

    @Autowired
    OrgService org;

    private String tag;

    @BeforeEach
    void openAsHr() {
        login(SignIn.HR);
        UI.getCurrent().navigate(EmployeeImportView.class);
        tag = UniqueCodes.nextLower();
    }

    private int count() {
        return org.countEmployees(EmployeeFilter.none());
    }

    private static Button importButton() {
        return _get(Button.class, spec -> spec.withId("import-apply"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ImportPreview.Row> grid() {
        return _get(Grid.class, spec -> spec.withId("import-grid"));
    }

    private static String text(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    private static void upload(String csv) {
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), "staff.csv",
                csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFileWithAWrongRowCannotBeImported() {
        int before = count();
        assertThat(importButton().isEnabled()).isFalse();

        upload(HEADER
                + "Võ Thị Yến,yen." + tag + "@example.com,HN01,Lễ tân,Lễ tân,2024-03-01,no,yes\n"
                + "Lý Minh Khoa,khoa." + tag + "@example.com,XX99,Lễ tân,Lễ tân,2024-03-01,no,yes\n");

        Grid<ImportPreview.Row> grid = grid();
        assertThat(grid.isVisible()).isTrue();
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid, 0)).startsWith("2", en("import.action.CREATE"), "Võ Thị Yến");
        assertThat(GridKt._getFormattedRow(grid, 1)).startsWith("3", en("import.action.ERROR"), "Lý Minh Khoa")
                .contains(en("employee.branch") + ": " + en("import.error.unknownBranch", "XX99"));
        assertThat(grid.getPartNameGenerator().apply(GridKt._get(grid, 1))).isEqualTo("row-error");
        assertThat(grid.getPartNameGenerator().apply(GridKt._get(grid, 0))).isNull();
        assertThat(text("import-count-errors")).isEqualTo(en("import.summary.errors", 1));
        assertThat(text("import-blocked")).isEqualTo(en("import.summary.blocked"));
        assertThat(importButton().isEnabled()).isFalse();

        // Karibu refuses to click a disabled button, just as the browser would
        assertThatThrownBy(() -> _click(importButton())).isInstanceOf(IllegalStateException.class);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aGoodFileEnablesImportAndImports() {
        int before = count();
        upload("\uFEFF" + HEADER
                + "Võ Thị Yến,yen." + tag + "@example.com,HN01,Lễ tân,Lễ tân,2024-03-01,no,yes\n"
                + "Lý Minh Khoa,khoa." + tag + "@example.com,CT01,Spa trị liệu " + tag + ",Kỹ thuật viên,01/12/2023,no,yes\n");

        assertThat(text("import-count-create")).isEqualTo(en("import.summary.create", 2));
        assertThat(text("import-count-departments")).isEqualTo(en("import.summary.newDepartments", 1,
                "Spa trị liệu " + tag));
        assertThat(importButton().isEnabled()).isTrue();
        assertThat(count()).as("the preview stores nothing").isEqualTo(before);

        _click(importButton());
        String done = en("import.done", 2, 0, 1);
        assertThat(text("import-result")).isEqualTo(done);
        NotificationsKt.expectNotifications(done);
        assertThat(count()).isEqualTo(before + 2);
        assertThat(importButton().isEnabled()).isFalse();
    }

    @Test
    void aFileErrorIsListedAndBlocksTheImport() {
        upload("full_name,email,branch\nAn,an@example.com,HN01\n");
        UnorderedList errors = _get(UnorderedList.class, spec -> spec.withId("import-file-errors"));
        assertThat(errors.isVisible()).isTrue();
        assertThat(errors.getElement().getTextRecursively())
                .contains(en("import.error.missingColumn", "department"))
                .contains(en("import.error.missingColumn", "hire_date"));
        assertThat(_find(Grid.class, spec -> spec.withId("import-grid"))).as("no rows to show").isEmpty();
        assertThat(importButton().isEnabled()).isFalse();
    }

    @Test
    void theExampleFileIsOfferedAndValid() {
        Anchor example = _get(Anchor.class, spec -> spec.withId("import-example"));
        assertThat(example.getText()).isEqualTo(en("import.example"));
        assertThat(example.getHref()).isNotBlank();

        EmployeeImportView view = (EmployeeImportView) UI.getCurrent().getCurrentView();
        view.preview(EmployeeImportView.exampleCsv(view::getTranslation));
        assertThat(GridKt._size(grid())).isEqualTo(2);
        assertThat(GridKt._get(grid(), 0).fullName()).isEqualTo("Nguyễn Thị Hoa");
        assertThat(importButton().isEnabled()).isTrue();
    }

    @Test
    void aManagerIsRefused() {
        login(SignIn.MANAGER);
        AccessAssertions.assertRefused(EmployeeImportView.class, en("error.denied.title"));
    }
}
