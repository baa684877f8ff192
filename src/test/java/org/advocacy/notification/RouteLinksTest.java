package org.advocacy.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import org.advocacy.feedback.ui.FollowUpListView;
import org.advocacy.feedback.ui.MyPraiseView;
import org.advocacy.feedback.ui.PraiseModerationView;
import org.advocacy.recognition.ui.RecognitionProfileView;
import org.advocacy.survey.ui.MyPulseView;
import org.junit.jupiter.api.Test;

/** Notices lead where they led when the features wrote the paths by hand; a view without a fixed path is refused. */
class RouteLinksTest {

    @Test
    void theViewsRoutesAreTheLinksNoticesAlwaysHad() {
        assertThat(RouteLinks.of(FollowUpListView.class)).isEqualTo("feedback/follow-ups");
        assertThat(RouteLinks.of(PraiseModerationView.class)).isEqualTo("feedback/moderation");
        assertThat(RouteLinks.of(MyPraiseView.class)).isEqualTo("feedback/my-praise");
        assertThat(RouteLinks.of(RecognitionProfileView.class)).isEqualTo("recognition/profile");
        assertThat(RouteLinks.of(MyPulseView.class)).isEqualTo("my-pulse");
    }

    @Test
    void aViewWithoutAFixedPathIsRefused() {
        assertThatThrownBy(() -> RouteLinks.of(Div.class)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RouteLinks.of(Conventional.class)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RouteLinks.of(WithParameter.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Route
    static class Conventional extends Div {
    }

    @Route("things/:id")
    static class WithParameter extends Div {
    }
}
