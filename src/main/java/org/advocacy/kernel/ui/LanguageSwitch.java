package org.advocacy.kernel.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/** Switches the language for the rest of the session and re-renders the page in it. */
public final class LanguageSwitch {

    /** Session attribute holding the language picked with the switcher (read when a new page opens). */
    public static final String SESSION_CHOICE = "advocacy.locale";

    private LanguageSwitch() {
    }

    public static void apply(Locale locale) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(SESSION_CHOICE, locale);
            session.setLocale(locale);
        }
        UI ui = UI.getCurrent();
        ui.setLocale(locale);
        ui.getPage().executeJs("document.documentElement.setAttribute('lang', $0)", locale.toLanguageTag());
        ui.getPage().reload();
    }
}
