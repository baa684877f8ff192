package org.advocacy.org.ui;

import org.advocacy.kernel.ui.FormNotices;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.notification.Notification;
import java.util.Locale;
import java.util.Map;
import org.advocacy.kernel.ValidationException;

/** Small pieces the organisation screens share: showing a rejected form on its field, notifications, pickers. */
final class OrgUi {

    private OrgUi() {
    }

    /**
     * Shows a {@link ValidationException} on the field it names, or as an error notification when no field
     * of the form matches (for example "this item no longer exists").
     */
    static void showError(Component owner, ValidationException e, Map<String, ? extends HasValidation> fields) {
        FormNotices.showError(owner, e, fields);
    }

    static void clearErrors(Map<String, ? extends HasValidation> fields) {
        FormNotices.clearErrors(fields);
    }

    static Notification success(String text) {
        return FormNotices.success(text);
    }

    static Notification error(String text) {
        return FormNotices.error(text);
    }

    static String yesNo(Component owner, boolean value) {
        return owner.getTranslation(value ? "common.yes" : "common.no");
    }

    /** Month and weekday names in the user's language (the JDK knows them), the rest from our bundles. */
    static DatePicker.DatePickerI18n datePickerI18n(Component owner, Locale locale) {
        return org.advocacy.kernel.ui.DatePickerTexts.of(owner, locale);
    }
}
