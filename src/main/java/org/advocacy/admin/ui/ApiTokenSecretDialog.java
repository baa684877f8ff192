package org.advocacy.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;

/** Shows a new token's secret the one time it is known; closing the dialog forgets it. */
class ApiTokenSecretDialog extends Dialog {

    final TextField secret = new TextField();

    ApiTokenSecretDialog(String value) {
        setId("api-token-secret-dialog");
        setHeaderTitle(getTranslation("apiToken.secret.title"));
        setWidth("min(560px, 100vw)");
        setCloseOnOutsideClick(false);

        secret.setId("api-token-secret");
        secret.setLabel(getTranslation("apiToken.secret.label"));
        secret.setValue(value);
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.addClassName("secret-box");
        secret.addFocusListener(e -> secret.getElement().executeJs("this.inputElement.select()"));

        Paragraph hint = new Paragraph(getTranslation("apiToken.secret.copyHint"));
        hint.setId("api-token-secret-hint");
        Paragraph warning = new Paragraph(getTranslation("apiToken.secret.warning"));
        warning.setId("api-token-secret-warning");
        warning.addClassName("row-error");
        add(secret, hint, warning);

        Button copy = new Button(getTranslation("apiToken.secret.copy"), VaadinIcon.COPY.create(), e -> {
            getElement().executeJs("return navigator.clipboard.writeText($0)", value);
            Notification.show(getTranslation("apiToken.secret.copied"), 2000, Notification.Position.BOTTOM_START);
        });
        copy.setId("api-token-secret-copy");
        Button close = new Button(getTranslation("common.close"), e -> close());
        close.setId("api-token-secret-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(copy, close);
    }
}
