package org.advocacy.settings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.advocacy.kernel.i18n.Translations;
import org.advocacy.feedback.ui.KioskListView;
import org.advocacy.settings.PublicAddressService;
import org.advocacy.settings.internal.PublicAddressRepository;
import org.advocacy.test.KaribuTest;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Administration → Public address, and the QR code screen offering the same form to an administrator in place
 * (a manager is told whom to ask), browserless (issue 12).
 */
class PublicAddressScreensTest extends KaribuTest {

    @Autowired
    PublicAddressService service;
    @Autowired
    PublicAddressRepository repository;
    @Autowired
    UserDetailsService users;
    @Value("${app.public-url}")
    String environmentUrl;

    @AfterEach
    void backToTheEnvironment() {
        repository.delete();
        signIn.as(SignIn.ADMIN);
        service.clear();
        signIn.out();
    }

    private TextField field() {
        return _get(TextField.class, spec -> spec.withId("public-url-field"));
    }

    private void save(String url) {
        _setValue(field(), url);
        _click(_get(Button.class, spec -> spec.withId("public-url-save")));
    }

    /** A branch manager who is also the portal's administrator (small chains have such people). */
    private void loginAsManagerAndAdmin() {
        UserDetails minh = users.loadUserByUsername(SignIn.MANAGER);
        List<GrantedAuthority> roles = new ArrayList<>(minh.getAuthorities());
        roles.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
        Authentication auth = UsernamePasswordAuthenticationToken.authenticated(minh, null, roles);
        SecurityContextHolder.getContext().setAuthentication(auth);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> roles.stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }

    @Test
    void badAddressesAreNamedAtTheFieldInTheUsersLanguageAndNothingIsStored() {
        login(SignIn.ADMIN);
        UI.getCurrent().navigate(PublicAddressView.class);
        assertThat(field().getValue()).as("a loopback address is not offered as a value to keep").isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("public-url-source")).getText())
                .isEqualTo(en("settings.publicUrl.source.environment", environmentUrl));
        assertThat(_find(Button.class, spec -> spec.withId("public-url-clear"))).as("nothing stored to remove").isEmpty();

        save("feedback.senspa.vn");
        assertThat(field().isInvalid()).isTrue();
        assertThat(field().getErrorMessage()).isEqualTo(en("settings.publicUrl.error.scheme"));
        save("https://feedback.senspa.vn/?utm=poster");
        assertThat(field().getErrorMessage()).isEqualTo(en("settings.publicUrl.error.query"));
        save("");
        assertThat(field().getErrorMessage()).isEqualTo(en("settings.publicUrl.error.required"));
        assertThat(repository.find()).isEmpty();
        assertThat(service.url()).isEqualTo(environmentUrl);

        UI.getCurrent().setLocale(Translations.VIETNAMESE);
        UI.getCurrent().navigate(PublicAddressView.class);
        save("https://admin:secret@feedback.senspa.vn");
        assertThat(field().getErrorMessage())
                .isEqualTo(translations.get("settings.publicUrl.error.userInfo", Translations.VIETNAMESE))
                .contains("mật khẩu");
        assertThat(repository.find()).isEmpty();
    }

    @Test
    void anAdministratorStoresTheAddressAndCanGoBackToPublicUrl() {
        login(SignIn.ADMIN);
        UI.getCurrent().navigate(PublicAddressView.class);
        save("https://feedback.senspa.example/");
        assertThat(field().isInvalid()).isFalse();
        assertThat(field().getValue()).isEqualTo("https://feedback.senspa.example");
        assertThat(service.url()).isEqualTo("https://feedback.senspa.example");
        assertThat(_get(Paragraph.class, spec -> spec.withId("public-url-source")).getText())
                .contains(environmentUrl).startsWith("Set in the portal on ");
        Button clear = _get(Button.class, spec -> spec.withId("public-url-clear"));
        assertThat(clear.isVisible()).isTrue();

        _click(clear);
        assertThat(service.url()).isEqualTo(environmentUrl);
        assertThat(repository.find()).isEmpty();
        assertThat(clear.isVisible()).isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withId("public-url-source")).getText())
                .isEqualTo(en("settings.publicUrl.source.environment", environmentUrl));
    }

    @Test
    void theQrScreenTellsAManagerWhomToAskAndLetsAnAdministratorSetItInPlace() {
        login(SignIn.MANAGER);
        UI.getCurrent().navigate(KioskListView.class);
        Div notice = _get(Div.class, spec -> spec.withId("public-url-notice"));
        assertThat(notice.getClassNames()).contains("public-url-warning");
        assertThat(_find(notice, TextField.class)).as("no form for a manager").isEmpty();
        assertThat(_find(notice, Paragraph.class).stream().map(Paragraph::getText))
                .contains(en("kiosk.publicUrl.howTo"));

        restartUi();
        loginAsManagerAndAdmin();
        UI.getCurrent().navigate(KioskListView.class);
        notice = _get(Div.class, spec -> spec.withId("public-url-notice"));
        assertThat(_find(notice, Paragraph.class).stream().map(Paragraph::getText))
                .doesNotContain(en("kiosk.publicUrl.howTo"));
        save("http://localhost:9/");
        assertThat(service.url()).as("an administrator may store a loopback address on purpose").isEqualTo("http://localhost:9");
        assertThat(notice.getClassNames()).contains("public-url-warning");
        save("https://feedback.senspa.example");
        assertThat(notice.getClassNames()).contains("public-url-ok").doesNotContain("public-url-warning");
        assertThat(_get(notice, Span.class).getText()).isEqualTo(en("kiosk.publicUrl.ok", "https://feedback.senspa.example"));
        assertThat(_find(TextField.class, spec -> spec.withId("public-url-field"))).isEmpty();

        // the links made on this screen carry the stored address
        _setValue(_get(TextField.class, spec -> spec.withId("kiosk-name")), "Máy " + UUID.randomUUID().toString().substring(0, 6));
        _click(_get(Button.class, spec -> spec.withId("kiosk-create")));
        assertThat(_get(TextField.class, spec -> spec.withId("kiosk-new-url")).getValue())
                .matches("^https://feedback\\.senspa\\.example/k/[A-Za-z0-9_-]{32}$");
    }
}
