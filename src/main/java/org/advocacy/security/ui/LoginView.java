package org.advocacy.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import org.advocacy.kernel.i18n.Translations;
import org.advocacy.kernel.ui.LanguageSwitch;
import org.advocacy.security.UserAccountService;

/** Sign-in page (Spring Security form login), in Vietnamese or English. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private final UserAccountService accounts;
    private LoginI18n shown;

    LoginView(UserAccountService accounts) {
        this.accounts = accounts;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        show(i18n());
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("login-tagline");
        notice.addClassName("login-notice");
        notice.setVisible(false);

        HorizontalLayout languages = new HorizontalLayout();
        for (Locale l : Translations.LOCALES) {
            Button b = new Button(getTranslation("language." + l.getLanguage()), e -> LanguageSwitch.apply(l));
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            b.setId("login-language-" + l.getLanguage());
            languages.add(b);
        }
        Div card = new Div(title, tagline, notice, form, languages);
        card.addClassName("login-card");
        add(card);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.email"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    private void show(LoginI18n i18n) {
        shown = i18n;
        form.setI18n(i18n);
    }

    /** The texts the form shows now (for tests: the component keeps them private). */
    LoginI18n shownTexts() {
        return shown;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("throttled")) {
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.throttled.message"));
            show(i18n);
            form.setError(true);
        } else if (params.containsKey("error")) {
            form.setError(true);
        }
        if (params.containsKey("logout")) {
            notice.setText(getTranslation("login.signedOut"));
            notice.setVisible(true);
        } else if (params.containsKey("ended")) {
            notice.setText(getTranslation("login.sessionEnded"));
            notice.setVisible(true);
        }
        if (!accounts.adminExists()) {
            event.forwardTo(SetupView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
