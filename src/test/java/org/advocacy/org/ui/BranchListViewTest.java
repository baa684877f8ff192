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
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.IntStream;
import org.advocacy.org.Branch;
import org.advocacy.test.KaribuTest;
import org.advocacy.test.SignIn;
import org.advocacy.test.UniqueCodes;
import org.junit.jupiter.api.Test;

class BranchListViewTest extends KaribuTest {

    @SuppressWarnings("unchecked")
    private static Grid<Branch> grid() {
        return _get(Grid.class, spec -> spec.withId("branch-grid"));
    }

    private static void fill(String id, String value) {
        _setValue(_get(TextField.class, spec -> spec.withId(id)), value);
    }

    private static int rowOf(Grid<Branch> grid, String code) {
        return IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).code().equals(code))
                .findFirst().orElse(-1);
    }

    @Test
    void adminAddsAndEditsABranch() {
        login(SignIn.ADMIN);
        UI.getCurrent().navigate(BranchListView.class);
        Grid<Branch> grid = grid();
        int before = GridKt._size(grid);
        assertThat(before).isGreaterThanOrEqualTo(12);
        assertThat(rowOf(grid, "HN01")).isNotNegative();

        String code = "K" + UniqueCodes.next();
        _click(_get(Button.class, spec -> spec.withId("branch-add")));
        assertThat(_get(ComboBox.class, spec -> spec.withId("branch-timezone")).getValue())
                .isEqualTo("Asia/Ho_Chi_Minh");
        fill("branch-code", code);
        fill("branch-name", "Sen Spa Sông Hương");
        fill("branch-city", "Huế");
        fill("branch-region", "Miền Trung");
        _click(_get(Button.class, spec -> spec.withId("branch-save")));

        NotificationsKt.expectNotifications(en("branch.saved", code));
        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(GridKt._size(grid)).isEqualTo(before + 1);
        int row = rowOf(grid, code);
        assertThat(GridKt._getFormattedRow(grid, row)).startsWith(code, "Sen Spa Sông Hương", "Huế", "Miền Trung",
                "Asia/Ho_Chi_Minh", en("common.yes"));

        GridKt._clickItem(grid, row);
        assertThat(_get(TextField.class, spec -> spec.withId("branch-code")).getValue()).isEqualTo(code);
        fill("branch-name", "Sen Spa Kim Long");
        _click(_get(Button.class, spec -> spec.withId("branch-save")));
        assertThat(GridKt._get(grid, rowOf(grid, code)).name()).isEqualTo("Sen Spa Kim Long");
        assertThat(GridKt._size(grid)).isEqualTo(before + 1);
    }

    @Test
    void aTakenCodeIsShownOnTheCodeField() {
        login(SignIn.ADMIN);
        UI.getCurrent().navigate(BranchListView.class);
        int before = GridKt._size(grid());
        _click(_get(Button.class, spec -> spec.withId("branch-add")));
        fill("branch-code", "hn01");
        fill("branch-name", "Trùng mã");
        fill("branch-city", "Hà Nội");
        fill("branch-region", "Miền Bắc");
        _click(_get(Button.class, spec -> spec.withId("branch-save")));

        TextField code = _get(TextField.class, spec -> spec.withId("branch-code"));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo(en("branch.error.codeTaken", "HN01"));
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(GridKt._size(grid())).isEqualTo(before);
    }

    @Test
    void hrIsRefused() {
        login(SignIn.HR);
        AccessAssertions.assertRefused(BranchListView.class, en("error.denied.title"));
        assertThat(_find(Grid.class, spec -> spec.withId("branch-grid"))).isEmpty();
    }
}
