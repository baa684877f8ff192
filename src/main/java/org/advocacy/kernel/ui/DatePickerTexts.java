package org.advocacy.kernel.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A date picker's texts in the user's language: month and weekday names from the JDK, the rest from our bundles. */
public final class DatePickerTexts {

    private DatePickerTexts() {
    }

    public static DatePicker.DatePickerI18n of(Component owner, Locale locale) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        List<String> months = Arrays.asList(Arrays.copyOf(symbols.getMonths(), 12));
        List<String> weekdays = Arrays.asList(Arrays.copyOfRange(symbols.getWeekdays(), 1, 8));
        List<String> weekdaysShort = Arrays.asList(Arrays.copyOfRange(symbols.getShortWeekdays(), 1, 8));
        return new DatePicker.DatePickerI18n().setMonthNames(months).setWeekdays(weekdays)
                .setWeekdaysShort(weekdaysShort).setFirstDayOfWeek(1)
                .setToday(owner.getTranslation("employee.datePicker.today"))
                .setCancel(owner.getTranslation("common.cancel"))
                .setBadInputErrorMessage(owner.getTranslation("employee.datePicker.badInput"));
    }
}
