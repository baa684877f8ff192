package org.advocacy.feedback.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.advocacy.test.GridRows.grid;
import static org.advocacy.test.GridRows.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.UUID;
import org.advocacy.kernel.ui.RelativeTime;
import org.advocacy.feedback.FeedbackData;
import org.advocacy.feedback.FeedbackOrigin;
import org.advocacy.feedback.FeedbackService;
import org.advocacy.feedback.FollowUpItem;
import org.advocacy.feedback.PraiseItem;
import org.advocacy.test.KaribuTest;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The manager's screens as a phone shows them (one card per row, buttons inside the card), and the follow-up case
 * with the whole visit, tap-to-call and tap-to-mail links and the due time in words in both languages.
 */
class ManagerPhoneViewsTest extends KaribuTest {

    @Autowired
    FeedbackService feedback;

    private long lan() {
        return signIn.employeeIdOf(SignIn.EMPLOYEE);
    }

    private static java.util.List<String> visibleKeys(Grid<?> grid) {
        return grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey).toList();
    }

    @Test
    void onAPhoneThePraiseQueueIsCardsWithApproveInside() {
        String text = "Em Lan rất chu đáo, cảm ơn em nhiều " + UUID.randomUUID();
        long id = feedback.submitPublic(FeedbackData.ofForm("HN01", 10, null, null, "treatment",
                feedback.staffToken("HN01", lan()), text, null, null, null, null, false, UUID.randomUUID().toString(), ""),
                FeedbackOrigin.web("10.8.0.1")).id();
        login(SignIn.MANAGER);
        UI.getCurrent().navigate(PraiseModerationView.class);
        PraiseModerationView view = _get(PraiseModerationView.class);
        Grid<PraiseItem> queue = grid("moderation-grid");
        assertThat(visibleKeys(queue)).contains("praise", "actions").doesNotContain("card");

        view.phoneLayout(true);
        assertThat(visibleKeys(queue)).containsExactly("card");
        int r = row(queue, p -> p.id() == id);
        Component card = GridKt._getCellComponent(queue, r, "card");
        assertThat(card.getElement().getTextRecursively()).contains(text, "Trần Thị Lan", "HN01");
        _click(_get(card, Button.class, spec -> spec.withId("card-approve-" + id)));
        assertThat(row(grid("moderation-grid"), (PraiseItem p) -> p.id() == id)).isNegative();

        view.phoneLayout(false);
        assertThat(visibleKeys(queue)).doesNotContain("card");
    }

    @Test
    void onAPhoneTheTouchpointScoresAreCardsWithEveryFigure() {
        login(SignIn.MANAGER);
        UI.getCurrent().navigate(CustomerMetricsView.class);
        CustomerMetricsView view = _get(CustomerMetricsView.class);
        Grid<org.advocacy.feedback.CustomerMetrics> table = grid("metrics-touchpoints");
        assertThat(visibleKeys(table)).containsExactly("touchpoint", "n", "nps", "csat", "ces");
        assertThat(GridKt._size(table)).as("the demo history has touchpoints last month").isPositive();

        view.phoneLayout(true);
        assertThat(visibleKeys(table)).containsExactly("card");
        assertThat(table.getElement().getThemeList()).contains("cards");
        int r = row(table, m -> !m.label().isEmpty());
        org.advocacy.feedback.CustomerMetrics m = GridKt._get(table, r);
        String card = GridKt._getCellComponent(table, r, "card").getElement().getTextRecursively();
        assertThat(card).contains(GridKt._getFormatted(table, r, "touchpoint"), en("metrics.n") + ": " + m.nps().n(),
                en("metrics.nps") + ": " + GridKt._getFormatted(table, r, "nps"),
                en("metrics.csat") + ": " + GridKt._getFormatted(table, r, "csat"),
                en("metrics.ces") + ": " + GridKt._getFormatted(table, r, "ces"));

        view.phoneLayout(false);
        assertThat(visibleKeys(table)).doesNotContain("card");
        assertThat(table.getElement().getThemeList()).doesNotContain("cards");
    }

    @Test
    void theCaseShowsTheWholeVisitWithLinksAndTheNextStep() {
        String comment = "Phải chờ 40 phút mới được phục vụ " + UUID.randomUUID();
        long fid = feedback.submitPublic(FeedbackData.ofForm("HN01", 2, 2, 3, "reception",
                feedback.staffToken("HN01", lan()), null, comment, "Chị Hoa", "0912 345 678", "hoa@example.com", true,
                UUID.randomUUID().toString(), ""), FeedbackOrigin.web("10.8.0.2")).id();
        login(SignIn.MANAGER);
        UI.getCurrent().navigate(FollowUpListView.class);
        FollowUpListView view = _get(FollowUpListView.class);
        Grid<FollowUpItem> cases = grid("follow-up-grid");
        int r = row(cases, c -> c.feedbackId() == fid);
        FollowUpItem item = GridKt._get(cases, r);
        // due in 48 hours: in words, not a bare date
        assertThat(GridKt._getFormatted(cases, r, "due")).startsWith("Due in 2 days");

        view.phoneLayout(true);
        Component card = GridKt._getCellComponent(cases, r, "card");
        assertThat(card.getElement().getTextRecursively()).contains("Due in 2 days", "Chị Hoa", comment);

        view.open(item);
        assertThat(_get(Anchor.class, spec -> spec.withId("follow-up-tel")).getHref()).isEqualTo("tel:0912345678");
        assertThat(_get(Anchor.class, spec -> spec.withId("follow-up-mailto")).getHref()).isEqualTo("mailto:hoa@example.com");
        assertThat(_get(Div.class, spec -> spec.withId("follow-up-scores")).getElement().getTextRecursively())
                .contains(en("followUp.score.nps", 2), en("followUp.score.csat", 2), en("followUp.score.ces", 3));
        assertThat(_get(Div.class, spec -> spec.withId("follow-up-person")).getElement().getTextRecursively())
                .contains("Trần Thị Lan");
        assertThat(_get(Div.class, spec -> spec.withId("follow-up-touchpoint")).getElement().getTextRecursively())
                .contains("Reception");
        assertThat(_get(Div.class, spec -> spec.withId("follow-up-comment")).getElement().getTextRecursively())
                .contains(comment);
        assertThat(_get(Paragraph.class, spec -> spec.withId("follow-up-next-step")).getText())
                .isEqualTo(en("followUp.nextStep.NEW", "Chị Hoa"));
        assertThat(_get(Span.class, spec -> spec.withId("follow-up-due")).getText()).startsWith("Due in 2 days");
        // one clear next step: "contacted" is the primary button, the others are quiet
        assertThat(_get(Button.class, spec -> spec.withId("follow-up-contacted")).getThemeName()).contains("primary");
        assertThat(_get(Button.class, spec -> spec.withId("follow-up-unreachable")).getThemeName()).doesNotContain("primary");
        // nobody owns it yet: nothing to take over
        assertThat(_find(Button.class, spec -> spec.withId("follow-up-take-over"))).isEmpty();
    }

    @Test
    void withLessRoomTheCasesAreThreeColumnsThatFit() {
        String comment = "Nước hơi lạnh " + UUID.randomUUID();
        long fid = feedback.submitPublic(FeedbackData.ofForm("HN01", 3, null, null, "reception", null, null, comment,
                "Anh Nam", "0987 654 321", null, true, UUID.randomUUID().toString(), ""),
                FeedbackOrigin.web("10.8.0.3")).id();
        login(SignIn.MANAGER);
        UI.getCurrent().navigate(FollowUpListView.class);
        FollowUpListView view = _get(FollowUpListView.class);
        Grid<FollowUpItem> cases = grid("follow-up-grid");
        assertThat(visibleKeys(cases)).containsExactly("due", "branch", "status", "nps", "contact", "comment");

        view.layout(FollowUpListView.Layout.COMPACT);
        assertThat(visibleKeys(cases)).containsExactly("due", "who", "comment");
        // three columns whose widths add up to 33em (about 530 px): room beside the open menu on a 900 px screen
        assertThat(cases.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getWidth))
                .containsExactlyInAnyOrder("9em", "12em", "12em");
        int r = row(cases, c -> c.feedbackId() == fid);
        assertThat(GridKt._getCellComponent(cases, r, "who").getElement().getTextRecursively())
                .contains("Anh Nam", "0987 654 321", "HN01", en("followUp.card.nps", 3), en("followUp.status.NEW"));
        assertThat(GridKt._getFormatted(cases, r, "comment")).isEqualTo(comment);
        assertThat(cases.getElement().getThemeList()).doesNotContain("cards");

        view.layout(FollowUpListView.Layout.TABLE);
        assertThat(visibleKeys(cases)).containsExactly("due", "branch", "status", "nps", "contact", "comment");
        view.layout(FollowUpListView.Layout.PHONE);
        assertThat(visibleKeys(cases)).containsExactly("card");
    }

    @Test
    void theHomeCountOpensTheOverdueCases() {
        login(SignIn.MANAGER);
        UI.getCurrent().navigate("feedback/follow-ups", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("show", "overdue")));
        assertThat(_get(Checkbox.class, spec -> spec.withId("overdue-only")).getValue()).isTrue();
        Grid<FollowUpItem> cases = grid("follow-up-grid");
        for (int i = 0; i < Math.min(20, GridKt._size(cases)); i++) {
            assertThat(GridKt._getFormatted(cases, i, "due")).startsWith("Overdue by");
        }
    }

    @Test
    void dueTimesInWordsInBothLanguages() {
        login(SignIn.MANAGER);
        UI.getCurrent().navigate(FollowUpListView.class);
        FollowUpListView view = _get(FollowUpListView.class);
        assertThat(RelativeTime.due(view, Duration.ofHours(5))).isEqualTo("Due in 5 hours");
        assertThat(RelativeTime.due(view, Duration.ofHours(-25))).isEqualTo("Overdue by a day");
        assertThat(RelativeTime.due(view, Duration.ofMinutes(-1))).isEqualTo("Overdue by a minute");
        assertThat(RelativeTime.due(view, Duration.ofDays(3))).isEqualTo("Due in 3 days");
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("vi"));
        assertThat(RelativeTime.due(view, Duration.ofHours(5))).isEqualTo("Còn 5 giờ đến hạn");
        assertThat(RelativeTime.due(view, Duration.ofHours(-25))).isEqualTo("Quá hạn 1 ngày");
    }
}
