package org.advocacy.org.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.IntStream;
import org.advocacy.org.Department;
import org.advocacy.test.KaribuTest;
import org.advocacy.test.SignIn;
import org.advocacy.test.UniqueCodes;
import org.junit.jupiter.api.Test;

class DepartmentListViewTest extends KaribuTest {

    @SuppressWarnings("unchecked")
    private static Grid<Department> grid() {
        return _get(Grid.class, spec -> spec.withId("department-grid"));
    }

    private static int rowOf(Grid<Department> grid, String name) {
        return IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).name().equals(name))
                .findFirst().orElse(-1);
    }

    @Test
    void hrAddsRenamesAndRetiresADepartment() {
        login(SignIn.HR);
        UI.getCurrent().navigate(DepartmentListView.class);
        Grid<Department> grid = grid();
        assertThat(rowOf(grid, "Lễ tân")).isNotNegative();
        int before = GridKt._size(grid);

        String name = "Xông hơi " + UniqueCodes.next();
        _click(_get(Button.class, spec -> spec.withId("department-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("department-name")), name);
        _click(_get(Button.class, spec -> spec.withId("department-save")));
        NotificationsKt.expectNotifications(en("department.saved", name));
        assertThat(GridKt._size(grid)).isEqualTo(before + 1);
        assertThat(GridKt._getFormattedRow(grid, rowOf(grid, name))).startsWith(name, en("common.yes"));

        String renamed = "Phòng xông hơi " + UniqueCodes.next();
        GridKt._clickItem(grid, rowOf(grid, name));
        _setValue(_get(TextField.class, spec -> spec.withId("department-name")), renamed);
        _setValue(_get(Checkbox.class, spec -> spec.withId("department-active")), false);
        _click(_get(Button.class, spec -> spec.withId("department-save")));

        assertThat(rowOf(grid, name)).isNegative();
        assertThat(GridKt._getFormattedRow(grid, rowOf(grid, renamed))).startsWith(renamed, en("common.no"));
        assertThat(GridKt._size(grid)).isEqualTo(before + 1);
    }

    @Test
    void aTakenNameIsShownOnTheNameField() {
        login(SignIn.HR);
        UI.getCurrent().navigate(DepartmentListView.class);
        int before = GridKt._size(grid());
        _click(_get(Button.class, spec -> spec.withId("department-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("department-name")), "Trị liệu");
        _click(_get(Button.class, spec -> spec.withId("department-save")));

        TextField name = _get(TextField.class, spec -> spec.withId("department-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo(en("department.error.nameTaken", "Trị liệu"));
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(GridKt._size(grid())).isEqualTo(before);
    }

    @Test
    void aManagerIsRefused() {
        login(SignIn.MANAGER);
        AccessAssertions.assertRefused(DepartmentListView.class, en("error.denied.title"));
    }
}
