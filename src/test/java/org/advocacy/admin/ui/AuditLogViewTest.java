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
    @Autowired
    org.advocacy.audit.AuditLog audit;

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
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("audit-count")).getText())
                .as("one line, said in the singular").isEqualTo("1 entry");
        // the account's name, not its e-mail address (an internal id to most readers)
        assertThat(_getFormatted(grid, 0, "actor")).isEqualTo("Đỗ Quốc Bảo");

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
    void theDatePickersSpeakVietnameseInAVietnameseSession() {
        login(SignIn.ADMIN);
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("vi"));
        UI.getCurrent().navigate(AuditLogView.class);
        DatePicker.DatePickerI18n i18n = _get(DatePicker.class, spec -> spec.withId("audit-from")).getI18n();
        assertThat(i18n).isNotNull();
        assertThat(i18n.getMonthNames().get(0)).isEqualTo(java.text.DateFormatSymbols
                .getInstance(java.util.Locale.forLanguageTag("vi")).getMonths()[0]).isNotEqualTo("January");
        assertThat(i18n.getToday()).isEqualTo(translations.get("employee.datePicker.today", java.util.Locale.forLanguageTag("vi")));
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
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

    @Test
    @SuppressWarnings("unchecked")
    void signInsAreOnATabOfTheirOwnApartFromChanges() {
        login(SignIn.ADMIN);
        String name = "audit tabs " + UUID.randomUUID();
        tokens.create(new ApiTokenData(name, Set.of(ApiScope.METRICS_READ), null));
        audit.recordAs(SignIn.MANAGER, AuditAction.SIGN_IN, SignIn.MANAGER, null, "192.0.2.9");

        UI.getCurrent().navigate(AuditLogView.class);
        Grid<AuditEvent> grid = grid();
        // changes first: no sign-in lines
        assertThat(_fetch(grid, 0, Math.min(_size(grid), 200))).noneSatisfy(e -> assertThat(e.action()).startsWith("SIGN_"));
        assertThat(_fetch(grid, 0, Math.min(_size(grid), 200))).anySatisfy(e -> assertThat(e.target()).isEqualTo(name));

        com.vaadin.flow.component.tabs.Tabs tabs = _get(com.vaadin.flow.component.tabs.Tabs.class,
                spec -> spec.withId("audit-tabs"));
        tabs.setSelectedTab(_get(com.vaadin.flow.component.tabs.Tab.class, spec -> spec.withId("audit-tab-sign-ins")));
        assertThat(_fetch(grid, 0, Math.min(_size(grid), 200))).allSatisfy(e -> assertThat(e.action()).startsWith("SIGN_"));
        assertThat(_getFormatted(grid, 0, "actor")).isEqualTo("Lê Quang Minh");
        assertThat(_getFormatted(grid, 0, "target")).isEqualTo("Lê Quang Minh");
        assertThat(((Select<AuditAction>) _get(Select.class, spec -> spec.withId("audit-action"))).getListDataView()
                .getItems().toList()).allSatisfy(a -> assertThat(a.signIn()).isTrue());

        tabs.setSelectedTab(_get(com.vaadin.flow.component.tabs.Tab.class, spec -> spec.withId("audit-tab-all")));
        assertThat(_fetch(grid, 0, Math.min(_size(grid), 500))).anySatisfy(e -> assertThat(e.action()).startsWith("SIGN_"))
                .anySatisfy(e -> assertThat(e.target()).isEqualTo(name));
    }
}
