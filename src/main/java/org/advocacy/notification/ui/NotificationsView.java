package org.advocacy.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.advocacy.kernel.OrgTimeZone;
import org.advocacy.kernel.ui.Breakpoint;
import org.advocacy.kernel.ui.Formats;
import org.advocacy.notification.Notification;
import org.advocacy.notification.NotificationPreferences;
import org.advocacy.notification.NotificationService;

/**
 * Everything that concerned the user, newest first and page by page: open a notice to mark it read and go to
 * it, mark all read, and choose e-mails as they happen and/or a weekly digest.
 */
@Route("notifications")
@PermitAll
@Menu(title = "nav.notifications", order = 49, icon = "vaadin:bell")
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final NotificationService notifications;
    private final Grid<Notification> grid = new Grid<>();

    NotificationsView(NotificationService notifications, OrgTimeZone zone) {
        this.notifications = notifications;
        addClassName("list-view");
        setSizeFull();

        NotificationPreferences prefs = notifications.preferences();
        Checkbox email = new Checkbox(getTranslation("notification.pref.email"), prefs.email());
        email.setId("notification-pref-email");
        Checkbox digest = new Checkbox(getTranslation("notification.pref.digest"), prefs.weeklyDigest());
        digest.setId("notification-pref-digest");
        Runnable save = () -> {
            notifications.savePreferences(new NotificationPreferences(email.getValue(), digest.getValue()));
            com.vaadin.flow.component.notification.Notification.show(getTranslation("common.saved"), 2000,
                    com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START);
        };
        email.addValueChangeListener(e -> save.run());
        digest.addValueChangeListener(e -> save.run());
        if (!notifications.mailEnabled()) {
            email.setHelperText(getTranslation("notification.pref.mailOff"));
        }

        Button markAll = new Button(getTranslation("notification.markAllRead"), VaadinIcon.CHECK.create(), e -> {
            notifications.markAllRead();
            grid.getDataProvider().refreshAll();
        });
        markAll.setId("notifications-mark-all");
        Div spacer = new Div();
        spacer.addClassName("toolbar-spacer");
        HorizontalLayout toolbar = new HorizontalLayout(email, digest, spacer, markAll);
        toolbar.addClassName("list-toolbar");

        grid.setId("notification-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(n -> getTranslation(n.messageKey(), n.args(getLocale())))
                .setHeader(getTranslation("notification.message")).setKey("message").setFlexGrow(1);
        grid.addColumn(n -> Formats.dateTime(n.createdAt(), zone.zone(), getLocale()))
                .setHeader(getTranslation("notification.when")).setKey("when").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(n -> getTranslation(n.unread() ? "notification.unread" : "notification.read"))
                .setHeader(getTranslation("notification.status")).setKey("status").setAutoWidth(true).setFlexGrow(0);
        // on a phone one line per notice: the message in full, when, and a dot while unread
        grid.addComponentColumn(n -> card(n, zone)).setHeader(getTranslation("notification.message")).setKey("card")
                .setVisible(false);
        grid.setPartNameGenerator(n -> n.unread() ? "unread" : null);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setItems(q -> notifications.mine(q.getOffset(), q.getLimit()).stream(), q -> notifications.countMine());
        grid.setEmptyStateText(getTranslation("notification.none"));
        add(toolbar, grid);
        setFlexGrow(1, grid);
        Breakpoint.onPhone(this, this::phoneLayout);
    }

    /** A list of cards on a phone, table columns otherwise. */
    void phoneLayout(boolean phone) {
        grid.getColumns().forEach(c -> c.setVisible("card".equals(c.getKey()) == phone));
        grid.getElement().getThemeList().set("cards", phone);
    }

    private Component card(Notification n, OrgTimeZone zone) {
        Span message = new Span(getTranslation(n.messageKey(), n.args(getLocale())));
        message.addClassName("list-card-text");
        Span when = new Span(Formats.dateTime(n.createdAt(), zone.zone(), getLocale()) + " · "
                + getTranslation(n.unread() ? "notification.unread" : "notification.read"));
        when.addClassName("list-card-meta");
        Div card = new Div(message, when);
        card.addClassName("list-card");
        if (n.unread()) {
            card.addClassName("unread");
        }
        return card;
    }

    void open(Notification n) {
        notifications.markRead(n.id());
        if (n.link() != null && !n.link().isBlank()) {
            getUI().ifPresent(ui -> ui.navigate(n.link()));
        } else {
            grid.getDataProvider().refreshAll();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.notifications");
    }
}
