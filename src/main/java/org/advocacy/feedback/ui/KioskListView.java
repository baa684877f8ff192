package org.advocacy.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import org.advocacy.base.OrgTimeZone;
import org.advocacy.base.ValidationException;
import org.advocacy.base.ui.Formats;
import org.advocacy.feedback.FeedbackService;
import org.advocacy.feedback.KioskDevice;
import org.advocacy.feedback.KioskService;
import org.advocacy.feedback.NewKiosk;
import org.advocacy.feedback.StaffChoice;
import org.advocacy.feedback.StaffChoiceService;
import org.advocacy.feedback.StaffSetting;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import org.advocacy.org.Branch;
import org.advocacy.org.OrgService;
import org.springframework.beans.factory.annotation.Value;

/**
 * A manager's printables and devices for their branches: the branch poster (PDF) and QR code, a badge QR code per
 * employee (opens the form with that person preselected), and kiosk device links to create and revoke.
 */
@Route("feedback/kiosks")
@RolesAllowed("MANAGER")
@Menu(title = "nav.kiosks", order = 34, icon = "vaadin:qrcode")
public class KioskListView extends VerticalLayout implements HasDynamicTitle {

    private final KioskService kiosks;
    private final FeedbackService feedback;
    private final String publicUrl;
    private final ZoneId zone;
    private final Select<Branch> branch = new Select<>();
    private final HorizontalLayout printables = new HorizontalLayout();
    private final Select<StaffChoice> person = new Select<>();
    private final Anchor badge = new Anchor();
    private final Grid<KioskDevice> grid = new Grid<>();
    private final Grid<StaffSetting> staff = new Grid<>();
    private final Span newLink = new Span();
    private final StaffChoiceService staffChoices;

    KioskListView(KioskService kiosks, FeedbackService feedback, StaffChoiceService staffChoices, OrgService org,
            OrgTimeZone zone, @Value("${app.public-url}") String publicUrl) {
        this.kiosks = kiosks;
        this.feedback = feedback;
        this.staffChoices = staffChoices;
        this.zone = zone.zone();
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        addClassName("list-view");
        List<Branch> branches = org.branchesInScope().stream().filter(Branch::active).toList();
        branch.setId("kiosk-branch");
        branch.setLabel(getTranslation("praise.branch"));
        branch.setItems(branches);
        branch.setItemLabelGenerator(b -> b.code() + " · " + b.name());
        branch.addValueChangeListener(e -> showBranch());

        person.setId("badge-person");
        person.setLabel(getTranslation("kiosk.badge"));
        person.setItemLabelGenerator(StaffChoice::displayName);
        person.addValueChangeListener(e -> showBadge());
        badge.setId("badge-qr");
        badge.setTarget("_blank");
        HorizontalLayout badges = new HorizontalLayout(person, badge);
        badges.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        TextField name = new TextField(getTranslation("kiosk.name"));
        name.setId("kiosk-name");
        name.setMaxLength(80);
        Button create = new Button(getTranslation("kiosk.create"), VaadinIcon.TABLET.create(), e -> {
            try {
                NewKiosk k = kiosks.create(branch.getValue().id(), name.getValue());
                newLink.setText(getTranslation("kiosk.created", this.publicUrl + k.path()));
                name.clear();
                name.setInvalid(false);
                refresh();
            } catch (ValidationException ex) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        create.setId("kiosk-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout createRow = new HorizontalLayout(name, create);
        createRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        newLink.setId("kiosk-new-link");
        newLink.addClassName("kiosk-new-link");

        grid.setId("kiosk-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(KioskDevice::branchCode).setHeader(getTranslation("praise.branch")).setKey("branch").setAutoWidth(true);
        grid.addColumn(KioskDevice::name).setHeader(getTranslation("kiosk.name")).setKey("name").setFlexGrow(1);
        grid.addColumn(k -> Formats.dateTime(k.createdAt(), this.zone, getLocale())).setHeader(getTranslation("kiosk.createdAt"))
                .setKey("created").setAutoWidth(true);
        grid.addColumn(k -> k.active() ? getTranslation("kiosk.active")
                : getTranslation("kiosk.revokedAt", Formats.dateTime(k.revokedAt(), this.zone, getLocale())))
                .setHeader(getTranslation("followUp.statusHeader")).setKey("status").setAutoWidth(true);
        grid.addComponentColumn(k -> {
            Button revoke = new Button(getTranslation("kiosk.revoke"), e -> {
                kiosks.revoke(k.id());
                refresh();
            });
            revoke.setId("kiosk-revoke-" + k.id());
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            revoke.setEnabled(k.active());
            return revoke;
        }).setHeader(getTranslation("common.actions")).setKey("actions").setAutoWidth(true);

        // who the form offers: the manager ticks the customer-facing people (defaults: all but managers and office roles)
        staff.setId("staff-grid");
        staff.addThemeVariants(GridVariant.LUMO_COMPACT);
        staff.setAllRowsVisible(false);
        staff.setHeight("22rem");
        staff.addColumn(StaffSetting::fullName).setHeader(getTranslation("employee.fullName")).setKey("name")
                .setFlexGrow(1);
        staff.addColumn(StaffSetting::jobTitle).setHeader(getTranslation("kiosk.staff.jobTitle")).setKey("title")
                .setAutoWidth(true);
        staff.addComponentColumn(s -> {
            Checkbox box = new Checkbox(s.customerFacing());
            box.setId("staff-facing-" + s.employeeId());
            box.setAriaLabel(getTranslation("kiosk.staff.offered") + " " + s.fullName());
            box.addValueChangeListener(e -> {
                if (e.isFromClient() || e.getValue() != s.customerFacing()) {
                    staffChoices.setCustomerFacing(branch.getValue().id(), s.employeeId(), e.getValue());
                    showBranch();
                }
            });
            return box;
        }).setHeader(getTranslation("kiosk.staff.offered")).setKey("offered").setAutoWidth(true);
        staff.addColumn(s -> getTranslation(s.byDefault() ? "kiosk.staff.defaultYes" : "kiosk.staff.defaultNo"))
                .setHeader(getTranslation("kiosk.staff.default")).setKey("default").setAutoWidth(true);

        add(branch, new H3(getTranslation("kiosk.printables")), printables, badges,
                new H3(getTranslation("kiosk.staff.title")), new Paragraph(getTranslation("kiosk.staff.intro")), staff,
                new H3(getTranslation("kiosk.devices")), createRow, newLink, grid);
        if (!branches.isEmpty()) {
            branch.setValue(branches.get(0));
        }
        refresh();
    }

    private void showBranch() {
        printables.removeAll();
        Branch b = branch.getValue();
        if (b == null) {
            return;
        }
        Anchor poster = new Anchor("/f/" + b.code() + "/poster.pdf?lang=" + getLocale().getLanguage(),
                getTranslation("kiosk.poster"));
        poster.setId("poster-link");
        poster.setTarget("_blank");
        Anchor qr = new Anchor("/f/" + b.code() + "/qr.png?size=600", getTranslation("kiosk.qr"));
        qr.setId("qr-link");
        qr.setTarget("_blank");
        Anchor form = new Anchor("/f/" + b.code(), getTranslation("kiosk.openForm"));
        form.setTarget("_blank");
        printables.add(poster, qr, form);
        person.setItems(feedback.staffOf(b.id()));
        person.clear();
        showBadge();
        staff.setItems(staffChoices.settings(b.id()));
    }

    private void showBadge() {
        StaffChoice p = person.getValue();
        Branch b = branch.getValue();
        badge.setVisible(p != null && b != null);
        if (p != null && b != null) {
            badge.setHref("/f/" + b.code() + "/qr.png?e=" + p.token());
            badge.setText(getTranslation("kiosk.badgeLink", p.displayName()));
        }
    }

    private void refresh() {
        grid.setItems(kiosks.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.kiosks");
    }
}
