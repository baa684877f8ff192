package org.advocacy.base.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.advocacy.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Picks each new page's language: the one chosen in this session, else the signed-in user's saved choice,
 * else the browser's (Vaadin matches Accept-Language against our two languages).
 */
@Component
class UiLocaleInit implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    UiLocaleInit(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            VaadinSession session = e.getUI().getSession();
            Locale chosen = (Locale) session.getAttribute(org.advocacy.base.ui.LanguageSwitch.SESSION_CHOICE);
            if (chosen == null) {
                chosen = currentUser.get().map(u -> u.locale()).filter(l -> l != null && !l.isBlank())
                        .map(Locale::forLanguageTag).orElse(null);
            }
            e.getUI().setLocale(Translations.supported(chosen != null ? chosen : e.getUI().getLocale()));
        });
    }

}
