package org.advocacy.admin.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import org.advocacy.kernel.ValidationException;
import org.advocacy.org.Branch;
import org.advocacy.security.ApiScope;
import org.advocacy.security.ApiTokenData;
import org.advocacy.security.ApiTokenService;
import org.advocacy.security.NewApiToken;

/** Asks for a token's name, scopes and optional branch, then hands the new token (with its secret) on. */
class CreateApiTokenDialog extends Dialog {

    private final ApiTokenService tokens;
    private final Consumer<NewApiToken> onCreated;

    final TextField name = new TextField();
    final CheckboxGroup<ApiScope> scopes = new CheckboxGroup<>();
    final ComboBox<Branch> branch = new ComboBox<>();

    CreateApiTokenDialog(ApiTokenService tokens, List<Branch> branches, Consumer<NewApiToken> onCreated) {
        this.tokens = tokens;
        this.onCreated = onCreated;
        setId("api-token-dialog");
        setHeaderTitle(getTranslation("apiTokens.create.title"));
        setWidth("min(560px, 100vw)");

        name.setId("api-token-name");
        name.setLabel(getTranslation("apiToken.name"));
        name.setHelperText(getTranslation("apiToken.nameHelp"));
        name.setMaxLength(80);
        name.setRequiredIndicatorVisible(true);

        scopes.setId("api-token-scopes");
        scopes.setLabel(getTranslation("apiToken.scopes"));
        scopes.setItems(ApiScope.values());
        scopes.setItemLabelGenerator(s -> getTranslation("apiToken.scope." + s.name()));
        scopes.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        scopes.setRequiredIndicatorVisible(true);

        branch.setId("api-token-branch");
        branch.setLabel(getTranslation("apiToken.branch"));
        branch.setHelperText(getTranslation("apiToken.branchHelp"));
        branch.setItems(branches);
        branch.setItemLabelGenerator(b -> b.code() + " · " + b.name());
        branch.setClearButtonVisible(true);

        FormLayout form = new FormLayout(name, scopes, branch);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Button create = new Button(getTranslation("apiToken.create"), e -> create());
        create.setId("api-token-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, create);
    }

    void create() {
        name.setInvalid(false);
        scopes.setInvalid(false);
        try {
            NewApiToken token = tokens.create(new ApiTokenData(name.getValue(), scopes.getValue(),
                    branch.getValue() == null ? null : branch.getValue().id()));
            close();
            onCreated.accept(token);
        } catch (ValidationException e) {
            String message = getTranslation(e.messageKey(), e.args());
            HasValidation field = "scopes".equals(e.field()) ? scopes : "name".equals(e.field()) ? name : null;
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }
    }
}
