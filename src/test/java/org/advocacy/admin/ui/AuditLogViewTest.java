package org.advocacy.admin.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.advocacy.audit.AuditAction;
import org.advocacy.audit.AuditEvent;
import org.advocacy.security.ApiScope;
import org.advocacy.security.ApiTokenData;
import org.advocacy.security.ApiTokenService;
import org.advocacy.test.KaribuTest;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditLogViewTest extends KaribuTest {

    @Autowired
    ApiTokenService tokens;

    @SuppressWarnings("unchecked")
    private static Grid<AuditEvent> grid() {
        return _get(Grid.class, spec -> spec.withId("audit-grid"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void adminSeesLinesAndFiltersThem() {
        login(SignIn.ADMIN);
        String name = "audit view " + UUID.randomUUID();
        long id = tokens.create(new ApiTokenData(name, Set.of(ApiScope.METRICS_READ), null)).id();
        tokens.revoke(id);

        UI.getCurrent().navigate(AuditLogView.class);
        Grid<AuditEvent> grid = grid();
        int all = _size(grid);
        assertThat(all).isGreaterThanOrEqualTo(2);

        _setValue((Select<AuditAction>) _get(Select.class, spec -> spec.withId("audit-action")), AuditAction.API_TOKEN_REVOKED);
        int revoked = _size(grid);
        assertThat(revoked).isBetween(1, all - 1);
        assertThat(_fetch(grid, 0, revoked)).allSatisfy(e -> assertThat(e.action()).isEqualTo("API_TOKEN_REVOKED"));
        assertThat(_getFormatted(grid, 0, "action")).isEqualTo(en("audit.action.API_TOKEN_REVOKED"));

        _setValue(_get(TextField.class, spec -> spec.withId("audit-search")), name);
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getFormatted(grid, 0, "target")).isEqualTo(name);
        assertThat(_getFormatted(grid, 0, "actor")).isEqualTo(SignIn.ADMIN);

        _setValue((Select<AuditAction>) _get(Select.class, spec -> spec.withId("audit-action")), null);
        assertThat(_size(grid)).as("created and revoked").isEqualTo(2);

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        _setValue(_get(DatePicker.class, spec -> spec.withId("audit-from")), today.plusDays(1));
        assertThat(_size(grid)).as("nothing from tomorrow").isZero();
        _setValue(_get(DatePicker.class, spec -> spec.withId("audit-from")), today.minusDays(1));
        _setValue(_get(DatePicker.class, spec -> spec.withId("audit-to")), today);
        assertThat(_size(grid)).isEqualTo(2);
    }

    @Test
    void everyActionHasATranslation() {
        for (AuditAction a : AuditAction.values()) {
            assertThat(en("audit.action." + a.name())).as(a.name()).doesNotStartWith("!");
            assertThat(translations.get("audit.action." + a.name(), java.util.Locale.forLanguageTag("vi")))
                    .as(a.name()).doesNotStartWith("!");
        }
    }

    @Test
    void hrIsRefused() {
        login(SignIn.HR);
        UI.getCurrent().navigate(AuditLogView.class);
        assertThat(_find(Grid.class, spec -> spec.withId("audit-grid"))).isEmpty();
        assertThat(_find(H2.class, spec -> spec.withId("access-denied"))).hasSize(1);
    }
}
