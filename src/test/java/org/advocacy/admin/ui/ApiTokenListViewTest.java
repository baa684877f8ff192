package org.advocacy.admin.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.advocacy.org.Branch;
import org.advocacy.security.ApiScope;
import org.advocacy.security.ApiTokenListItem;
import org.advocacy.security.ApiTokenService;
import org.advocacy.test.KaribuTest;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ApiTokenListViewTest extends KaribuTest {

    @Autowired
    ApiTokenService tokens;

    @SuppressWarnings("unchecked")
    private static Grid<ApiTokenListItem> grid() {
        return _get(Grid.class, spec -> spec.withId("api-tokens-grid"));
    }

    private static int row(Grid<ApiTokenListItem> grid, String name) {
        List<ApiTokenListItem> items = _fetch(grid, 0, _size(grid));
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no row " + name);
    }

    @Test
    @SuppressWarnings("unchecked")
    void adminCreatesATokenSeesTheSecretOnceAndRevokesIt() {
        login(SignIn.ADMIN);
        UI.getCurrent().navigate(ApiTokenListView.class);
        String name = "Karibu " + UUID.randomUUID();

        _click(_get(Button.class, spec -> spec.withId("api-tokens-add")));
        CheckboxGroup<ApiScope> scopes = _get(CheckboxGroup.class, spec -> spec.withId("api-token-scopes"));
        assertThat(scopes.getItemLabelGenerator().apply(ApiScope.HR_READ)).isEqualTo(en("apiToken.scope.HR_READ"));
        _click(_get(Button.class, spec -> spec.withId("api-token-create")));
        TextField nameField = _get(TextField.class, spec -> spec.withId("api-token-name"));
        assertThat(nameField.isInvalid()).isTrue();
        assertThat(nameField.getErrorMessage()).isEqualTo(en("apiToken.error.name"));

        _setValue(nameField, name);
        _setValue(scopes, Set.of(ApiScope.HR_READ, ApiScope.METRICS_READ));
        ComboBox<Branch> branch = _get(ComboBox.class, spec -> spec.withId("api-token-branch"));
        _setValue(branch, branch.getListDataView().getItems().filter(b -> b.code().equals("DN01")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("api-token-create")));

        TextField secret = _get(TextField.class, spec -> spec.withId("api-token-secret"));
        assertThat(secret.getValue()).startsWith("adv_");
        assertThat(secret.isReadOnly()).isTrue();
        assertThat(secret.getClassNames()).contains("secret-box");
        assertThat(_get(Paragraph.class, spec -> spec.withId("api-token-secret-warning")).getText())
                .isEqualTo(en("apiToken.secret.warning"));
        assertThat(tokens.authenticate(secret.getValue())).get()
                .satisfies(c -> assertThat(c.scopes()).containsExactlyInAnyOrder(ApiScope.HR_READ, ApiScope.METRICS_READ));
        String value = secret.getValue();
        _click(_get(Button.class, spec -> spec.withId("api-token-secret-close")));
        assertThat(_find(TextField.class, spec -> spec.withId("api-token-secret"))).isEmpty();

        Grid<ApiTokenListItem> grid = grid();
        int row = row(grid, name);
        assertThat(_getFormatted(grid, row, "token")).isEqualTo(value.substring(0, 10) + "…");
        assertThat(_getFormatted(grid, row, "scopes")).isEqualTo("hr:read, metrics:read");
        assertThat(_getFormatted(grid, row, "branch")).isEqualTo("DN01");
        assertThat(_getFormatted(grid, row, "status")).isEqualTo(en("apiTokens.active"));
        assertThat(grid.getElement().getTextRecursively()).doesNotContain(value);

        _click((Button) _getCellComponent(grid, row, "actions"));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("revoke-confirm"));
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo(en("apiTokens.revoke.title", name));
        ConfirmDialogKt._fireConfirm(confirm);

        row = row(grid, name);
        assertThat(_getFormatted(grid, row, "status")).startsWith(en("apiTokens.revokedAt", "").trim());
        assertThat(tokens.authenticate(value)).isEmpty();
    }

    @Test
    void hrIsRefused() {
        login(SignIn.HR);
        UI.getCurrent().navigate(ApiTokenListView.class);
        assertThat(_find(Grid.class, spec -> spec.withId("api-tokens-grid"))).isEmpty();
        assertThat(_find(H2.class, spec -> spec.withId("access-denied"))).hasSize(1);
    }
}
