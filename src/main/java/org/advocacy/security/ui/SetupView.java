package org.advocacy.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.advocacy.kernel.ValidationException;
import org.advocacy.security.UserAccountService;

/**
 * One-time setup of a fresh installation: creates the first administrator. Once any administrator exists the
 * page only points to the sign-in (the service refuses a second "first" admin too).
 */
@Route(value = "setup", autoLayout = false)
@AnonymousAllowed
public class SetupView extends VerticalLayout implements HasDynamicTitle {

    SetupView(UserAccountService accounts) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        Div card = new Div();
        card.addClassName("login-card");
        card.add(new H1(getTranslation("setup.title")));
        Anchor signIn = new Anchor("login", getTranslation("setup.goToSignIn"));
        if (accounts.adminExists()) {
            card.add(new Paragraph(getTranslation("setup.done")), signIn);
            add(card);
            return;
        }
        card.add(new Paragraph(getTranslation("setup.intro")));
        TextField name = new TextField(getTranslation("setup.name"));
        name.setId("setup-name");
        EmailField email = new EmailField(getTranslation("setup.email"));
        email.setId("setup-email");
        PasswordField password = new PasswordField(getTranslation("setup.password"));
        password.setId("setup-password");
        password.setHelperText(getTranslation("user.passwordHelp", UserAccountService.MIN_PASSWORD_LENGTH));
        PasswordField repeat = new PasswordField(getTranslation("setup.repeat"));
        repeat.setId("setup-repeat");
        Button create = new Button(getTranslation("setup.create"));
        create.setId("setup-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph result = new Paragraph();
        create.addClickListener(e -> {
            email.setInvalid(false);
            password.setInvalid(false);
            repeat.setInvalid(false);
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("setup.mismatch"));
                repeat.setInvalid(true);
                return;
            }
            try {
                if (accounts.createFirstAdmin(email.getValue(), name.getValue(), password.getValue()).isPresent()) {
                    card.removeAll();
                    card.add(new H1(getTranslation("setup.title")), new Paragraph(getTranslation("setup.created")), signIn);
                } else {
                    result.setText(getTranslation("setup.done"));
                }
            } catch (ValidationException ex) {
                var field = "password".equals(ex.field()) ? password : email;
                field.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                field.setInvalid(true);
            }
        });
        FormLayout form = new FormLayout(name, email, password, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        card.add(form, create, result);
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title") + " · " + getTranslation("app.name");
    }
}
