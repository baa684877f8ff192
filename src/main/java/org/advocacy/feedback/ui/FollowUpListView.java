package org.advocacy.feedback.ui;

import com.vaadin.flow.component.Component;
import org.springframework.modulith.NamedInterface;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.advocacy.kernel.ValidationException;
import org.advocacy.kernel.ui.Breakpoint;
import org.advocacy.kernel.ui.Formats;
import org.advocacy.kernel.ui.RelativeTime;
import org.advocacy.feedback.FollowUpItem;
import org.advocacy.feedback.FollowUpNote;
import org.advocacy.feedback.FollowUpService;
import org.advocacy.feedback.FollowUpStatus;
import org.advocacy.feedback.FollowUpVisit;
import org.advocacy.security.CurrentUser;
import org.advocacy.security.PortalUser;
import org.advocacy.security.Role;

/**
 * Follow-up cases of detractors who agreed to be contacted: the branch's managers work them (contacted, resolved,
 * could not reach, with notes, or take one over from a colleague); HR watches them, especially the overdue ones.
 * A case opens with the whole visit, the contact as tap-to-call and tap-to-mail links, the due time in words and
 * the one next step. On a phone the list is one card per case.
 */
@NamedInterface("routes")
@Route("feedback/follow-ups")
@RolesAllowed({"MANAGER", "HR"})
@Menu(title = "nav.followUps", order = 32, icon = "vaadin:phone")
public class FollowUpListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final FollowUpService followUps;
    private final boolean manager;
    private final PortalUser me;
    private final ZoneId zone;
    private final Clock clock;
    private final Grid<FollowUpItem> grid = new Grid<>();
    private final Checkbox overdueOnly = new Checkbox();

    FollowUpListView(FollowUpService followUps, CurrentUser currentUser, org.advocacy.kernel.OrgTimeZone orgZone,
            Clock clock) {
        this.followUps = followUps;
        this.zone = orgZone.zone();
        this.clock = clock;
        this.manager = currentUser.has(Role.MANAGER);
        this.me = currentUser.require();
        addClassName("list-view");
        setSizeFull();
        overdueOnly.setLabel(getTranslation("followUp.overdueOnly"));
        overdueOnly.setId("overdue-only");
        overdueOnly.addValueChangeListener(e -> refresh());
        grid.setId("follow-up-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // fixed widths for the short columns, so what the customer wrote gets the room (no one-word-per-line)
        grid.addColumn(c -> due(c)).setHeader(getTranslation("followUp.due"))
                .setKey("due").setWidth("11em").setFlexGrow(0)
                .setPartNameGenerator(c -> c.overdueAt(now()) ? "overdue" : null);
        // with less room (a tablet, or a laptop beside the open menu): due, then who with branch, score and status
        // in one cell, then the comment; three columns that fit 530 px instead of six that need 890
        grid.addComponentColumn(this::who).setHeader(getTranslation("followUp.contact")).setKey("who")
                .setWidth("12em").setFlexGrow(1).setVisible(false);
        grid.addColumn(FollowUpItem::branchCode).setHeader(getTranslation("praise.branch")).setKey("branch")
                .setWidth("5.5em").setFlexGrow(0);
        grid.addColumn(c -> getTranslation("followUp.status." + c.status())
                + (c.ownerName() == null ? "" : " · " + c.ownerName()))
                .setHeader(getTranslation("followUp.statusHeader")).setKey("status").setWidth("9em").setFlexGrow(0);
        grid.addColumn(FollowUpItem::nps).setHeader(getTranslation("followUp.nps")).setKey("nps").setWidth("5em")
                .setFlexGrow(0);
        grid.addColumn(c -> contact(c)).setHeader(getTranslation("followUp.contact")).setKey("contact")
                .setWidth("11em").setFlexGrow(0);
        grid.addColumn(c -> c.comment() == null ? "" : c.comment()).setHeader(getTranslation("followUp.comment"))
                .setKey("comment").setFlexGrow(1).setWidth("14em");
        grid.addComponentColumn(this::card).setHeader(getTranslation("nav.followUps")).setKey("card").setVisible(false);
        grid.setEmptyStateText(getTranslation("followUp.none"));
        grid.addItemClickListener(e -> open(e.getItem()));
        add(overdueOnly, grid);
        setFlexGrow(1, grid);
        refresh();
        Breakpoint.onResize(this, (window, view) -> layout(window < Breakpoint.PHONE_MAX ? Layout.PHONE
                : view < COMPACT_BELOW ? Layout.COMPACT : Layout.TABLE));
    }

    /**
     * The view's own width (CSS px) under which the six table columns (55.5em, about 890 px, with statuses and contacts
     * wrapping to three lines until there is more room) make way for three (33em): a 1280 px window beside the open
     * menu (about 1020 px) reads better with three; a wider screen gets the table.
     */
    static final int COMPACT_BELOW = 1100;

    enum Layout { PHONE, COMPACT, TABLE }

    private static final java.util.Set<String> COMPACT_COLUMNS = java.util.Set.of("due", "who", "comment");

    /** {@code ?show=overdue} (from the home page's count) starts with the overdue cases only. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean overdue = event.getLocation().getQueryParameters().getSingleParameter("show")
                .filter("overdue"::equals).isPresent();
        if (overdue != overdueOnly.getValue()) {
            overdueOnly.setValue(overdue);
        }
    }

    /** One card per case on a phone, table columns otherwise. */
    void phoneLayout(boolean phone) {
        layout(phone ? Layout.PHONE : Layout.TABLE);
    }

    /** Cards on a phone, three columns where the view is narrow, all six where there is room. */
    void layout(Layout layout) {
        grid.getColumns().forEach(c -> c.setVisible(switch (layout) {
            case PHONE -> "card".equals(c.getKey());
            case COMPACT -> COMPACT_COLUMNS.contains(c.getKey());
            case TABLE -> !"card".equals(c.getKey()) && !"who".equals(c.getKey());
        }));
        grid.getColumnByKey("due").setWidth(layout == Layout.COMPACT ? "9em" : "11em");
        grid.getColumnByKey("comment").setFlexGrow(layout == Layout.COMPACT ? 2 : 1)
                .setWidth(layout == Layout.COMPACT ? "12em" : "14em");
        grid.getElement().getThemeList().set("cards", layout == Layout.PHONE);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    /** "Due in 5 hours" / "Overdue by a day" for open cases, the closing status otherwise. */
    String dueWords(FollowUpItem c) {
        if (!c.open()) {
            return getTranslation("followUp.status." + c.status());
        }
        return RelativeTime.due(this, Duration.between(now(), c.dueAt()));
    }

    /** Open: "Due in 5 hours" and the time; closed: the time it was due (the status column says how it ended). */
    private String due(FollowUpItem c) {
        String at = Formats.dateTime(c.dueAt(), zone, getLocale());
        return c.open() ? dueWords(c) + " · " + at : at;
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

    private Component card(FollowUpItem c) {
        Span due = new Span(dueWords(c));
        due.addClassName("list-card-due");
        if (c.overdueAt(now())) {
            due.addClassName("overdue");
        }
        Span who = new Span(c.contactName() == null ? getTranslation("followUp.customer") : c.contactName());
        who.addClassName("list-card-title");
        Span meta = new Span(c.branchCode() + " · " + getTranslation("followUp.card.nps", c.nps()) + " · "
                + getTranslation("followUp.status." + c.status())
                + (c.ownerName() == null ? "" : " · " + c.ownerName()));
        meta.addClassName("list-card-meta");
        Div card = new Div(due, who, meta);
        if (c.comment() != null && !c.comment().isBlank()) {
            Paragraph text = new Paragraph(c.comment());
            text.addClassNames("list-card-text", "clamp");
            card.add(text);
        }
        card.addClassName("list-card");
        card.setId("follow-up-card-" + c.id());
        return card;
    }

    /** The compact layout's middle cell: who to call, then branch, score, status and who owns the case. */
    private Component who(FollowUpItem c) {
        Span who = new Span(contact(c));
        who.addClassName("list-card-title");
        Span meta = new Span(c.branchCode() + " · " + getTranslation("followUp.card.nps", c.nps()) + " · "
                + getTranslation("followUp.status." + c.status())
                + (c.ownerName() == null ? "" : " · " + c.ownerName()));
        meta.addClassName("list-card-meta");
        Div cell = new Div(who, meta);
        cell.addClassName("list-card");
        cell.addClassName("follow-up-who");
        return cell;
    }

    private void refresh() {
        boolean overdue = overdueOnly.getValue();
        grid.setItems(q -> followUps.list(overdue, q.getOffset(), q.getLimit()).stream(), q -> followUps.count(overdue));
    }

    /** The case: when it is due, the whole visit, how to reach the customer, who has it, and the next step. */
    void open(FollowUpItem c) {
        Locale locale = getLocale();
        Dialog dialog = new Dialog();
        dialog.setId("follow-up-dialog");
        dialog.setWidth("min(40rem, 100vw)");
        dialog.addClassName("follow-up-dialog");
        dialog.setHeaderTitle(getTranslation("followUp.title", c.branchCode(), c.nps()));
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.setSpacing(false);
        body.addClassName("follow-up-body");

        Span due = new Span(c.open() ? dueWords(c) + " · " + Formats.dateTime(c.dueAt(), zone, locale)
                : getTranslation("followUp.status." + c.status()));
        due.setId("follow-up-due");
        due.getElement().getThemeList().add(c.overdueAt(now()) ? "badge error" : c.open() ? "badge" : "badge success");
        body.add(due);

        FollowUpVisit visit = followUps.visit(c.id(), locale);
        body.add(new H4(getTranslation("followUp.visit")));
        Div scores = new Div();
        scores.addClassName("follow-up-scores");
        scores.setId("follow-up-scores");
        scores.add(chip(getTranslation("followUp.score.nps", visit.nps())));
        if (visit.csat() != null) {
            scores.add(chip(getTranslation("followUp.score.csat", visit.csat())));
        }
        if (visit.ces() != null) {
            scores.add(chip(getTranslation("followUp.score.ces", visit.ces())));
        }
        body.add(scores);
        body.add(fact("follow-up-when", getTranslation("followUp.visitedAt"),
                Formats.dateTime(visit.submittedAt(), zone, locale)));
        if (visit.touchpointName() != null || visit.touchpointCode() != null) {
            body.add(fact("follow-up-touchpoint", getTranslation("followUp.touchpoint"),
                    visit.touchpointName() != null ? visit.touchpointName() : visit.touchpointCode()));
        }
        if (visit.employeeName() != null) {
            body.add(fact("follow-up-person", getTranslation("followUp.person"), visit.employeeName()));
        }
        if (visit.comment() != null && !visit.comment().isBlank()) {
            body.add(quote("follow-up-comment", getTranslation("followUp.comment"), visit.comment()));
        }
        if (visit.praise() != null && !visit.praise().isBlank()) {
            body.add(quote("follow-up-praise", getTranslation("followUp.praise"), visit.praise()));
        }

        body.add(new H4(getTranslation("followUp.contact")));
        Div contact = new Div();
        contact.setId("follow-up-contact");
        contact.addClassName("follow-up-contact");
        if (c.contactPhone() == null && c.contactEmail() == null) {
            contact.add(new Span(getTranslation("followUp.contactErased")));
        } else {
            if (c.contactName() != null) {
                Span name = new Span(c.contactName());
                name.addClassName("follow-up-contact-name");
                contact.add(name);
            }
            if (c.contactPhone() != null) {
                Anchor tel = new Anchor("tel:" + c.contactPhone().replaceAll("[^+0-9]", ""), c.contactPhone());
                tel.setId("follow-up-tel");
                tel.addComponentAsFirst(VaadinIcon.PHONE.create());
                contact.add(tel);
            }
            if (c.contactEmail() != null) {
                Anchor mail = new Anchor("mailto:" + c.contactEmail(), c.contactEmail());
                mail.setId("follow-up-mailto");
                mail.addComponentAsFirst(VaadinIcon.ENVELOPE.create());
                contact.add(mail);
            }
        }
        body.add(contact);

        Span owner = new Span(c.ownerName() == null ? getTranslation("followUp.noOwner")
                : getTranslation("followUp.ownedBy", c.ownerName()));
        owner.setId("follow-up-owner");
        body.add(owner);

        List<FollowUpNote> notes = followUps.notes(c.id());
        if (!notes.isEmpty()) {
            body.add(new H4(getTranslation("followUp.notes")));
            for (FollowUpNote n : notes) {
                Paragraph p = new Paragraph(Formats.dateTime(n.createdAt(), zone, locale) + " · " + n.authorName() + ": "
                        + n.note());
                p.addClassName("follow-up-note-line");
                body.add(p);
            }
        }
        dialog.add(body);

        List<Button> quiet = new java.util.ArrayList<>();
        Button primary = null;
        if (manager && c.open()) {
            boolean someoneElse = c.ownerId() != null && c.ownerId() != me.id();
            if (someoneElse) {
                Button take = new Button(getTranslation("followUp.takeOver"), VaadinIcon.HANDS_UP.create(), e -> {
                    try {
                        followUps.take(c.id());
                        dialog.close();
                        Notification.show(getTranslation("followUp.takenOver"));
                        refresh();
                    } catch (ValidationException ex) {
                        Notification.show(getTranslation(ex.messageKey(), ex.args()));
                    }
                });
                take.setId("follow-up-take-over");
                take.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                body.add(new Paragraph(getTranslation("followUp.takeOverHint", c.ownerName())), take);
            }
            FollowUpStatus status = c.status();
            FollowUpStatus next = status == FollowUpStatus.NEW ? FollowUpStatus.CONTACTED : FollowUpStatus.RESOLVED;
            Paragraph step = new Paragraph(getTranslation("followUp.nextStep." + status.name(),
                    c.contactName() == null ? getTranslation("followUp.customer") : c.contactName()));
            step.setId("follow-up-next-step");
            step.addClassName("follow-up-next-step");
            body.add(step);
            TextArea note = new TextArea(getTranslation("followUp.note"));
            note.setId("follow-up-note");
            note.setWidthFull();
            note.setMaxLength(2000);
            note.setPlaceholder(getTranslation("followUp.notePlaceholder"));
            body.add(note);
            for (FollowUpStatus to : status.next()) {
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
                b.setId("follow-up-" + to.name().toLowerCase(Locale.ROOT));
                // one clear next step: the primary button; the other ways out stay quiet
                b.addThemeVariants(to == next ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
                if (to == next) {
                    primary = b;
                } else {
                    quiet.add(b);
                }
            }
        }
        Button close = new Button(getTranslation("common.close"), e -> dialog.close());
        close.setId("follow-up-close");
        dialog.getFooter().add(close);
        quiet.forEach(dialog.getFooter()::add);
        if (primary != null) {
            dialog.getFooter().add(primary);
        }
        dialog.open();
    }

    private static Span chip(String text) {
        Span s = new Span(text);
        s.getElement().getThemeList().add("badge contrast");
        return s;
    }

    private static Div fact(String id, String label, String value) {
        Span l = new Span(label);
        l.addClassName("fact-label");
        Div row = new Div(l, new Span(value));
        row.setId(id);
        row.addClassName("fact-row");
        return row;
    }

    private static Div quote(String id, String label, String text) {
        Span l = new Span(label);
        l.addClassName("fact-label");
        Paragraph p = new Paragraph(text);
        p.addClassName("follow-up-quote");
        Div box = new Div(l, p);
        box.setId(id);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.followUps");
    }
}
