package org.advocacy.kernel.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import org.advocacy.kernel.ValidationException;

/** How every form tells the user what went right or wrong: on the field when there is one, else a notification. */
public final class FormNotices {

    private FormNotices() {
    }

    /** Shows a rejected input's translated message on its field (by the exception's field name), or as a notice. */
    public static void showError(Component owner, ValidationException e, Map<String, ? extends HasValidation> fields) {
        String message = owner.getTranslation(e.messageKey(), e.args());
        HasValidation field = e.field() == null ? null : fields.get(e.field());
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else {
            error(message);
        }
    }

    public static void clearErrors(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    public static Notification success(String text) {
        Notification n = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return n;
    }

    public static Notification error(String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return n;
    }
}
