package org.advocacy.recognition.ui;

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
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.advocacy.recognition.BranchRank;
import org.advocacy.recognition.Colleague;
import org.advocacy.recognition.CompanyValue;
import org.advocacy.recognition.CompanyValueService;
import org.advocacy.recognition.FeedItem;
import org.advocacy.recognition.PersonRank;
import org.advocacy.recognition.RecognitionGap;
import org.advocacy.recognition.RecognitionService;
import org.advocacy.recognition.Visibility;
import org.advocacy.test.KaribuTest;
import org.advocacy.test.SignIn;
import org.advocacy.test.UniqueCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Browserless tests of the recognition screens, each signed in as the roles that use it. */
class RecognitionViewsTest extends KaribuTest {

    @Autowired
    RecognitionService recognition;
    @Autowired
    CompanyValueService companyValues;
    @Autowired
    org.advocacy.org.EmployeePhotoService photos;

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static com.vaadin.flow.router.QueryParameters employee(long id) {
        return com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("employee", Long.toString(id)));
    }

    @Test
    void aManagerRecognisesFromTheFeedAndTheEntryAppearsNewestFirst() {
        login(SignIn.MANAGER);
        UI.getCurrent().navigate(RecognitionFeedView.class);
        Grid<FeedItem> feed = grid("recognition-feed");
        assertThat(GridKt._size(feed)).isPositive();
        _click(_get(Button.class, spec -> spec.withId("recognise-button")));
        RecognizeDialog dialog = _get(RecognizeDialog.class);
        Colleague lan = recognition.recipients("Trần Thị Lan", 0, 10).get(0);
        dialog.people.setValue(Set.of(lan));
        CompanyValue value = companyValues.values(true).get(1);
        dialog.values.setValue(Set.of(value));
        String text = "Karibu " + UUID.randomUUID();
        _setValue(dialog.message, text);
        dialog.visibility.setValue(Visibility.COMPANY);
        _click(_get(Button.class, spec -> spec.withId("recognize-send")));
        assertThat(_find(RecognizeDialog.class)).isEmpty();
        FeedItem first = GridKt._get(feed, 0);
        assertThat(first.message()).isEqualTo(text);
        assertThat(first.recipients()).extracting(Colleague::fullName).containsExactly("Trần Thị Lan");
        assertThat(first.values()).extracting(CompanyValue::id).containsExactly(value.id());
    }

    @Test
    void aMissingMessageIsShownOnTheFieldAndNothingIsSent() {
        login(SignIn.MANAGER);
        UI.getCurrent().navigate(RecognitionFeedView.class);
        int before = GridKt._size(grid("recognition-feed"));
        _click(_get(Button.class, spec -> spec.withId("recognise-button")));
        RecognizeDialog dialog = _get(RecognizeDialog.class);
        dialog.people.setValue(Set.of(recognition.recipients("Trần Thị Lan", 0, 10).get(0)));
        dialog.values.setValue(Set.of(companyValues.values(true).get(0)));
        dialog.visibility.setValue(Visibility.COMPANY);
        _click(_get(Button.class, spec -> spec.withId("recognize-send")));
        assertThat(dialog.message.isInvalid()).isTrue();
        assertThat(dialog.message.getErrorMessage()).isEqualTo(en("error.required"));
        assertThat(_find(RecognizeDialog.class)).hasSize(1);
        assertThat(GridKt._size(grid("recognition-feed"))).isEqualTo(before);
    }

    @Test
    void anEmployeeAppliesOnceAndTheButtonIsThenDisabled() {
        login(SignIn.EMPLOYEE);
        UI.getCurrent().navigate(RecognitionFeedView.class);
        Grid<FeedItem> feed = grid("recognition-feed");
        int row = -1;
        for (int i = 0; i < Math.min(50, GridKt._size(feed)); i++) {
            if (!GridKt._get(feed, i).praise() && !GridKt._get(feed, i).applaudedByMe()) {
                row = i;
                break;
            }
        }
        assertThat(row).isNotNegative();
        FeedItem item = GridKt._get(feed, row);
        var cell = (com.vaadin.flow.component.Component) GridKt._getCellComponent(feed, row, "entry");
        Button clap = _get(cell, Button.class, spec -> spec.withId("applaud-" + item.id()));
        assertThat(clap.isEnabled()).isTrue();
        _click(clap);
        FeedItem after = GridKt._get(feed, row);
        assertThat(after.id()).isEqualTo(item.id());
        assertThat(after.applause()).isEqualTo(item.applause() + 1);
        assertThat(after.applaudedByMe()).isTrue();
        var cellAfter = (com.vaadin.flow.component.Component) GridKt._getCellComponent(feed, row, "entry");
        assertThat(_get(cellAfter, Button.class, spec -> spec.withId("applaud-" + item.id())).isEnabled()).isFalse();
    }

    @Test
    void theFeedShowsApprovedCustomerPraiseWithItsLabelAndNoApplause() {
        login(SignIn.HR);
        UI.getCurrent().navigate(RecognitionFeedView.class);
        Grid<FeedItem> feed = grid("recognition-feed");
        int row = -1;
        for (int i = 0; i < Math.min(200, GridKt._size(feed)); i++) {
            if (GridKt._get(feed, i).praise()) {
                row = i;
                break;
            }
        }
        assertThat(row).isNotNegative();
        FeedItem item = GridKt._get(feed, row);
        var cell = (com.vaadin.flow.component.Component) GridKt._getCellComponent(feed, row, "entry");
        String text = cell.getElement().getTextRecursively();
        assertThat(cell.getId()).contains("praise-" + item.id());
        assertThat(text).contains(en("recognition.card.praiseLabel"), item.message(),
                en("recognition.card.praise", item.recipients().get(0).fullName(), item.recipients().get(0).branchCode()));
        assertThat(_find(cell, Button.class)).isEmpty();
    }

    @Test
    void theOwnProfileShowsNameValuesAnniversaryAndEntries() {
        login(SignIn.EMPLOYEE);
        UI.getCurrent().navigate(RecognitionProfileView.class);
        assertThat(_get(H2.class, spec -> spec.withId("profile-name")).getText()).isEqualTo("Trần Thị Lan");
        assertThat(GridKt._size(grid("profile-entries"))).isPositive();
        assertThat(_find(Checkbox.class, spec -> spec.withId("profile-opt-out"))).hasSize(1);
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("profile-anniversary")).getElement()
                .getTextRecursively()).contains(en("recognition.profile.anniversary"));
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("profile-praise")).getElement()
                .getTextRecursively()).contains(en("recognition.profile.praise"));
    }

    @Test
    void aManagerOpensTheirPersonsProfileButNotSomeoneElsewhere() {
        login(SignIn.MANAGER);
        long lan = recognition.recipients("Trần Thị Lan", 0, 10).get(0).employeeId();
        UI.getCurrent().navigate(RecognitionProfileView.class, employee(lan));
        assertThat(_get(H2.class, spec -> spec.withId("profile-name")).getText()).isEqualTo("Trần Thị Lan");
        assertThat(_find(Checkbox.class, spec -> spec.withId("profile-opt-out"))).isEmpty();
        login(SignIn.HR);
        Colleague saigon = recognition.recipients(null, 0, 300).stream().filter(c -> c.branchCode().equals("SG02"))
                .findFirst().orElseThrow();
        login(SignIn.MANAGER);
        UI.getCurrent().navigate(RecognitionProfileView.class, employee(saigon.employeeId()));
        assertThat(_get(Paragraph.class, spec -> spec.withId("profile-unavailable")).getText())
                .isEqualTo(en("recognition.profile.unavailable"));
    }

    @Test
    void gapsListOnlyTheManagersPeopleAndFollowTheWindow() {
        login(SignIn.MANAGER);
        UI.getCurrent().navigate(RecognitionGapsView.class);
        Grid<RecognitionGap> gaps = grid("gap-grid");
        IntegerField days = _get(IntegerField.class, spec -> spec.withId("gap-days"));
        assertThat(days.getValue()).isEqualTo(60);
        List<RecognitionGap> rows = GridKt._fetch(gaps, 0, GridKt._size(gaps));
        assertThat(rows).allSatisfy(g -> assertThat(g.person().branchCode()).isEqualTo("HN01"));
        int at60 = rows.size();
        _setValue(days, 7);
        assertThat(GridKt._size(gaps)).isGreaterThanOrEqualTo(at60);
        assertThat(_get(Paragraph.class, spec -> spec.withId("gap-summary")).getText())
                .isEqualTo(en("recognition.gaps.summary", GridKt._size(gaps), 7));
    }

    @Test
    void leaderboardsRankBranchesForEveryoneAndPeopleForTheBranchManager() {
        login(SignIn.MANAGER);
        UI.getCurrent().navigate(LeaderboardView.class);
        Grid<BranchRank> branches = grid("leaderboard-branches");
        List<BranchRank> rows = GridKt._fetch(branches, 0, GridKt._size(branches));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(12);
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i - 1).perHead()).isGreaterThanOrEqualTo(rows.get(i).perHead());
        }
        assertThat(branches.getColumnByKey("praise")).isNotNull();
        assertThat(rows).allSatisfy(b -> assertThat(b.perHead()).isCloseTo(
                b.headcount() == 0 ? 0 : (double) (b.recognitions() + b.praise()) / b.headcount(),
                org.assertj.core.api.Assertions.within(1e-9)));
        assertThat(rows.stream().mapToInt(BranchRank::praise).sum()).isPositive();
        Grid<PersonRank> people = grid("leaderboard-people");
        assertThat(GridKt._size(people)).isPositive();
        assertThat(people.getColumnByKey("praise")).isNotNull();

        restartUi();
        login(SignIn.EMPLOYEE);
        UI.getCurrent().navigate(LeaderboardView.class);
        assertThat(GridKt._size(grid("leaderboard-branches"))).isGreaterThanOrEqualTo(12);
        assertThat(_find(Grid.class, spec -> spec.withId("leaderboard-people"))).isEmpty();
    }

    @Test
    void hrAddsAValueAndSwitchesPeerRecognition() {
        login(SignIn.HR);
        UI.getCurrent().navigate(CompanyValuesView.class);
        Grid<CompanyValue> values = grid("value-grid");
        int before = GridKt._size(values);
        assertThat(before).isGreaterThanOrEqualTo(5);
        _click(_get(Button.class, spec -> spec.withId("value-add")));
        EditCompanyValueDialog dialog = _get(EditCompanyValueDialog.class);
        String code = "TEST_" + UniqueCodes.next();
        _setValue(dialog.code, code);
        _setValue(dialog.nameVi, "Sáng tạo");
        _setValue(dialog.nameEn, "Creativity");
        _setValue(dialog.meaningVi, "Luôn tìm cách làm tốt hơn.");
        _setValue(dialog.meaningEn, "Always looking for a better way.");
        _setValue(dialog.colour, "red");
        _click(_get(Button.class, spec -> spec.withId("value-save")));
        assertThat(dialog.colour.isInvalid()).isTrue();
        assertThat(dialog.colour.getErrorMessage()).isEqualTo(en("recognition.value.error.colour"));
        _setValue(dialog.colour, "#123456");
        _click(_get(Button.class, spec -> spec.withId("value-save")));
        assertThat(GridKt._size(values)).isEqualTo(before + 1);
        assertThat(companyValues.values(false)).extracting(CompanyValue::code).contains(code);

        Checkbox peer = _get(Checkbox.class, spec -> spec.withId("peer-recognition"));
        boolean was = peer.getValue();
        _setValue(peer, !was);
        assertThat(recognition.peerRecognitionEnabled()).isEqualTo(!was);
        _setValue(peer, was);
        assertThat(recognition.peerRecognitionEnabled()).isEqualTo(was);
    }

    @Test
    void withoutPeerRecognitionAnEmployeeHasNoRecogniseButton() {
        login(SignIn.HR);
        recognition.setPeerRecognition(false);
        try {
            login(SignIn.EMPLOYEE);
            UI.getCurrent().navigate(RecognitionFeedView.class);
            assertThat(_find(Button.class, spec -> spec.withId("recognise-button"))).isEmpty();
        } finally {
            login(SignIn.HR);
            recognition.setPeerRecognition(true);
        }
        restartUi();
        login(SignIn.EMPLOYEE);
        UI.getCurrent().navigate(RecognitionFeedView.class);
        assertThat(_find(Button.class, spec -> spec.withId("recognise-button"))).hasSize(1);
    }

    @Test
    void textFieldsOfTheValueDialogAreLabelled() {
        login(SignIn.HR);
        UI.getCurrent().navigate(CompanyValuesView.class);
        _click(_get(Button.class, spec -> spec.withId("value-add")));
        assertThat(_find(TextField.class)).allSatisfy(f -> assertThat(f.getLabel()).doesNotStartWith("!").isNotBlank());
    }

    @Test
    void ownProfileListsWhatTheEmployeeGaveAndThePickerShowsInitialsAndJobTitle() {
        login(SignIn.EMPLOYEE);
        UI.getCurrent().navigate(RecognitionProfileView.class);
        assertThat(_find(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("profile-given"))).hasSize(1);
        com.vaadin.flow.component.Component person = RecognizeDialog.person(
                new org.advocacy.recognition.Colleague(1, "Phạm Phương Thảo", "HN01", "Kỹ thuật viên"));
        assertThat(person.getElement().getTextRecursively()).contains("Phạm Phương Thảo", "Kỹ thuật viên · HN01");
        assertThat(_get(person, com.vaadin.flow.component.avatar.Avatar.class).getAbbreviation()).isEqualTo("PT");
    }

    @Test
    void thePickerShowsAColleaguesPhotoWhenTheyUploadedOne() {
        login(SignIn.EMPLOYEE);
        photos.uploadOwn(org.advocacy.org.TestPictures.redBlueJpeg());
        try {
            long own = photos.own().orElseThrow().employeeId();
            com.vaadin.flow.component.avatar.Avatar withPhoto = _get(RecognizeDialog.person(
                    new Colleague(own, "Trần Thị Lan", "HN01", null), photos), com.vaadin.flow.component.avatar.Avatar.class);
            assertThat(withPhoto.getImage()).as("the photo's address").isNotBlank();
            com.vaadin.flow.component.avatar.Avatar without = _get(RecognizeDialog.person(
                    new Colleague(-1, "Phạm Phương Thảo", "HN01", null), photos), com.vaadin.flow.component.avatar.Avatar.class);
            assertThat(without.getImage()).as("no photo: initials").isNull();
            assertThat(without.getAbbreviation()).isEqualTo("PT");
        } finally {
            photos.removeOwn();
        }
    }
}
