package org.advocacy.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.advocacy.base.ValidationException;
import org.advocacy.base.ui.Formats;
import org.advocacy.feedback.FollowUpItem;
import org.advocacy.feedback.FollowUpNote;
import org.advocacy.feedback.FollowUpService;
import org.advocacy.feedback.FollowUpStatus;
import org.advocacy.security.CurrentUser;
import org.advocacy.security.Role;

/**
 * Follow-up cases of detractors who agreed to be contacted: the branch's managers work them (contacted, resolved,
 * could not reach, with notes); HR watches them, especially the overdue ones.
 */
@Route("feedback/follow-ups")
@RolesAllowed({"MANAGER", "HR"})
@Menu(title = "nav.followUps", order = 32, icon = "vaadin:phone")
public class FollowUpListView extends VerticalLayout implements HasDynamicTitle {

    private final FollowUpService followUps;
    private final boolean manager;
    private final ZoneId zone;
    private final Grid<FollowUpItem> grid = new Grid<>();
    private final Checkbox overdueOnly = new Checkbox();

    FollowUpListView(FollowUpService followUps, CurrentUser currentUser, org.advocacy.base.OrgTimeZone orgZone) {
        this.followUps = followUps;
        this.zone = orgZone.zone();
        this.manager = currentUser.has(Role.MANAGER);
        addClassName("list-view");
        setSizeFull();
        overdueOnly.setLabel(getTranslation("followUp.overdueOnly"));
        overdueOnly.setId("overdue-only");
        overdueOnly.addValueChangeListener(e -> refresh());
        grid.setId("follow-up-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        grid.addColumn(c -> Formats.dateTime(c.dueAt(), zone, getLocale())).setHeader(getTranslation("followUp.due"))
                .setKey("due").setAutoWidth(true).setFlexGrow(0)
                .setPartNameGenerator(c -> c.overdueAt(now) ? "overdue" : null);
        grid.addColumn(FollowUpItem::branchCode).setHeader(getTranslation("praise.branch")).setKey("branch").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> getTranslation("followUp.status." + c.status()) + (c.overdueAt(now) ? " · "
                + getTranslation("followUp.overdue") : "")).setHeader(getTranslation("followUp.statusHeader")).setKey("status")
                .setAutoWidth(true);
        grid.addColumn(FollowUpItem::nps).setHeader(getTranslation("followUp.nps")).setKey("nps").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.comment() == null ? "" : c.comment()).setHeader(getTranslation("followUp.comment"))
                .setKey("comment").setFlexGrow(1);
        grid.addColumn(c -> contact(c)).setHeader(getTranslation("followUp.contact")).setKey("contact").setAutoWidth(true);
        grid.addColumn(c -> c.ownerName() == null ? "" : c.ownerName()).setHeader(getTranslation("followUp.owner"))
                .setKey("owner").setAutoWidth(true);
        grid.addItemClickListener(e -> open(e.getItem()));
        add(overdueOnly, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private String contact(FollowUpItem c) {
        if (c.contactPhone() == null && c.contactEmail() == null) {
            return getTranslation("followUp.contactErased");
        }
        StringBuilder s = new StringBuilder(c.contactName() == null ? "" : c.contactName());
        for (String part : new String[] {c.contactPhone(), c.contactEmail()}) {
            if (part != null) {
                s.append(s.isEmpty() ? "" : " · ").append(part);
            }
        }
        return s.toString();
    }

    private void refresh() {
        boolean overdue = overdueOnly.getValue();
        grid.setItems(q -> followUps.list(overdue, q.getOffset(), q.getLimit()).stream(), q -> followUps.count(overdue));
    }

    void open(FollowUpItem c) {
        Dialog dialog = new Dialog();
        dialog.setId("follow-up-dialog");
        dialog.setHeaderTitle(getTranslation("followUp.title", c.branchCode(), c.nps()));
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.add(new Paragraph(c.comment() == null ? "" : c.comment()), new Span(contact(c)));
        for (FollowUpNote n : followUps.notes(c.id())) {
            body.add(new Paragraph(Formats.dateTime(n.createdAt(), zone, getLocale()) + " · " + n.authorName() + ": "
                    + n.note()));
        }
        dialog.add(body);
        if (manager && c.open()) {
            TextArea note = new TextArea(getTranslation("followUp.note"));
            note.setId("follow-up-note");
            note.setWidthFull();
            note.setMaxLength(2000);
            body.add(note);
            for (FollowUpStatus to : FollowUpStatus.valueOf(c.status()).next()) {
                Button b = new Button(getTranslation("followUp.to." + to.name()), e -> {
                    try {
                        followUps.move(c.id(), to, note.getValue());
                        dialog.close();
                        Notification.show(getTranslation("followUp.saved"));
                        refresh();
                    } catch (ValidationException ex) {
                        note.setInvalid(true);
                        note.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                    }
                });
                b.setId("follow-up-" + to.name().toLowerCase(java.util.Locale.ROOT));
                b.addThemeVariants(to == FollowUpStatus.RESOLVED ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
                dialog.getFooter().add(b);
            }
        }
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.followUps");
    }
}
