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
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.advocacy.kernel.ui.Formats;
import org.advocacy.org.Branch;
import org.advocacy.org.Department;
import org.advocacy.org.Employee;
import org.advocacy.test.KaribuTest;
import org.advocacy.test.SignIn;
import org.advocacy.test.UniqueCodes;
import org.junit.jupiter.api.Test;

class EmployeeListViewTest extends KaribuTest {

    @SuppressWarnings("unchecked")
    private static Grid<Employee> grid() {
        return _get(Grid.class, spec -> spec.withId("employee-grid"));
    }

    private static List<Employee> rows(Grid<Employee> grid) {
        return GridKt._fetch(grid, 0, GridKt._size(grid));
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    private static <T> T item(ComboBox<T> combo, java.util.function.Predicate<T> which) {
        return combo.getListDataView().getItems().filter(which).findFirst().orElseThrow();
    }

    private void openAsHr() {
        login(SignIn.HR);
        UI.getCurrent().navigate(EmployeeListView.class);
    }

    @Test
    void hrSeesAllActiveStaffThroughTheLazyGrid() {
        openAsHr();
        Grid<Employee> grid = grid();
        int size = GridKt._size(grid);
        assertThat(size).isBetween(250, 400);
        // the grid pages from the service: one fetch returns a window, not the whole list
        assertThat(GridKt._fetch(grid, 40, 20)).hasSize(20);
        Employee first = GridKt._get(grid, 0);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains(first.fullName(), first.email(), first.branchCode(),
                Formats.date(first.hireDate(), Locale.ENGLISH));
        assertThat(rows(grid)).allSatisfy(e -> assertThat(e.active()).isTrue());
    }

    @Test
    void filtersNarrowTheList() {
        openAsHr();
        Grid<Employee> grid = grid();
        int all = GridKt._size(grid);

        _setValue(_get(TextField.class, spec -> spec.withId("employee-filter-name")), "Trần Thị Lan");
        assertThat(GridKt._size(grid)).isBetween(1, all - 1);
        assertThat(rows(grid)).allSatisfy(e -> assertThat(e.fullName()).contains("Trần Thị Lan"))
                .anySatisfy(e -> assertThat(e.email()).isEqualTo(SignIn.EMPLOYEE));

        _setValue(_get(TextField.class, spec -> spec.withId("employee-filter-name")), "");
        assertThat(GridKt._size(grid)).isEqualTo(all);

        ComboBox<Branch> branch = combo("employee-filter-branch");
        _setValue(branch, item(branch, b -> b.code().equals("HN01")));
        int hn01 = GridKt._size(grid);
        assertThat(hn01).isBetween(10, all - 1);
        assertThat(rows(grid)).allSatisfy(e -> assertThat(e.branchCode()).isEqualTo("HN01"));

        ComboBox<Department> department = combo("employee-filter-department");
        _setValue(department, item(department, d -> d.name().equals("Lễ tân")));
        assertThat(GridKt._size(grid)).isBetween(1, hn01 - 1);
        assertThat(rows(grid)).allSatisfy(e -> {
            assertThat(e.branchCode()).isEqualTo("HN01");
            assertThat(e.departmentName()).isEqualTo("Lễ tân");
        });

        _setValue(branch, null);
        _setValue(department, null);
        @SuppressWarnings("unchecked")
        Select<EmployeeListView.Status> status = _get(Select.class, spec -> spec.withId("employee-filter-status"));
        _setValue(status, EmployeeListView.Status.ALL);
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(all);
    }

    @Test
    void columnsSortThroughTheService() {
        openAsHr();
        Grid<Employee> grid = grid();

        GridKt._sortByKey(grid, "hireDate", SortDirection.DESCENDING);
        List<LocalDate> hired = GridKt._fetch(grid, 0, 50).stream().map(Employee::hireDate).toList();
        assertThat(hired).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        GridKt._sortByKey(grid, "branch", SortDirection.ASCENDING);
        List<String> codes = rows(grid).stream().map(Employee::branchCode).toList();
        assertThat(codes).isSorted();
        assertThat(codes.getFirst()).isEqualTo("CT01");
    }

    @Test
    void theAddDialogSavesAPerson() {
        openAsHr();
        Grid<Employee> grid = grid();
        String email = "ngoc.tran." + UniqueCodes.nextLower() + "@example.com";
        _click(_get(Button.class, spec -> spec.withId("employee-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("employee-fullName")), "Trần Bảo Ngọc");
        _setValue(_get(TextField.class, spec -> spec.withId("employee-email")), email);
        ComboBox<Branch> branch = combo("employee-branch");
        _setValue(branch, item(branch, b -> b.code().equals("HP01")));
        ComboBox<Department> department = combo("employee-department");
        _setValue(department, item(department, d -> d.name().equals("Tư vấn")));
        _setValue(_get(TextField.class, spec -> spec.withId("employee-jobTitle")), "Chuyên viên tư vấn");
        _setValue(_get(DatePicker.class, spec -> spec.withId("employee-hireDate")), LocalDate.of(2025, 2, 17));
        _setValue(_get(Checkbox.class, spec -> spec.withId("employee-manager")), true);
        _click(_get(Button.class, spec -> spec.withId("employee-save")));

        NotificationsKt.expectNotifications(en("employee.saved", "Trần Bảo Ngọc"));
        assertThat(_find(Dialog.class)).isEmpty();
        _setValue(_get(TextField.class, spec -> spec.withId("employee-filter-name")), email);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).startsWith("Trần Bảo Ngọc", email, "HP01", "Tư vấn",
                "Chuyên viên tư vấn", Formats.date(LocalDate.of(2025, 2, 17), Locale.ENGLISH), en("common.yes"),
                en("common.yes"));

        // editing the same person: a taken e-mail is shown on the e-mail field and nothing changes
        GridKt._clickItem(grid, 0);
        _setValue(_get(TextField.class, spec -> spec.withId("employee-email")), SignIn.EMPLOYEE);
        _click(_get(Button.class, spec -> spec.withId("employee-save")));
        TextField emailField = _get(TextField.class, spec -> spec.withId("employee-email"));
        assertThat(emailField.isInvalid()).isTrue();
        assertThat(emailField.getErrorMessage()).isEqualTo(en("employee.error.emailTaken", SignIn.EMPLOYEE));
        assertThat(GridKt._get(grid, 0).email()).isEqualTo(email);
    }

    @Test
    void blankRequiredFieldsAreMarkedWithoutCallingTheService() {
        openAsHr();
        int before = GridKt._size(grid());
        _click(_get(Button.class, spec -> spec.withId("employee-add")));
        _click(_get(Button.class, spec -> spec.withId("employee-save")));
        assertThat(_get(TextField.class, spec -> spec.withId("employee-fullName")).isInvalid()).isTrue();
        assertThat(_get(DatePicker.class, spec -> spec.withId("employee-hireDate")).isInvalid()).isTrue();
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(GridKt._size(grid())).isEqualTo(before);
    }

    @Test
    void anEmployeeIsRefused() {
        login(SignIn.EMPLOYEE);
        AccessAssertions.assertRefused(EmployeeListView.class, en("error.denied.title"));
    }

    @Test
    void theGridPagesByKeysetWithoutCountingAndShowsEveryoneOnce() {
        openAsHr();
        Grid<Employee> grid = grid();
        GridKt._sortByKey(grid, "hireDate", SortDirection.DESCENDING);
        org.advocacy.org.OrgService service = context.getBean(org.advocacy.org.OrgService.class);
        List<Employee> expected = service.employees(new org.advocacy.org.EmployeeFilter(null, null, null, true),
                List.of(new org.advocacy.org.EmployeeSort(org.advocacy.org.EmployeeSort.Column.HIRE_DATE, false)), 0, 1000);
        // windows as a scrolling grid asks for them: in order, then jumping back and a little ahead
        List<Employee> shown = new java.util.ArrayList<>();
        for (int offset = 0; offset < expected.size(); offset += 50) {
            shown.addAll(GridKt._fetch(grid, offset, 50));
        }
        assertThat(shown).isEqualTo(expected);
        assertThat(GridKt._fetch(grid, 120, 30)).isEqualTo(expected.subList(120, 150));
        assertThat(GridKt._fetch(grid, 75, 10)).isEqualTo(expected.subList(75, 85));
        assertThat(grid.getDataCommunicator().isDefinedSize()).as("no count of all staff").isFalse();
    }
}
