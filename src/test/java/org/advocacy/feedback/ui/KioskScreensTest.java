package org.advocacy.feedback.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.lowagie.text.pdf.PdfReader;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.advocacy.kernel.i18n.Translations;
import org.advocacy.feedback.FeedbackService;
import org.advocacy.feedback.KioskService;
import org.advocacy.feedback.StaffChoice;
import org.advocacy.feedback.StaffSetting;
import org.advocacy.feedback.web.QrCodes;
import org.advocacy.org.EmployeePhotoService;
import org.advocacy.org.TestPictures;
import org.advocacy.org.ui.MyPhotoView;
import org.advocacy.test.KaribuTest;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The manager's "Kiosks and QR codes" screen and everyone's "My photo", browserless (issue 12). */
class KioskScreensTest extends KaribuTest {

    @Autowired
    FeedbackService feedback;
    @Autowired
    KioskService kiosks;
    @Autowired
    EmployeePhotoService photos;

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    @Test
    void aLoopbackPublicAddressIsSaidPlainlyAndThePosterIsVietnameseUnlessChosen() {
        login(SignIn.MANAGER);
        UI.getCurrent().navigate(KioskListView.class);
        Div notice = _get(Div.class, spec -> spec.withId("public-url-notice"));
        assertThat(notice.getClassNames()).contains("public-url-warning");
        String said = _find(notice, Paragraph.class).stream().map(Paragraph::getText).reduce("", String::concat);
        assertThat(said).contains("only this computer can open").contains("PUBLIC_URL");

        assertThat(_get(Anchor.class, spec -> spec.withId("poster-link")).getHref()).isEqualTo("/f/HN01/poster.pdf?lang=vi");
        _setValue(select("poster-language"), Translations.ENGLISH);
        assertThat(_get(Anchor.class, spec -> spec.withId("poster-link")).getHref()).isEqualTo("/f/HN01/poster.pdf?lang=en");
        assertThat(_get(Anchor.class, spec -> spec.withId("badge-sheet")).getText()).isEqualTo(en("kiosk.badgeSheet"));

        Select<StaffChoice> person = select("badge-person");
        StaffChoice lan = person.getListDataView().getItems().filter(s -> s.displayName().equals("Trần Thị Lan"))
                .findFirst().orElseThrow();
        _setValue(person, lan);
        assertThat(_get(Anchor.class, spec -> spec.withId("badge-qr")).getText())
                .isEqualTo("QR code for Trần Thị Lan's badge");
    }

    @Test
    void isLoopbackKnowsTheAddressesPhonesCannotReach() {
        assertThat(org.advocacy.settings.PublicAddressService.isLoopback("http://localhost:8080")).isTrue();
        assertThat(org.advocacy.settings.PublicAddressService.isLoopback("http://127.0.0.1:8161")).isTrue();
        assertThat(org.advocacy.settings.PublicAddressService.isLoopback("http://[::1]:8080")).isTrue();
        assertThat(org.advocacy.settings.PublicAddressService.isLoopback("https://feedback.senspa.vn")).isFalse();
        assertThat(org.advocacy.settings.PublicAddressService.isLoopback("http://192.168.1.20:8080")).isFalse();
    }

    @Test
    void aNewKioskComesWithAQrCodeForTheTabletAndACopyButton() {
        login(SignIn.MANAGER);
        UI.getCurrent().navigate(KioskListView.class);
        assertThat(_find(Div.class, spec -> spec.withId("kiosk-new"))).as("nothing shown before a kiosk is made").isEmpty();
        _setValue(_get(TextField.class, spec -> spec.withId("kiosk-name")), "Máy " + UUID.randomUUID().toString().substring(0, 6));
        _click(_get(Button.class, spec -> spec.withId("kiosk-create")));
        assertThat(_get(Div.class, spec -> spec.withId("kiosk-new")).isVisible()).isTrue();
        TextField url = _get(TextField.class, spec -> spec.withId("kiosk-new-url"));
        assertThat(url.getValue()).matches("^http://localhost:[0-9]+/k/[A-Za-z0-9_-]{32}$");
        assertThat(url.isReadOnly()).isTrue();
        assertThat(_get(Image.class, spec -> spec.withId("kiosk-new-qr")).getAlt()).hasValue(en("kiosk.link.qrAlt"));
        assertThat(_get(Button.class, spec -> spec.withId("kiosk-copy")).getText()).isEqualTo(en("kiosk.link.copy"));
    }

    @Test
    void theManagerSetsTheReviewPageAndABadAddressIsRefusedAtTheField() {
        login(SignIn.MANAGER);
        UI.getCurrent().navigate(KioskListView.class);
        TextField review = _get(TextField.class, spec -> spec.withId("review-url"));
        _setValue(review, "javascript:alert(1)");
        _click(_get(Button.class, spec -> spec.withId("review-url-save")));
        assertThat(review.isInvalid()).isTrue();
        assertThat(review.getErrorMessage()).isEqualTo(en("kiosk.error.reviewUrl"));
        long hn01 = feedback.publicBranch("HN01").orElseThrow().id();
        assertThat(kiosks.reviewUrl(hn01)).isEmpty();
        try {
            _setValue(review, "https://maps.app.goo.gl/senspa-hk");
            _click(_get(Button.class, spec -> spec.withId("review-url-save")));
            assertThat(review.isInvalid()).isFalse();
            assertThat(kiosks.reviewUrl(hn01)).hasValue("https://maps.app.goo.gl/senspa-hk");
        } finally {
            kiosks.setReviewUrl(hn01, null);
        }
    }

    @Test
    void theManagerUploadsAPhotoForSomeoneOnTheFormAndTheStaffListShowsIt() {
        login(SignIn.MANAGER);
        UI.getCurrent().navigate(KioskListView.class);
        @SuppressWarnings("unchecked")
        Grid<StaffSetting> staff = _get(Grid.class, spec -> spec.withId("staff-grid"));
        int r = IntStream.range(0, GridKt._size(staff))
                .filter(i -> GridKt._get(staff, i).fullName().equals("Trần Thị Lan")).findFirst().orElseThrow();
        long lan = GridKt._get(staff, r).employeeId();
        try {
            _click(_get(GridKt._getCellComponent(staff, r, "photo"), Button.class, spec -> spec.withId("staff-photo-" + lan)));
            Dialog dialog = _get(Dialog.class, spec -> spec.withId("staff-photo-dialog"));
            UploadKt._upload(_get(dialog, Upload.class, spec -> spec.withId("photo-upload")), "lan.png",
                    TestPictures.face(java.awt.Color.PINK, "TL"));
            assertThat(_get(dialog, Paragraph.class, spec -> spec.withId("photo-message")).getText())
                    .isEqualTo(en("photo.saved"));
            assertThat(photos.photo(lan)).isPresent();
            UploadKt._upload(_get(dialog, Upload.class, spec -> spec.withId("photo-upload")), "notes.png",
                    "not a picture".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(_get(dialog, Paragraph.class, spec -> spec.withId("photo-message")).getText())
                    .isEqualTo(en("photo.error.format"));
            _click(_get(dialog, Button.class, spec -> spec.withId("staff-photo-close")));
            assertThat(feedback.staffOf(feedback.publicBranch("HN01").orElseThrow().id()).stream()
                    .filter(s -> s.displayName().equals("Trần Thị Lan")).findFirst().orElseThrow().hasPhoto()).isTrue();
            Avatar avatar = _get(GridKt._getCellComponent(staff, r, "photo"), Avatar.class);
            assertThat(avatar.getImageResource() != null || avatar.getImage() != null).as("the photo, not initials").isTrue();
        } finally {
            photos.remove(lan);
        }
    }

    @Test
    void anEmployeeSetsAndRemovesTheirOwnPhoto() {
        login(SignIn.EMPLOYEE);
        UI.getCurrent().navigate(MyPhotoView.class);
        try {
            UploadKt._upload(_get(Upload.class, spec -> spec.withId("photo-upload")), "me.jpg", TestPictures.redBlueJpeg());
            assertThat(_get(Paragraph.class, spec -> spec.withId("photo-message")).getText()).isEqualTo(en("photo.saved"));
            assertThat(photos.own()).isPresent();
            _click(_get(Button.class, spec -> spec.withId("photo-remove")));
            assertThat(photos.own()).isEmpty();
            assertThat(_get(Paragraph.class, spec -> spec.withId("photo-message")).getText()).isEqualTo(en("photo.removed"));
        } finally {
            photos.removeOwn();
        }
    }

    @Test
    void theBadgeSheetPutsTwelveBadgesOnAPage() throws Exception {
        List<QrCodes.Badge> twelve = IntStream.range(0, 12).mapToObj(i -> new QrCodes.Badge("Người " + i,
                "Hãy cho chúng tôi biết", "https://feedback.example.vn/f/HN01?e=abcdefghijk" + i)).toList();
        assertThat(new PdfReader(QrCodes.badgeSheet("Sen Spa", "Hoàn Kiếm", twelve)).getNumberOfPages()).isEqualTo(1);
        List<QrCodes.Badge> thirteen = new java.util.ArrayList<>(twelve);
        thirteen.add(new QrCodes.Badge("Người 13", "x", "https://feedback.example.vn/f/HN01?e=abcdefghijkl"));
        assertThat(new PdfReader(QrCodes.badgeSheet("Sen Spa", "Hoàn Kiếm", thirteen)).getNumberOfPages()).isEqualTo(2);
    }
}
