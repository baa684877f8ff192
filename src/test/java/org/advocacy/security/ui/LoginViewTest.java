package org.advocacy.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import org.advocacy.kernel.i18n.Translations;
import org.advocacy.test.KaribuTest;
import org.junit.jupiter.api.Test;

/** The sign-in and setup pages, browserless. */
class LoginViewTest extends KaribuTest {

    private static LoginView view() {
        return (LoginView) UI.getCurrent().getCurrentView();
    }

    @Test
    void anonymousVisitorsLandOnTheTranslatedSignInForm() {
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        LoginForm form = _get(LoginForm.class);
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(view().shownTexts().getForm().getUsername()).isEqualTo(en("login.email"));
        assertThat(form.isError()).isFalse();
    }

    @Test
    void aFailedSignInShowsTheErrorAndAThrottledOneSaysToWait() {
        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("error", "")));
        assertThat(_get(LoginForm.class).isError()).isTrue();
        assertThat(view().shownTexts().getErrorMessage().getTitle()).isEqualTo(en("login.error.title"));

        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("throttled", "")));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(view().shownTexts().getErrorMessage().getMessage()).isEqualTo(en("login.throttled.message"));
    }

    @Test
    void theSignInPageSpeaksVietnamese() {
        UI.getCurrent().navigate("setup"); // leave the sign-in page, so that it is built anew in Vietnamese
        UI.getCurrent().setLocale(Translations.VIETNAMESE);
        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("logout", "")));
        assertThat(view().shownTexts().getForm().getSubmit()).isEqualTo("Đăng nhập");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("Bạn đã đăng xuất.");
        assertThat(_find(Button.class).stream().map(Button::getText)).contains("Tiếng Việt", "English");
    }

    @Test
    void setupIsClosedOnceAnAdministratorExists() {
        UI.getCurrent().navigate("setup");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains(en("setup.done"));
        assertThat(_find(Button.class, spec -> spec.withId("setup-create"))).isEmpty();
    }
}
