package org.advocacy.feedback.ui;

import com.vaadin.flow.component.Component;
import org.springframework.modulith.NamedInterface;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.advocacy.kernel.ValidationException;
import org.advocacy.kernel.ui.Breakpoint;
import org.advocacy.kernel.ui.Formats;
import org.advocacy.feedback.PraiseItem;
import org.advocacy.feedback.PraiseService;

/** The branch manager's queue of customer praise naming an employee: approve it, or hide it with a reason. */
@NamedInterface("routes")
@Route("feedback/moderation")
@RolesAllowed("MANAGER")
@Menu(title = "nav.praiseModeration", order = 30, icon = "vaadin:check-square-o")
public class PraiseModerationView extends VerticalLayout implements HasDynamicTitle {

    private final PraiseService praise;
    private final Grid<PraiseItem> grid = new Grid<>();

    PraiseModerationView(PraiseService praise) {
        this.praise = praise;
        addClassName("list-view");
        setSizeFull();
        Span intro = new Span(getTranslation("praise.moderation.intro"));
        grid.setId("moderation-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(p -> Formats.date(p.date(), getLocale())).setHeader(getTranslation("praise.date")).setKey("date")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PraiseItem::branchCode).setHeader(getTranslation("praise.branch")).setKey("branch").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(PraiseItem::employeeName).setHeader(getTranslation("praise.employee")).setKey("employee")
                .setAutoWidth(true);
        grid.addColumn(PraiseItem::praise).setHeader(getTranslation("praise.text")).setKey("praise").setFlexGrow(1);
        grid.addComponentColumn(p -> actions(p, false)).setHeader(getTranslation("common.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0);
        // on a phone one card per praise: who, where, the text, and the two buttons full width at the bottom
        grid.addComponentColumn(this::card).setHeader(getTranslation("praise.text")).setKey("card").setVisible(false);
        grid.setEmptyStateText(getTranslation("praise.moderation.empty"));
        add(intro, grid);
        setFlexGrow(1, grid);
        refresh();
        Breakpoint.onPhone(this, this::phoneLayout);
    }

    /** Cards on a phone, table columns otherwise. */
    void phoneLayout(boolean phone) {
        grid.getColumns().forEach(c -> c.setVisible("card".equals(c.getKey()) == phone));
        grid.getElement().getThemeList().set("cards", phone);
    }

    private Component actions(PraiseItem p, boolean large) {
        Button approve = new Button(getTranslation("praise.approve"), VaadinIcon.CHECK.create(), e -> approve(p));
        approve.setId((large ? "card-approve-" : "approve-") + p.id());
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        Button hide = new Button(getTranslation("praise.hide"), VaadinIcon.EYE_SLASH.create(), e -> hide(p));
        hide.setId((large ? "card-hide-" : "hide-") + p.id());
        hide.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (large) {
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            hide.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            HorizontalLayout row = new HorizontalLayout(hide, approve);
            row.addClassName("card-actions");
            row.setWidthFull();
            row.setFlexGrow(1, hide, approve);
            return row;
        }
        approve.addThemeVariants(ButtonVariant.LUMO_SMALL);
        hide.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(approve, hide);
    }

    private Component card(PraiseItem p) {
        Span who = new Span(p.employeeName());
        who.addClassName("list-card-title");
        Span where = new Span(p.branchCode() + " · " + Formats.date(p.date(), getLocale()) + " · "
                + getTranslation("praise.card.nps", p.nps()));
        where.addClassName("list-card-meta");
        Paragraph text = new Paragraph(p.praise());
        text.addClassName("list-card-text");
        Div card = new Div(who, where, text, actions(p, true));
        card.addClassName("list-card");
        card.setId("praise-card-" + p.id());
        return card;
    }

    private void refresh() {
        grid.setItems(q -> praise.pending(q.getOffset(), q.getLimit()).stream(), q -> praise.pendingCount());
    }

    void approve(PraiseItem p) {
        try {
            praise.approve(p.id());
            Notification.show(getTranslation("praise.approved", p.employeeName()));
        } catch (ValidationException e) {
            Notification.show(getTranslation(e.messageKey(), e.args()));
        }
        refresh();
    }

    void hide(PraiseItem p) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("praise.hideTitle"));
        TextArea reason = new TextArea(getTranslation("praise.reason"));
        reason.setId("hide-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("praise.hide"), e -> {
            try {
                praise.hide(p.id(), reason.getValue());
                dialog.close();
                Notification.show(getTranslation("praise.hidden"));
                refresh();
            } catch (ValidationException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        confirm.setId("hide-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> dialog.close());
        dialog.setWidth("min(32rem, 100vw)");
        dialog.add(new Span(p.praise()), reason);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.praiseModeration");
    }
}
