package org.advocacy.feedback.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.advocacy.test.GridRows.grid;
import static org.advocacy.test.GridRows.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;
import org.advocacy.shell.AccessDeniedView;
import org.advocacy.feedback.FeedbackData;
import org.advocacy.feedback.FeedbackOrigin;
import org.advocacy.feedback.FeedbackService;
import org.advocacy.feedback.FollowUpItem;
import org.advocacy.feedback.FollowUpStatus;
import org.advocacy.feedback.PraiseItem;
import org.advocacy.test.KaribuTest;
import org.advocacy.test.SignIn;
import org.advocacy.test.UniqueCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Browserless tests of the moderation queue, "My praise", the follow-up list and the customer scores. */
class FeedbackViewsTest extends KaribuTest {

    @Autowired
    FeedbackService feedback;
    @Autowired
    org.advocacy.org.OrgService orgService;

    private long lanEmployeeId() {
        return signIn.employeeIdOf(SignIn.EMPLOYEE);
    }

    /** Clicks a button of a row's action column (component columns are rendered per row). */
    private static <T> void clickInRow(Grid<T> grid, int row, String buttonId) {
        com.vaadin.flow.component.Component cell = GridKt._getCellComponent(grid, row, "actions");
        _click(_get(cell, Button.class, spec -> spec.withId(buttonId)));
    }

    @Test
    void theManagerApprovesPraiseAndTheEmployeeSeesItOnMyPraise() {
        String text = "Chị Lan làm rất nhẹ tay " + UUID.randomUUID();
        long id = feedback.submitPublic(FeedbackData.ofForm("HN01", 10, null, null, "treatment",
                feedback.staffToken("HN01", lanEmployeeId()), text, null, null, null, null, false, UUID.randomUUID().toString(), ""),
                FeedbackOrigin.web("10.4.0.1")).id();

        login(SignIn.MANAGER);
        UI.getCurrent().navigate(PraiseModerationView.class);
        Grid<PraiseItem> queue = grid("moderation-grid");
        assertThat(row(queue, p -> p.id() == id)).isNotNegative();
        clickInRow(queue, row(queue, p -> p.id() == id), "approve-" + id);
        assertThat(row(queue, p -> p.id() == id)).isNegative();

        restartUi();
        login(SignIn.EMPLOYEE);
        UI.getCurrent().navigate(MyPraiseView.class);
        Grid<PraiseItem> mine = grid("my-praise-grid");
        assertThat(row(mine, p -> p.praise().equals(text))).isNotNegative();
        assertThat(_get(H3.class, spec -> spec.withId("my-praise-count")).getText()).doesNotContain("No praise");
    }

    @Test
    void theBranchPraiseFeedShowsOnlyTheManagersBranchesApprovedPraise() {
        login(SignIn.MANAGER);
        UI.getCurrent().navigate(BranchPraiseView.class);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<java.time.YearMonth> month =
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("praise-month"));
        _setValue(month, month.getListDataView().getItem(1)); // last month: demo praise, all decided
        Grid<PraiseItem> feed = grid("praise-feed");
        assertThat(GridKt._size(feed)).isPositive();
        for (int i = 0; i < GridKt._size(feed); i++) {
            assertThat(GridKt._get(feed, i).branchCode()).isEqualTo("HN01");
            assertThat(GridKt._get(feed, i).status()).isEqualTo(org.advocacy.feedback.PraiseStatus.APPROVED);
        }
        assertThat(GridKt._size(grid("praise-per-employee"))).isPositive();
    }

    @Test
    void hrAddsATouchpointThatThePublicFormThenOffers() {
        login(SignIn.HR);
        UI.getCurrent().navigate(TouchpointListView.class);
        String code = "tp" + UniqueCodes.nextLower();
        _click(_get(Button.class, spec -> spec.withId("touchpoint-add")));
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("touchpoint-code")), code);
        _click(_get(Button.class, spec -> spec.withId("touchpoint-save")));
        var vi = _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("touchpoint-name-en"));
        assertThat(vi.isInvalid()).isTrue();
        assertThat(vi.getErrorMessage()).isEqualTo(en("touchpoint.error.name"));
        _setValue(vi, "Hair wash");
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("touchpoint-name-vi")),
                "Gội đầu dưỡng sinh");
        _click(_get(Button.class, spec -> spec.withId("touchpoint-save")));
        Grid<org.advocacy.feedback.Touchpoint> tps = grid("touchpoint-grid");
        assertThat(row(tps, t -> t.code().equals(code))).isNotNegative();
        assertThat(feedback.touchpoints()).extracting(org.advocacy.feedback.Touchpoint::code).contains(code);
    }

    @Test
    void hidingPraiseAsksForAReason() {
        long id = feedback.submitPublic(FeedbackData.ofForm("HN01", 9, null, null, null, feedback.staffToken("HN01", lanEmployeeId()),
                "Khen " + UUID.randomUUID(), null, null, null, null, false, UUID.randomUUID().toString(), ""),
                FeedbackOrigin.web("10.4.0.2")).id();
        login(SignIn.MANAGER);
        UI.getCurrent().navigate(PraiseModerationView.class);
        Grid<PraiseItem> queue = grid("moderation-grid");
        clickInRow(queue, row(queue, p -> p.id() == id), "hide-" + id);
        _click(_get(Button.class, spec -> spec.withId("hide-confirm")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("hide-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo(en("praise.error.reason"));
        _setValue(reason, "Trùng lặp");
        _click(_get(Button.class, spec -> spec.withId("hide-confirm")));
        assertThat(row(grid("moderation-grid"), (PraiseItem p) -> p.id() == id)).isNegative();
    }

    @Test
    void theManagerMarksACaseContactedAndHrSeesTheCases() {
        long fid = feedback.submitPublic(FeedbackData.ofForm("HN01", 2, null, null, null, null, null,
                "Chờ lâu " + UUID.randomUUID(), "Chị Hà", "0912 000 111", null, true, UUID.randomUUID().toString(), ""),
                FeedbackOrigin.web("10.4.0.3")).id();
        login(SignIn.MANAGER);
        UI.getCurrent().navigate(FollowUpListView.class);
        Grid<FollowUpItem> cases = grid("follow-up-grid");
        int r = row(cases, c -> c.feedbackId() == fid);
        assertThat(r).isNotNegative();
        assertThat(GridKt._getFormattedRow(cases, r)).contains("Chị Hà · 0912 000 111");
        GridKt._clickItem(cases, r);
        _setValue(_get(TextArea.class, spec -> spec.withId("follow-up-note")), "Đã gọi xin lỗi");
        _click(_get(Button.class, spec -> spec.withId("follow-up-contacted")));
        assertThat(GridKt._get(cases, row(cases, c -> c.feedbackId() == fid)).status()).isEqualTo(FollowUpStatus.CONTACTED);

        restartUi();
        login(SignIn.HR);
        UI.getCurrent().navigate(FollowUpListView.class);
        assertThat(row(grid("follow-up-grid"), (FollowUpItem c) -> c.feedbackId() == fid)).isNotNegative();
        _setValue(_get(Checkbox.class, spec -> spec.withId("overdue-only")), true);
        Grid<FollowUpItem> overdue = grid("follow-up-grid");
        assertThat(row(overdue, c -> c.feedbackId() == fid)).as("due in 48 h: not overdue yet").isNegative();
    }

    @Test
    void theManagerTicksWhoTheFeedbackFormOffers() {
        login(SignIn.MANAGER);
        UI.getCurrent().navigate(KioskListView.class);
        Grid<org.advocacy.feedback.StaffSetting> staff = grid("staff-grid");
        int lanRow = row(staff, s -> s.fullName().equals("Trần Thị Lan"));
        org.advocacy.feedback.StaffSetting lan = GridKt._get(staff, lanRow);
        assertThat(lan.customerFacing()).isTrue();
        assertThat(GridKt._get(staff, row(staff, s -> s.fullName().equals("Lê Quang Minh"))).customerFacing()).isFalse();
        long hn01 = feedback.publicBranch("HN01").orElseThrow().id();
        try {
            Checkbox box = _get(GridKt._getCellComponent(staff, lanRow, "offered"), Checkbox.class,
                    spec -> spec.withId("staff-facing-" + lan.employeeId()));
            _setValue(box, false);
            assertThat(feedback.staffOf(hn01)).extracting(org.advocacy.feedback.StaffChoice::displayName)
                    .doesNotContain("Trần Thị Lan");
            @SuppressWarnings("unchecked")
            com.vaadin.flow.component.select.Select<org.advocacy.feedback.StaffChoice> person =
                    _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("badge-person"));
            assertThat(person.getListDataView().getItems().map(org.advocacy.feedback.StaffChoice::displayName))
                    .doesNotContain("Trần Thị Lan");
        } finally {
            Grid<org.advocacy.feedback.StaffSetting> again = grid("staff-grid");
            int r = row(again, s -> s.fullName().equals("Trần Thị Lan"));
            _setValue(_get(GridKt._getCellComponent(again, r, "offered"), Checkbox.class,
                    spec -> spec.withId("staff-facing-" + lan.employeeId())), true);
        }
        assertThat(feedback.staffOf(hn01)).extracting(org.advocacy.feedback.StaffChoice::displayName).contains("Trần Thị Lan");
    }

    @Test
    void theManagerCreatesAndRevokesAKioskAndGetsPosterAndBadgeLinks() {
        login(SignIn.MANAGER);
        UI.getCurrent().navigate(KioskListView.class);
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("poster-link")).getHref())
                .isEqualTo("/f/HN01/poster.pdf?lang=vi");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<org.advocacy.feedback.StaffChoice> person =
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("badge-person"));
        org.advocacy.feedback.StaffChoice first = person.getListDataView().getItem(0);
        _setValue(person, first);
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("badge-qr")).getHref())
                .isEqualTo("/f/HN01/qr.png?e=" + first.token());

        _click(_get(Button.class, spec -> spec.withId("kiosk-create")));
        assertThat(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("kiosk-name")).isInvalid())
                .isTrue();
        String name = "Quầy " + UUID.randomUUID().toString().substring(0, 6);
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("kiosk-name")), name);
        _click(_get(Button.class, spec -> spec.withId("kiosk-create")));
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("kiosk-new-link")).getText())
                .contains("/k/");
        Grid<org.advocacy.feedback.KioskDevice> kiosksGrid = grid("kiosk-grid");
        int r = row(kiosksGrid, k -> k.name().equals(name));
        assertThat(GridKt._get(kiosksGrid, r).active()).isTrue();
        long kioskId = GridKt._get(kiosksGrid, r).id();
        com.vaadin.flow.component.Component cell = GridKt._getCellComponent(kiosksGrid, r, "actions");
        _click(_get(cell, Button.class, spec -> spec.withId("kiosk-revoke-" + kioskId)));
        assertThat(GridKt._get(kiosksGrid, row(kiosksGrid, k -> k.name().equals(name))).active()).isFalse();
    }

    @Test
    void hrImportsACsvAllOrNothingWithLineNumbers() {
        login(SignIn.HR);
        UI.getCurrent().navigate(FeedbackImportView.class);
        String prefix = "csv-" + UUID.randomUUID() + "-";
        String header = "branch;nps;csat;touchpoint;comment;submitted_at;external_id\n";
        String bad = header + "HN01;9;5;treatment;Tốt;2026-09-01 10:00;" + prefix + "1\n"
                + "HN01;15;5;treatment;Sai điểm;2026-09-01 11:00;" + prefix + "2\n"
                + "HN01;8;4;treatment;Sai ngày;hôm qua;" + prefix + "3\n";
        com.vaadin.flow.component.upload.Upload upload = _get(com.vaadin.flow.component.upload.Upload.class,
                spec -> spec.withId("feedback-import-upload"));
        com.github.mvysny.kaributesting.v10.UploadKt._upload(upload, "old.csv", "text/csv",
                bad.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("feedback-import-result")).getText())
                .isEqualTo(en("feedbackImport.refused", 2));
        Grid<org.advocacy.feedback.BatchItemError> errors = grid("feedback-import-errors");
        assertThat(GridKt._get(errors, 0).index()).as("the CSV line of the bad score").isEqualTo(3);
        assertThat(GridKt._get(errors, 0).messageKey()).isEqualTo("feedback.error.nps");
        assertThat(GridKt._get(errors, 1).index()).as("the CSV line of the bad date").isEqualTo(4);
        assertThat(GridKt._get(errors, 1).messageKey()).isEqualTo("feedback.error.submittedAt");

        String good = header + "HN01;9;5;treatment;Tốt;2026-09-01 10:00;" + prefix + "1\n"
                + "HN01;3;2;checkout;Chậm;2026-09-02T11:00:00+07:00;" + prefix + "2\n";
        com.vaadin.flow.component.upload.Upload again = _get(com.vaadin.flow.component.upload.Upload.class,
                spec -> spec.withId("feedback-import-upload"));
        com.github.mvysny.kaributesting.v10.UploadKt._upload(again, "old.csv", "text/csv",
                good.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("feedback-import-result")).getText())
                .isEqualTo(en("feedbackImport.done", 2, 0));
    }

    @Test
    void hrSeesABranchsCustomerScoresAndAnEmployeeIsRefused() {
        login(SignIn.HR);
        UI.getCurrent().navigate(CustomerMetricsView.class);
        String n = _get(Div.class, spec -> spec.withId("metrics-n")).getElement().getChild(0).getText();
        assertThat(Integer.parseInt(n)).as("the demo history has answers last month").isPositive();
        assertThat(_get(Div.class, spec -> spec.withId("metrics-nps")).getElement().getChild(0).getText()).contains("±");
        assertThat(GridKt._size(grid("metrics-touchpoints"))).isPositive();

        restartUi();
        login(SignIn.EMPLOYEE);
        UI.getCurrent().navigate(CustomerMetricsView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void aRetiredBranchStaysOnTheScoresScreenMarkedRetiredWithItsHistory() {
        signIn.as(SignIn.ADMIN);
        org.advocacy.org.Branch ct01 = orgService.branchByCode("CT01").orElseThrow();
        orgService.updateBranch(ct01.id(), new org.advocacy.org.BranchData(ct01.code(), ct01.name(), ct01.city(), ct01.region(),
                ct01.timeZone(), false));
        signIn.out();
        try {
            login(SignIn.HR);
            UI.getCurrent().navigate(CustomerMetricsView.class);
            @SuppressWarnings("unchecked")
            com.vaadin.flow.component.select.Select<org.advocacy.org.Branch> branch =
                    _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("metrics-branch"));
            org.advocacy.org.Branch retired = branch.getListDataView().getItems()
                    .filter(b -> b.code().equals("CT01")).findFirst().orElseThrow();
            assertThat(branch.getItemLabelGenerator().apply(retired)).endsWith(" · " + en("branch.retired"));
            _setValue(branch, retired);
            String n = _get(Div.class, spec -> spec.withId("metrics-n")).getElement().getChild(0).getText();
            assertThat(Integer.parseInt(n)).as("a retired branch keeps last month's answers").isPositive();
        } finally {
            signIn.as(SignIn.ADMIN);
            orgService.updateBranch(ct01.id(), new org.advocacy.org.BranchData(ct01.code(), ct01.name(), ct01.city(),
                    ct01.region(), ct01.timeZone(), true));
            signIn.out();
        }
    }

    @Test
    void customerNpsIsSaidInWordsWithItsStatisticsAfterAndTheBandAroundTheLine() {
        login(SignIn.HR);
        UI.getCurrent().navigate(CustomerMetricsView.class);
        String headline = _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("metrics-headline")).getText();
        assertThat(headline).startsWith("NPS ").contains(" answers): ");
        assertThat(headline).containsAnyOf("; " + en("words.change.month.none"), "; " + en("words.change.month.up"),
                "; " + en("words.change.month.down"));
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("metrics-detail")).getText())
                .startsWith("n = ").contains(" · ± ").contains(" 95 % interval ");
        String option = _get(org.advocacy.kernel.chart.EChart.class, spec -> spec.withId("metrics-trend")).getElement()
                .getProperty("option");
        assertThat(option).contains("\"stackStrategy\":\"all\"");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<java.time.YearMonth> month =
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("metrics-month"));
        assertThat(month.getItemLabelGenerator().apply(java.time.YearMonth.of(2026, 1))).isEqualTo("Jan 2026");
        // touchpoints by their names, not by keys or codes
        Grid<org.advocacy.feedback.CustomerMetrics> touchpoints = grid("metrics-touchpoints");
        for (int i = 0; i < GridKt._size(touchpoints); i++) {
            assertThat(GridKt._getFormatted(touchpoints, i, "touchpoint")).doesNotStartWith("!");
        }
    }

    @Test
    void theBranchPraiseFeedOpensOnTheLatestMonthWithPraiseAndSaysSoWhenAMonthHasNone() {
        login(SignIn.MANAGER);
        UI.getCurrent().navigate(BranchPraiseView.class);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<java.time.YearMonth> month =
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("praise-month"));
        org.advocacy.feedback.PraiseService praise = context.getBean(org.advocacy.feedback.PraiseService.class);
        java.time.YearMonth opened = month.getValue();
        assertThat(praise.feed(opened.atDay(1), opened.plusMonths(1).atDay(1), 0, 1)).isNotEmpty();
        month.getListDataView().getItems().filter(m -> m.isAfter(opened)).forEach(m ->
                assertThat(praise.feed(m.atDay(1), m.plusMonths(1).atDay(1), 0, 1)).as("later month %s", m).isEmpty());
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withId("praise-empty"))).as("no empty-month note").isEmpty();
        // the manager of a new branch without any praise: the screen says so instead of showing two empty tables
        String suffix = UniqueCodes.next();
        signIn.as(SignIn.ADMIN);
        long branchId = orgService.createBranch(new org.advocacy.org.BranchData("PZ" + suffix, "Sen Spa Mới " + suffix,
                "Huế", "Miền Trung", "Asia/Ho_Chi_Minh", true));
        String email = "praise.empty." + suffix.toLowerCase(java.util.Locale.ROOT) + "@senspa.vn";
        context.getBean(org.advocacy.security.UserAccountService.class).create(new org.advocacy.security.UserAccountData(
                email, "Quản Lý Mới " + suffix, null, java.util.EnumSet.of(org.advocacy.security.Role.MANAGER),
                java.util.Set.of(branchId), true, "Sen-Spa-Praise-2026!"));
        signIn.out();
        restartUi();
        login(email);
        UI.getCurrent().navigate(BranchPraiseView.class);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<java.time.YearMonth> newMonth =
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("praise-month"));
        java.time.YearMonth empty = newMonth.getListDataView().getItem(0);
        assertThat(newMonth.getValue()).as("no month with praise: the current month").isEqualTo(empty);
        var note = _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("praise-empty"));
        assertThat(note.getText()).isEqualTo(en("praise.feed.none", org.advocacy.kernel.ui.Formats.month(empty,
                java.util.Locale.ENGLISH)));
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Grid.class, spec -> spec.withId("praise-feed")))
                .as("no empty feed table").isEmpty();
    }
}
