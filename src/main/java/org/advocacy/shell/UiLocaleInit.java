package org.advocacy.shell;

import org.advocacy.kernel.i18n.Translations;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.advocacy.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Picks each new page's language: the one chosen in this session, else the signed-in user's saved choice,
 * else the browser's (Vaadin matches Accept-Language against our two languages). The page's {@code <html lang>}
 * follows it, so screen readers, hyphenation and the browser's own messages use the same language as the text.
 */
@Component
class UiLocaleInit implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final Translations translations;

    UiLocaleInit(CurrentUser currentUser, Translations translations) {
        this.currentUser = currentUser;
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // the first HTML already carries the right lang, before any UI exists
        event.addIndexHtmlRequestListener(response -> {
            Locale browser = response.getVaadinRequest().getLocale();
            response.getDocument().getElementsByTag("html").attr("lang",
                    pick(VaadinSession.getCurrent(), browser).toLanguageTag());
        });
        event.getSource().addUIInitListener(e -> {
            Locale locale = pick(e.getUI().getSession(), e.getUI().getLocale());
            e.getUI().setLocale(locale);
            setHtmlLang(e.getUI(), locale);
            // Vaadin's connection indicator says "Online", "Connection lost" ... in English unless told otherwise
            // (the indicator may be created after this first response: try again for a few seconds)
            e.getUI().getPage().executeJs("const apply = () => { const ci = window.Vaadin && window.Vaadin.connectionIndicator;"
                    + " if (!ci) { return false; } ci.onlineText = $0; ci.offlineText = $1; ci.reconnectingText = $2; return true; };"
                    + " if (!apply()) { let n = 0; const t = setInterval(() => { if (apply() || ++n > 50) { clearInterval(t); } }, 100); }",
                    translations.get("connection.online", locale), translations.get("connection.offline", locale),
                    translations.get("connection.reconnecting", locale));
        });
    }

    private Locale pick(VaadinSession session, Locale browser) {
        Locale chosen = session == null ? null
                : (Locale) session.getAttribute(org.advocacy.kernel.ui.LanguageSwitch.SESSION_CHOICE);
        if (chosen == null) {
            chosen = currentUser.get().map(u -> u.locale()).filter(l -> l != null && !l.isBlank())
                    .map(Locale::forLanguageTag).orElse(null);
        }
        return Translations.supported(chosen != null ? chosen : browser);
    }

    /** Sets {@code <html lang>} of the browser page to the UI's language. */
    private static void setHtmlLang(UI ui, Locale locale) {
        ui.getPage().executeJs("document.documentElement.setAttribute('lang', $0)", locale.toLanguageTag());
    }
}
