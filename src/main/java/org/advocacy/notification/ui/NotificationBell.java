package org.advocacy.notification.ui;

import com.vaadin.flow.component.Composite;
import org.springframework.modulith.NamedInterface;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneId;
import java.util.List;
import org.advocacy.kernel.ui.Formats;
import org.advocacy.notification.Notification;
import org.advocacy.notification.NotificationService;

/**
 * The bell in the header: the number of unread notices, and on click a short list of the latest ones (open one
 * to mark it read and go where it points), "mark all read" and a link to the full notifications page.
 */
@NamedInterface("components")
public class NotificationBell extends Composite<Div> {

    static final int LATEST = 8;

    private final NotificationService notifications;
    private final ZoneId zone;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private final Div list = new Div();
    private final Popover popover = new Popover();

    public NotificationBell(NotificationService notifications, ZoneId zone) {
        this.notifications = notifications;
        this.zone = zone;
        Div root = getContent();
        root.addClassName("notification-bell");
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.addClickListener(e -> {
            showList();
            popover.setOpened(true);
        });
        count.setId("notification-count");
        count.addClassName("notification-count");
        count.getElement().getThemeList().add("badge error primary small pill");
        root.add(bell, count);

        popover.setTarget(bell);
        popover.setOpenOnClick(false);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.addThemeVariants(com.vaadin.flow.component.popover.PopoverVariant.ARROW);
        popover.setAriaLabel(getTranslation("notification.centre"));
        list.setId("notification-list");
        list.addClassName("notification-list");
        Button markAll = new Button(getTranslation("notification.markAllRead"), e -> {
            notifications.markAllRead();
            refresh();
            showList();
        });
        markAll.setId("notification-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        RouterLink all = new RouterLink(getTranslation("notification.seeAll"), NotificationsView.class);
        all.setId("notification-see-all");
        all.getElement().addEventListener("click", e -> popover.setOpened(false));
        Div footer = new Div(markAll, all);
        footer.addClassName("notification-footer");
        popover.add(list, footer);
        root.add(popover);
        refresh();
    }

    /** Reads the unread count again (the layout calls this after each navigation). */
    public void refresh() {
        int unread;
        try {
            unread = notifications.unreadCount();
        } catch (org.springframework.dao.DataAccessException | org.springframework.transaction.TransactionException e) {
            // the frame must still show (with the error page inside it) while the database is away
            count.setVisible(false);
            return;
        }
        count.setText(unread > 99 ? "99+" : Integer.toString(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(getTranslation("notification.bell", unread));
        bell.setTooltipText(getTranslation("notification.bell", unread));
    }

    /** The latest notices, unread ones marked. */
    void showList() {
        list.removeAll();
        List<Notification> latest = notifications.mine(0, LATEST);
        if (latest.isEmpty()) {
            list.add(new Paragraph(getTranslation("notification.none")));
        }
        for (Notification n : latest) {
            list.add(row(n));
        }
    }

    private Div row(Notification n) {
        Span text = new Span(getTranslation(n.messageKey(), n.args(getLocale())));
        Span when = new Span(Formats.dateTime(n.createdAt(), zone, getLocale()));
        when.addClassName("notification-when");
        Div row = new Div(text, when);
        row.addClassName("notification-row");
        row.setId("notification-" + n.id());
        if (n.unread()) {
            row.addClassName("unread");
        }
        row.addClickListener(e -> open(n));
        return row;
    }

    void open(Notification n) {
        notifications.markRead(n.id());
        popover.setOpened(false);
        refresh();
        if (n.link() != null && !n.link().isBlank()) {
            UI.getCurrent().navigate(n.link());
        }
    }
}
