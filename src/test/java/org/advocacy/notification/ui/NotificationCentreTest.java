package org.advocacy.notification.ui;

import org.advocacy.kernel.id.AccountId;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.UUID;
import org.advocacy.shell.HomeView;
import org.advocacy.notification.Notification;
import org.advocacy.notification.NotificationPreferences;
import org.advocacy.notification.NotificationService;
import org.advocacy.recognition.ui.RecognitionProfileView;
import org.advocacy.security.internal.UserRepository;
import org.advocacy.test.KaribuTest;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The bell in the header and the full notifications page, browserless. */
class NotificationCentreTest extends KaribuTest {

    @Autowired
    NotificationService notifications;
    @Autowired
    UserRepository users;

    private long notice(String email, String text) {
        long user = users.idOfEmail(email).orElseThrow();
        return notifications.notify(AccountId.of(user), "test.kind", "recognition.notice.received", List.of("Tester", text),
                "recognition/profile", false);
    }

    @Test
    void theBellCountsUnreadNoticesAndOpensOneToItsPage() {
        login(SignIn.EMPLOYEE);
        notifications.markAllRead();
        String text = "bell " + UUID.randomUUID();
        long id = notice(SignIn.EMPLOYEE, text);
        UI.getCurrent().navigate(HomeView.class);
        Span count = _get(Span.class, spec -> spec.withId("notification-count"));
        assertThat(count.isVisible()).isTrue();
        assertThat(count.getText()).isEqualTo("1");

        _click(_get(Button.class, spec -> spec.withId("notification-bell")));
        Div row = _get(Div.class, spec -> spec.withId("notification-" + id));
        assertThat(row.getElement().getTextRecursively()).contains(text).contains("Tester");
        assertThat(row.getClassNames()).contains("unread");
        com.vaadin.flow.component.ComponentUtil.fireEvent(row, new com.vaadin.flow.component.ClickEvent<>(row));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(RecognitionProfileView.class);
        assertThat(count.isVisible()).isFalse();
        assertThat(notifications.mine(0, 20)).filteredOn(n -> n.id() == id).singleElement()
                .satisfies(n -> assertThat(n.unread()).isFalse());
    }

    @Test
    void markAllReadInTheBellClearsTheCount() {
        login(SignIn.EMPLOYEE);
        notice(SignIn.EMPLOYEE, "one");
        notice(SignIn.EMPLOYEE, "two");
        UI.getCurrent().navigate(HomeView.class);
        Span count = _get(Span.class, spec -> spec.withId("notification-count"));
        assertThat(Integer.parseInt(count.getText())).isGreaterThanOrEqualTo(2);
        _click(_get(Button.class, spec -> spec.withId("notification-bell")));
        _click(_get(Button.class, spec -> spec.withId("notification-mark-all")));
        assertThat(count.isVisible()).isFalse();
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    void theFullViewListsNoticesAndKeepsPreferences() {
        login(SignIn.MANAGER);
        String text = "view " + UUID.randomUUID();
        notice(SignIn.MANAGER, text);
        UI.getCurrent().navigate(NotificationsView.class);
        @SuppressWarnings("unchecked")
        Grid<Notification> grid = _get(Grid.class, spec -> spec.withId("notification-grid"));
        assertThat(GridKt._getFormattedRow(grid, 0)).anySatisfy(cell -> assertThat(cell).contains(text));
        assertThat(GridKt._getFormattedRow(grid, 0)).contains(en("notification.unread"));

        Checkbox digest = _get(Checkbox.class, spec -> spec.withId("notification-pref-digest"));
        Checkbox email = _get(Checkbox.class, spec -> spec.withId("notification-pref-email"));
        NotificationPreferences before = notifications.preferences();
        try {
            _setValue(digest, true);
            _setValue(email, false);
            assertThat(notifications.preferences()).isEqualTo(new NotificationPreferences(false, true));
            _setValue(digest, false);
            _setValue(email, true);
            assertThat(notifications.preferences()).isEqualTo(NotificationPreferences.DEFAULT);
        } finally {
            notifications.savePreferences(before); // the demo manager leaves as it came, also when this failed
        }

        _click(_get(Button.class, spec -> spec.withId("notifications-mark-all")));
        assertThat(GridKt._getFormattedRow(grid, 0)).contains(en("notification.read"));
    }

    @Test
    void onAPhoneTheNoticesAreCardsWithTheWholeMessage() {
        login(SignIn.EMPLOYEE);
        String text = "phone " + UUID.randomUUID();
        notice(SignIn.EMPLOYEE, text);
        UI.getCurrent().navigate(NotificationsView.class);
        NotificationsView view = _get(NotificationsView.class);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<org.advocacy.notification.Notification> grid =
                _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("notification-grid"));
        view.phoneLayout(true);
        assertThat(grid.getColumns().stream().filter(c -> c.isVisible()).map(c -> c.getKey()).toList())
                .containsExactly("card");
        com.vaadin.flow.component.Component card = com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "card");
        assertThat(card.getElement().getTextRecursively()).contains(text, en("notification.unread"));
        assertThat(card.getElement().getClassList()).contains("list-card", "unread");
    }
}
