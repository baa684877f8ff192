package org.advocacy.admin.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._sortByKey;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.Set;
import java.util.UUID;
import org.advocacy.org.Branch;
import org.advocacy.security.Role;
import org.advocacy.security.UserAccountService;
import org.advocacy.security.UserListItem;
import org.advocacy.test.KaribuTest;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.Test;

class UserListViewTest extends KaribuTest {

    @SuppressWarnings("unchecked")
    private static Grid<UserListItem> grid() {
        return _get(Grid.class, spec -> spec.withId("users-grid"));
    }

    @Test
    void adminSeesEveryAccountPageByPage() {
        login(SignIn.ADMIN);
        UI.getCurrent().navigate(UserListView.class);
        Grid<UserListItem> grid = grid();
        assertThat(_size(grid)).isBetween(290, 340);
        assertThat(_fetch(grid, 0, 50)).hasSize(50);
        assertThat(grid.getColumnByKey("email").isSortable()).isTrue();
        assertThat(grid.getColumnByKey("roles").isSortable()).isFalse();
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("users-count")).getText())
                .isEqualTo(en("users.count", _size(grid)));

        String firstAscending = _get(grid, 0).email();
        _sortByKey(grid, "email", SortDirection.DESCENDING);
        assertThat(_get(grid, 0).email()).isGreaterThan(firstAscending);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo(en("nav.users"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtersNarrowTheList() {
        login(SignIn.ADMIN);
        UI.getCurrent().navigate(UserListView.class);
        Grid<UserListItem> grid = grid();
        int all = _size(grid);

        _setValue(_get(TextField.class, spec -> spec.withId("users-search")), "minh.le@");
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(grid, 0).email()).isEqualTo(SignIn.MANAGER);
        assertThat(_getFormatted(grid, 0, "managed")).isEqualTo("HN01");

        _setValue(_get(TextField.class, spec -> spec.withId("users-search")), "");
        _setValue((Select<Role>) _get(Select.class, spec -> spec.withId("users-role")), Role.MANAGER);
        int managers = _size(grid);
        assertThat(managers).isBetween(1, all - 1);
        assertThat(_fetch(grid, 0, managers)).allSatisfy(u -> assertThat(u.roles()).contains(Role.MANAGER));
    }

    @Test
    void otherRolesAreRefusedTheScreen() {
        for (String email : new String[] {SignIn.HR, SignIn.LEADER, SignIn.MANAGER}) {
            login(email);
            UI.getCurrent().navigate(UserListView.class);
            assertThat(_find(Grid.class, spec -> spec.withId("users-grid"))).as(email).isEmpty();
            assertThat(_find(H2.class, spec -> spec.withId("access-denied"))).as(email).hasSize(1);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void adminCreatesAManagerAccount() {
        login(SignIn.ADMIN);
        UI.getCurrent().navigate(UserListView.class);
        String email = "ui.test." + UUID.randomUUID().toString().substring(0, 8) + "@senspa.vn";
        _click(_get(Button.class, spec -> spec.withId("users-add")));

        _setValue(_get(EmailField.class, spec -> spec.withId("user-email")), email);
        _setValue(_get(TextField.class, spec -> spec.withId("user-name")), "Đỗ Thị Thử");
        assertThat(_find(MultiSelectComboBox.class, spec -> spec.withId("user-branches"))).as("only for managers").isEmpty();
        _setValue((CheckboxGroup<Role>) _get(CheckboxGroup.class, spec -> spec.withId("user-roles")),
                Set.of(Role.EMPLOYEE, Role.MANAGER));
        MultiSelectComboBox<Branch> branches = _get(MultiSelectComboBox.class, spec -> spec.withId("user-branches"));
        Branch hn02 = branches.getListDataView().getItems().filter(b -> b.code().equals("HN02")).findFirst().orElseThrow();
        _setValue(branches, Set.of(hn02));

        PasswordField password = _get(PasswordField.class, spec -> spec.withId("user-password"));
        _setValue(password, "short");
        _click(_get(Button.class, spec -> spec.withId("user-save")));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo(en("user.error.password", UserAccountService.MIN_PASSWORD_LENGTH));

        _setValue(password, "a long enough password");
        _click(_get(Button.class, spec -> spec.withId("user-save")));
        assertThat(_find(EmailField.class, spec -> spec.withId("user-email"))).as("dialog closed").isEmpty();

        _setValue(_get(TextField.class, spec -> spec.withId("users-search")), email);
        Grid<UserListItem> grid = grid();
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(grid, 0).roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.MANAGER);
        assertThat(_getFormatted(grid, 0, "managed")).isEqualTo("HN02");
        assertThat(_getFormatted(grid, 0, "enabled")).isEqualTo(en("common.yes"));
    }

    @Test
    void duplicateEmailIsShownOnTheField() {
        login(SignIn.ADMIN);
        UI.getCurrent().navigate(UserListView.class);
        _click(_get(Button.class, spec -> spec.withId("users-add")));
        EmailField email = _get(EmailField.class, spec -> spec.withId("user-email"));
        _setValue(email, SignIn.HR);
        _setValue(_get(TextField.class, spec -> spec.withId("user-name")), "Someone");
        _setValue(_get(PasswordField.class, spec -> spec.withId("user-password")), "a long enough password");
        _click(_get(Button.class, spec -> spec.withId("user-save")));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo(en("user.error.emailTaken", SignIn.HR));
    }

    @Test
    void editDialogRefusesToDropTheLastAdministrator() {
        login(SignIn.ADMIN);
        UI.getCurrent().navigate(UserListView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("users-search")), SignIn.ADMIN);
        Grid<UserListItem> grid = grid();
        assertThat(_size(grid)).isEqualTo(1);
        _click((Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "actions"));
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class, spec -> spec.withId("user-roles"));
        assertThat(roles.getValue()).contains(Role.ADMIN);
        _setValue(roles, Set.of(Role.HR));
        _click(_get(Button.class, spec -> spec.withId("user-save")));
        assertThat(roles.isInvalid()).isTrue();
        assertThat(roles.getErrorMessage()).isEqualTo(en("user.error.lastAdmin"));
    }
}
