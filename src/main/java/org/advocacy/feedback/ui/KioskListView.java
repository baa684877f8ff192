package org.advocacy.feedback.ui;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.clipboard.Clipboard;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
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
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.advocacy.kernel.OrgTimeZone;
import org.advocacy.kernel.ValidationException;
import org.advocacy.kernel.ui.FormNotices;
import org.advocacy.kernel.ui.Formats;
import org.advocacy.kernel.i18n.Translations;
import org.advocacy.feedback.FeedbackService;
import org.advocacy.feedback.KioskDevice;
import org.advocacy.feedback.KioskService;
import org.advocacy.feedback.NewKiosk;
import org.advocacy.feedback.StaffChoice;
import org.advocacy.feedback.StaffChoiceService;
import org.advocacy.feedback.StaffSetting;
import org.advocacy.feedback.web.QrCodes;
import org.advocacy.org.Branch;
import org.advocacy.org.EmployeePhotoService;
import org.advocacy.org.OrgService;
import org.advocacy.org.ui.PersonAvatar;
import org.advocacy.org.ui.PhotoEditor;
import org.advocacy.security.CurrentUser;
import org.advocacy.security.Role;
import org.advocacy.settings.PublicAddressService;
import org.advocacy.settings.ui.PublicAddressForm;

/**
 * A manager's printables and devices for their branches: the branch poster (PDF, in the language chosen) and QR
 * code, badge QR codes one by one or all on one PDF sheet, kiosk device links (with a QR code for the tablet) to
 * create and revoke, who the form offers and their photos, and the branch's public review page. Says plainly when
 * the printed public address is one only this computer can open, and lets an administrator set it in place.
 */
@Route("feedback/kiosks")
@RolesAllowed("MANAGER")
@Menu(title = "nav.kiosks", order = 34, icon = "vaadin:qrcode")
public class KioskListView extends VerticalLayout implements HasDynamicTitle {

    private final KioskService kiosks;
    private final FeedbackService feedback;
    private final EmployeePhotoService photos;
    private final PublicAddressService address;
    private final boolean admin;
    private final Div publicUrlNotice = new Div();
    private final ZoneId zone;
    private final Select<Branch> branch = new Select<>();
    private final Select<Locale> posterLanguage = new Select<>();
    private final HorizontalLayout printables = new HorizontalLayout();
    private final Select<StaffChoice> person = new Select<>();
    private final Anchor badge = new Anchor();
    private final TextField reviewUrl = new TextField();
    private final Grid<KioskDevice> grid = new Grid<>();
    private final Grid<StaffSetting> staff = new Grid<>();
    private final Div newKiosk = new Div();
    private final StaffChoiceService staffChoices;
    private Map<Long, Integer> photoVersions = Map.of();

    KioskListView(KioskService kiosks, FeedbackService feedback, StaffChoiceService staffChoices, OrgService org,
            EmployeePhotoService photos, OrgTimeZone zone, PublicAddressService address, CurrentUser currentUser) {
        this.kiosks = kiosks;
        this.feedback = feedback;
        this.staffChoices = staffChoices;
        this.photos = photos;
        this.zone = zone.zone();
        this.address = address;
        this.admin = currentUser.has(Role.ADMIN);
        addClassName("list-view");
        addClassName("kiosk-list-view");
        List<Branch> branches = org.branchesInScope().stream().filter(Branch::active).toList();
        branch.setId("kiosk-branch");
        branch.setWidth("min(100%, 26em)");
        branch.setLabel(getTranslation("praise.branch"));
        branch.setItems(branches);
        branch.setItemLabelGenerator(b -> b.code() + " · " + b.name());
        branch.addValueChangeListener(e -> showBranch());

        posterLanguage.setId("poster-language");
        posterLanguage.setLabel(getTranslation("kiosk.posterLanguage"));
        posterLanguage.setItems(Translations.VIETNAMESE, Translations.ENGLISH);
        posterLanguage.setItemLabelGenerator(l -> getTranslation("kiosk.language." + l.getLanguage()));
        posterLanguage.setValue(Translations.VIETNAMESE); // the customers' language unless the manager picks another
        posterLanguage.addValueChangeListener(e -> showBranch());

        person.setId("badge-person");
        person.setWidth("min(100%, 20em)");
        person.setLabel(getTranslation("kiosk.badge"));
        person.setItemLabelGenerator(StaffChoice::displayName);
        person.addValueChangeListener(e -> showBadge());
        badge.setId("badge-qr");
        badge.setTarget("_blank");
        HorizontalLayout badges = new HorizontalLayout(person, badge);
        badges.addClassName("list-toolbar");
        badges.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        reviewUrl.setId("review-url");
        reviewUrl.setLabel(getTranslation("kiosk.reviewUrl"));
        reviewUrl.setHelperText(getTranslation("kiosk.reviewUrl.help"));
        reviewUrl.setMaxLength(KioskService.REVIEW_URL_MAX);
        reviewUrl.setClearButtonVisible(true);
        reviewUrl.setWidthFull();
        Button saveReview = new Button(getTranslation("kiosk.reviewUrl.save"), e -> saveReviewUrl());
        saveReview.setId("review-url-save");
        HorizontalLayout reviewRow = new HorizontalLayout(reviewUrl, saveReview);
        reviewRow.addClassName("list-toolbar");
        reviewRow.setWidthFull();
        reviewRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        TextField name = new TextField(getTranslation("kiosk.name"));
        name.setId("kiosk-name");
        name.setMaxLength(80);
        Button create = new Button(getTranslation("kiosk.create"), VaadinIcon.TABLET.create(), e -> {
            try {
                NewKiosk k = kiosks.create(branch.getValue().id(), name.getValue());
                showNewKiosk(address.url() + k.path());
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
        createRow.addClassName("list-toolbar");
        createRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        newKiosk.setId("kiosk-new");
        newKiosk.addClassName("kiosk-new");
        newKiosk.setVisible(false);

        grid.setId("kiosk-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        // one cell with the name over branch, creation and status: readable on a phone without sideways scrolling
        grid.addComponentColumn(k -> {
            Div who = new Div();
            who.addClassName("staff-who");
            Span title = new Span(k.name());
            title.addClassName("staff-name");
            Span more = new Span(k.branchCode() + " · " + getTranslation("kiosk.createdAt") + " "
                    + Formats.dateTime(k.createdAt(), this.zone, getLocale()) + " · " + (k.active()
                    ? getTranslation("kiosk.active")
                    : getTranslation("kiosk.revokedAt", Formats.dateTime(k.revokedAt(), this.zone, getLocale()))));
            more.addClassName("staff-more");
            who.add(title, more);
            return who;
        }).setHeader(getTranslation("kiosk.name")).setKey("name").setFlexGrow(1);
        grid.addComponentColumn(k -> {
            Button revoke = new Button(getTranslation("kiosk.revoke"), e -> {
                kiosks.revoke(k.id());
                refresh();
            });
            revoke.setId("kiosk-revoke-" + k.id());
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            revoke.setEnabled(k.active());
            return revoke;
        }).setHeader(getTranslation("common.actions")).setKey("actions").setAutoWidth(true).setFlexGrow(0);

        // who the form offers: the manager ticks the customer-facing people (defaults: all but managers and office roles)
        staff.setId("staff-grid");
        staff.addThemeVariants(GridVariant.LUMO_COMPACT);
        staff.setAllRowsVisible(false);
        staff.setHeight("22rem");
        staff.addComponentColumn(s -> {
            Avatar a = PersonAvatar.of(photos, s.employeeId(), s.fullName(), photoVersions);
            Button edit = new Button(a, e -> editPhoto(s));
            edit.setId("staff-photo-" + s.employeeId());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.setAriaLabel(getTranslation("kiosk.staff.photoTitle", s.fullName()));
            edit.setTooltipText(getTranslation("kiosk.staff.photoTitle", s.fullName()));
            return edit;
        }).setHeader(getTranslation("kiosk.staff.photo")).setKey("photo").setAutoWidth(true).setFlexGrow(0);
        // name, job title and the default in one cell, so a phone shows the whole row without sideways scrolling
        staff.addComponentColumn(s -> {
            Div who = new Div();
            who.addClassName("staff-who");
            Span fullName = new Span(s.fullName());
            fullName.addClassName("staff-name");
            Span more = new Span(s.jobTitle() + " · " + getTranslation("kiosk.staff.default") + ": "
                    + getTranslation(s.byDefault() ? "kiosk.staff.defaultYes" : "kiosk.staff.defaultNo"));
            more.addClassName("staff-more");
            who.add(fullName, more);
            return who;
        }).setHeader(getTranslation("employee.fullName")).setKey("name").setFlexGrow(1);
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
        }).setHeader(getTranslation("kiosk.staff.offered")).setKey("offered").setAutoWidth(true).setFlexGrow(0);

        showPublicUrlNotice();
        add(publicUrlNotice, branch, new H3(getTranslation("kiosk.printables")), posterLanguage, printables, badges,
                reviewRow, new H3(getTranslation("kiosk.staff.title")), new Paragraph(getTranslation("kiosk.staff.intro")),
                staff, new H3(getTranslation("kiosk.devices")), createRow, newKiosk, grid);
        if (!branches.isEmpty()) {
            branch.setValue(branches.get(0));
        }
        refresh();
    }

    /**
     * Where the printed links point. A loopback address is said plainly; an administrator gets the form to set the
     * public address right here, a manager is told whom to ask.
     */
    private void showPublicUrlNotice() {
        Div notice = publicUrlNotice;
        notice.removeAll();
        notice.setId("public-url-notice");
        String url = address.url();
        boolean loopback = PublicAddressService.isLoopback(url);
        notice.setClassName("public-url-warning", loopback);
        notice.setClassName("public-url-ok", !loopback);
        if (loopback) {
            Paragraph what = new Paragraph(getTranslation("kiosk.publicUrl.loopback", url));
            what.addClassName("public-url-what");
            notice.add(what);
            if (admin) {
                notice.add(new PublicAddressForm(address, zone, a -> showPublicUrlNotice()));
            } else {
                notice.add(new Paragraph(getTranslation("kiosk.publicUrl.howTo")));
            }
        } else {
            notice.add(new Span(getTranslation("kiosk.publicUrl.ok", url)));
        }
    }

    private void showBranch() {
        printables.removeAll();
        Branch b = branch.getValue();
        if (b == null) {
            return;
        }
        Locale posterLocale = posterLanguage.getValue() == null ? Translations.VIETNAMESE : posterLanguage.getValue();
        Anchor poster = new Anchor("/f/" + b.code() + "/poster.pdf?lang=" + posterLocale.getLanguage(),
                getTranslation("kiosk.poster"));
        poster.setId("poster-link");
        poster.setTarget("_blank");
        Anchor qr = new Anchor("/f/" + b.code() + "/qr.png?size=600", getTranslation("kiosk.qr"));
        qr.setId("qr-link");
        qr.setTarget("_blank");
        Anchor sheet = new Anchor(badgeSheet(b, posterLocale), getTranslation("kiosk.badgeSheet"));
        sheet.setId("badge-sheet");
        sheet.setTarget(AnchorTarget.BLANK);
        Anchor form = new Anchor("/f/" + b.code() + "?lang=" + posterLocale.getLanguage(), getTranslation("kiosk.openForm"));
        form.setId("form-link");
        form.setTarget("_blank");
        printables.addClassName("list-toolbar");
        printables.add(poster, qr, sheet, form);
        person.setItems(feedback.staffOf(b.id()));
        person.clear();
        showBadge();
        List<StaffSetting> people = staffChoices.settings(b.id());
        photoVersions = photos.versions(people.stream().map(StaffSetting::employeeId).toList());
        staff.setItems(people);
        reviewUrl.setValue(kiosks.reviewUrl(b.id()).orElse(""));
        reviewUrl.setInvalid(false);
    }

    /** One A4 sheet (or more) with the badge QR code of every person the form offers, in the poster's language. */
    private DownloadHandler badgeSheet(Branch b, Locale locale) {
        return DownloadHandler.fromInputStream(event -> {
            List<QrCodes.Badge> cards = feedback.staffOf(b.id()).stream().map(s -> new QrCodes.Badge(s.displayName(),
                    getTranslation(locale, "feedback.poster.badge", s.givenName()),
                    address.url() + "/f/" + b.code() + "?e=" + s.token())).toList();
            byte[] pdf = QrCodes.badgeSheet(feedback.brand(), b.name(), cards);
            return new DownloadResponse(new ByteArrayInputStream(pdf),
                    getTranslation("kiosk.badgeSheet.file", b.code()), "application/pdf", pdf.length);
        });
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

    private void saveReviewUrl() {
        Branch b = branch.getValue();
        if (b == null) {
            return;
        }
        try {
            boolean set = kiosks.setReviewUrl(b.id(), reviewUrl.getValue()).isPresent();
            reviewUrl.setInvalid(false);
            FormNotices.success(getTranslation(set ? "kiosk.reviewUrl.saved" : "kiosk.reviewUrl.removed"));
        } catch (ValidationException e) {
            reviewUrl.setErrorMessage(getTranslation(e.messageKey(), e.args()));
            reviewUrl.setInvalid(true);
        }
    }

    /** The new kiosk's link, shown once: a QR code for the tablet to scan, the link itself and a copy button. */
    private void showNewKiosk(String url) {
        newKiosk.removeAll();
        byte[] png = QrCodes.png(url, 480);
        Image qr = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(png),
                "kiosk-qr.png", "image/png", png.length)), getTranslation("kiosk.link.qrAlt"));
        qr.setId("kiosk-new-qr");
        qr.addClassName("kiosk-new-qr");
        TextField link = new TextField(getTranslation("kiosk.link.field"));
        link.setId("kiosk-new-url");
        link.setValue(url);
        link.setReadOnly(true);
        link.setWidthFull();
        Button copy = new Button(getTranslation("kiosk.link.copy"), VaadinIcon.COPY.create());
        copy.setId("kiosk-copy");
        Clipboard.onClick(copy).writeText(url, ok -> FormNotices.success(getTranslation("kiosk.link.copied")), failed -> {
        });
        Span text = new Span(getTranslation("kiosk.created", url));
        text.setId("kiosk-new-link");
        text.addClassName("kiosk-new-link");
        HorizontalLayout linkRow = new HorizontalLayout(link, copy);
        linkRow.addClassName("kiosk-link-row");
        linkRow.setWidthFull();
        linkRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout words = new VerticalLayout(new H3(getTranslation("kiosk.link.title")),
                new Paragraph(getTranslation("kiosk.link.intro")), linkRow, text);
        words.setPadding(false);
        newKiosk.add(qr, words);
        newKiosk.setVisible(true);
    }

    private void editPhoto(StaffSetting s) {
        Dialog dialog = new Dialog();
        dialog.setId("staff-photo-dialog");
        dialog.setHeaderTitle(getTranslation("kiosk.staff.photoTitle", s.fullName()));
        PhotoEditor editor = new PhotoEditor(photos, s.employeeId(), s.fullName(),
                bytes -> photos.upload(s.employeeId(), bytes), () -> photos.remove(s.employeeId()));
        dialog.add(editor);
        Button close = new Button(getTranslation("common.close"), e -> dialog.close());
        close.setId("staff-photo-close");
        dialog.getFooter().add(close);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                showBranch();
            }
        });
        dialog.open();
    }

    private void refresh() {
        grid.setItems(kiosks.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.kiosks");
    }
}
