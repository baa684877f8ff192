package org.advocacy.feedback.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.advocacy.kernel.i18n.Translations;
import org.advocacy.feedback.PublicBranch;
import org.advocacy.feedback.StaffChoice;
import org.advocacy.feedback.Touchpoint;

/**
 * Writes the public pages as plain HTML (no template engine; one small inlined script, see {@link PublicScript}): the form, the thank-you page and the
 * short error pages. Every value from the database or the visitor goes through {@code htmlEscape}.
 */
final class FeedbackPage {

    private static final String CSS = readCss();

    /** What the form shows: the branch, the choices, the values typed so far and the errors per field. */
    record Form(String action, String switchHref, PublicBranch branch, String brand, List<StaffChoice> staff,
            List<Touchpoint> touchpoints, boolean csat, boolean ces, int retentionDays, Map<String, String> values,
            Map<String, String> errors, boolean kiosk, int idleSeconds) {
    }

    private final Translations translations;
    private final Locale locale;

    FeedbackPage(Translations translations, Locale locale) {
        this.translations = translations;
        this.locale = locale;
    }

    private String t(String key, Object... args) {
        return esc(translations.get(key, locale, args));
    }

    String form(Form f) {
        StringBuilder h = head(t("feedback.form.title", f.branch().name()), f.kiosk(), null, f.idleSeconds());
        h.append("<header><span class=\"brand\">").append(esc(f.brand())).append("</span>");
        if (f.switchHref() != null) {
            h.append("<a class=\"lang\" id=\"lang-switch\" href=\"").append(esc(f.switchHref())).append("\">")
                    .append(t("feedback.form.switch")).append("</a>");
        }
        h.append("</header><h1>").append(t("feedback.form.title", f.branch().name())).append("</h1>");
        if (!f.errors().isEmpty()) {
            String first = f.errors().keySet().iterator().next();
            h.append("<div class=\"alert\" role=\"alert\" id=\"form-errors\">");
            if (f.errors().containsKey("")) {
                h.append(esc(f.errors().get("")));
            } else {
                h.append("<a href=\"#error-").append(esc(first)).append("\">").append(t("feedback.form.errors")).append("</a>");
            }
            h.append("</div>");
        }
        // novalidate: the page's own messages in the page's language, next to the field, not the browser's bubbles
        h.append("<form class=\"feedback\" method=\"post\" action=\"").append(esc(f.action()))
                .append("\" accept-charset=\"UTF-8\" novalidate").append(f.kiosk() ? " autocomplete=\"off\"" : "")
                .append('>');
        hidden(h, "submissionId", value(f, "submissionId"));
        hidden(h, "lang", locale.getLanguage());
        h.append("<div class=\"trap\" aria-hidden=\"true\"><label>").append(t("feedback.form.trap"))
                .append("<input type=\"text\" name=\"website\" tabindex=\"-1\" autocomplete=\"off\"></label></div>");

        scale(h, f, "nps", 0, 10, t("feedback.form.nps", f.brand()), "feedback.form.npsLow", "feedback.form.npsHigh", true);
        if (f.csat() && !f.kiosk()) {
            scale(h, f, "csat", 1, 5, t("feedback.form.csat"), "feedback.form.csatLow", "feedback.form.csatHigh", false);
        }
        if (f.ces() && !f.kiosk()) {
            scale(h, f, "ces", 1, 7, t("feedback.form.ces", f.brand()), "feedback.form.cesLow", "feedback.form.cesHigh", false);
        }

        staff(h, f);

        if (!f.kiosk()) {
            // after the person: "which part of the visit", in the customer's words
            h.append("<fieldset><legend><label for=\"touchpoint\">").append(t("feedback.form.touchpoint"))
                    .append("</label></legend>");
            h.append("<select id=\"touchpoint\" name=\"touchpoint\"").append(invalid(f, "touchpoint"))
                    .append("><option value=\"\">").append(t("feedback.form.touchpointNone")).append("</option>");
            for (Touchpoint tp : f.touchpoints()) {
                h.append("<option value=\"").append(esc(tp.code())).append('"')
                        .append(tp.code().equals(value(f, "touchpoint")) ? " selected" : "").append('>')
                        .append(esc(tp.name(locale))).append("</option>");
            }
            h.append("</select>");
            error(h, f, "touchpoint");
            h.append("</fieldset>");
        }

        h.append("<fieldset>");
        textarea(h, f, "praise", t("feedback.form.praise"), 1000);
        if (!f.kiosk()) {
            textarea(h, f, "comment", t("feedback.form.comment"), 2000);
        }
        h.append("</fieldset>");

        if (f.kiosk()) {
            // on a shared tablet the contact fields stay out of sight until the customer asks to be contacted
            h.append("<fieldset class=\"contact-toggle\"><input type=\"checkbox\" id=\"consent\" name=\"consent\" value=\"true\"")
                    .append("true".equals(value(f, "consent")) ? " checked" : "").append("><label for=\"consent\">")
                    .append(t("feedback.kiosk.contactMe")).append("</label><div class=\"contact-fields\" id=\"contact-fields\">")
                    .append("<p class=\"hint\">").append(t("feedback.kiosk.contactHint", f.brand(), f.retentionDays()))
                    .append("</p>");
            input(h, f, "contactName", "text", t("feedback.form.contactName"), 120, "off");
            input(h, f, "contactPhone", "tel", t("feedback.form.contactPhone"), 24, "off");
            input(h, f, "contactEmail", "email", t("feedback.form.contactEmail"), 190, "off");
            h.append("</div>");
            error(h, f, "consent");
            h.append("</fieldset>");
        } else {
            h.append("<fieldset><legend>").append(t("feedback.form.contact")).append("</legend>");
            input(h, f, "contactName", "text", t("feedback.form.contactName"), 120, "name");
            input(h, f, "contactPhone", "tel", t("feedback.form.contactPhone"), 24, "tel");
            input(h, f, "contactEmail", "email", t("feedback.form.contactEmail"), 190, "email");
            h.append("<label class=\"consent\"><input type=\"checkbox\" id=\"consent\" name=\"consent\" value=\"true\"")
                    .append("true".equals(value(f, "consent")) ? " checked" : "").append("><span>")
                    .append(t("feedback.form.consent", f.brand(), f.retentionDays())).append("</span></label>");
            error(h, f, "consent");
            h.append("</fieldset>");
        }
        h.append("<button type=\"submit\" id=\"send\">").append(t("feedback.form.send")).append("</button></form>");
        h.append("<script>").append(PublicScript.SOURCE).append("</script>");
        return foot(h);
    }

    /**
     * The staff picker: a search box (filters while typing; without script its "Find" button asks the server), the
     * customer-facing people as cards with their photo or initials, all on the page (no inner scrolling box).
     */
    private void staff(StringBuilder h, Form f) {
        if (f.staff().isEmpty()) {
            return;
        }
        String chosen = f.values().getOrDefault("employee", "");
        String query = f.values().getOrDefault("staffQuery", "").strip();
        String plainQuery = plain(query);
        h.append("<fieldset id=\"staff\"><legend>").append(t("feedback.form.staff")).append("</legend>");
        if (f.staff().size() > 1) {
            h.append("<div class=\"staff-search\"><label for=\"staff-search\">").append(t("feedback.form.staffSearch"))
                    .append("</label><div class=\"search-row\"><input type=\"search\" id=\"staff-search\" name=\"staffQuery\" ")
                    .append("maxlength=\"60\" autocomplete=\"off\" enterkeyhint=\"search\" placeholder=\"")
                    .append(t("feedback.form.staffSearchPlaceholder")).append("\" value=\"").append(esc(query))
                    .append("\"><button type=\"submit\" class=\"find nojs\" name=\"find\" value=\"1\">")
                    .append(t("feedback.form.staffFind")).append("</button></div></div>");
        }
        // the preselected person (badge QR) comes first
        List<StaffChoice> ordered = new java.util.ArrayList<>(f.staff());
        ordered.sort(java.util.Comparator.comparing(s -> !s.token().equals(chosen)));
        int shown = 0;
        StringBuilder cards = new StringBuilder();
        for (StaffChoice s : ordered) {
            String id = s.token();
            String name = plain(s.displayName());
            boolean match = plainQuery.isEmpty() || name.contains(plainQuery) || id.equals(chosen);
            if (!match) {
                continue; // only when the server filtered (no script): the script filters the full list itself
            }
            shown++;
            cards.append("<label data-name=\"").append(esc(name)).append("\"><input type=\"radio\" name=\"employee\" value=\"")
                    .append(esc(id)).append('"').append(id.equals(chosen) ? " checked" : "").append("><span>");
            if (s.hasPhoto()) {
                cards.append("<img src=\"/f/").append(esc(f.branch().code())).append("/photo/").append(esc(id))
                        .append("?v=").append(s.photoVersion()).append("\" alt=\"\" width=\"56\" height=\"56\" loading=\"lazy\">");
            } else {
                cards.append("<i aria-hidden=\"true\">").append(esc(s.initials())).append("</i>");
            }
            cards.append("<b>").append(esc(s.displayName())).append("</b></span></label>");
        }
        h.append("<p class=\"hint\" id=\"staff-nobody\"").append(shown == 0 && !plainQuery.isEmpty() ? "" : " hidden")
                .append('>').append(t("feedback.form.staffNobody")).append("</p>");
        h.append("<div class=\"staff\" id=\"staff-list\">").append(cards);
        h.append("<label class=\"none\"><input type=\"radio\" name=\"employee\" value=\"\"").append(chosen.isEmpty() ? " checked" : "")
                .append("><span><i aria-hidden=\"true\">–</i><b>").append(t("feedback.form.staffNone")).append("</b></span></label>");
        h.append("</div>");
        error(h, f, "employee");
        h.append("</fieldset>");
    }

    /** Lower case without Vietnamese diacritics, for the staff search ("lan" finds "Lan", "hương" and "huong"). */
    static String plain(String s) {
        String n = java.text.Normalizer.normalize(s == null ? "" : s, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'd');
        return n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    String thanks(String brand, String againHref, boolean kiosk) {
        return thanks(brand, againHref, kiosk, null);
    }

    /** The thank-you page; {@code reviewUrl} (promoters who praised someone) offers the branch's public review page. */
    String thanks(String brand, String againHref, boolean kiosk, String reviewUrl) {
        StringBuilder h = head(t("feedback.thanks.title"), kiosk, kiosk ? againHref : null, 0);
        h.append("<div class=\"thanks\" id=\"thanks\"><div class=\"big\" aria-hidden=\"true\">🌸</div><h1>")
                .append(t("feedback.thanks.title")).append("</h1><p>").append(t("feedback.thanks.text", brand)).append("</p>");
        if (reviewUrl != null) {
            h.append("<div class=\"review\" id=\"review\"><p>").append(t("feedback.thanks.reviewAsk")).append("</p><a class=\"button\" id=\"review-link\" href=\"")
                    .append(esc(reviewUrl)).append("\" target=\"_blank\" rel=\"noopener noreferrer\">")
                    .append(t("feedback.thanks.reviewLink")).append("</a></div>");
        }
        if (kiosk) {
            h.append("<p class=\"hint\">").append(t("feedback.thanks.kiosk")).append("</p>");
        } else {
            h.append("<p><a href=\"").append(esc(againHref)).append("\">").append(t("feedback.thanks.again")).append("</a></p>");
        }
        h.append("</div>");
        return foot(h);
    }

    String message(String titleKey, String messageKey, Object... args) {
        StringBuilder h = head(t(titleKey), false, null, 0);
        h.append("<div class=\"thanks\"><h1>").append(t(titleKey)).append("</h1><p id=\"message\">")
                .append(t(messageKey, args)).append("</p></div>");
        return foot(h);
    }

    /** The fields of the form a retry page carries over; nothing else the client sent is echoed. */
    static final List<String> FIELDS = List.of("submissionId", "nps", "csat", "ces", "touchpoint", "employee", "praise",
            "comment", "contactName", "contactPhone", "contactEmail", "consent", "website");

    /**
     * The database was away when the customer sent the form (issue 13): nothing was stored, and this page keeps every
     * value they typed (with the same submission id, so a second press stores the answer once) behind one
     * "Try again" button. It needs no database.
     */
    String retry(String action, Map<String, String> values, boolean kiosk) {
        StringBuilder h = head(t("feedback.page.unavailableTitle"), kiosk, null, 0);
        h.append("<div class=\"thanks\" id=\"unavailable\"><h1>").append(t("feedback.page.unavailableTitle"))
                .append("</h1><p id=\"message\">").append(t("feedback.page.unavailable")).append("</p>");
        for (String kept : List.of("praise", "comment")) {
            String text = values.get(kept);
            if (text != null && !text.isBlank()) {
                h.append("<blockquote class=\"kept\">").append(esc(text)).append("</blockquote>");
            }
        }
        h.append("<form method=\"post\" action=\"").append(esc(action)).append("\" accept-charset=\"UTF-8\">");
        hidden(h, "lang", locale.getLanguage());
        for (String field : FIELDS) {
            String v = values.get(field);
            if (v != null) {
                hidden(h, field, v);
            }
        }
        h.append("<button type=\"submit\" id=\"retry\">").append(t("feedback.page.retry")).append("</button></form></div>");
        return foot(h);
    }

    private StringBuilder head(String title, boolean kiosk, String refreshTo, int idleSeconds) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!doctype html><html lang=\"").append(locale.getLanguage()).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .append("<meta name=\"robots\" content=\"noindex\">");
        if (refreshTo != null) {
            h.append("<meta http-equiv=\"refresh\" content=\"5;url=").append(esc(refreshTo)).append("\">");
        }
        h.append("<title>").append(title).append("</title><style>").append(CSS).append("</style></head><body")
                .append(kiosk ? " class=\"kiosk\"" : "").append(idleSeconds > 0 ? " data-idle=\"" + idleSeconds + "\"" : "")
                .append("><main>");
        return h;
    }

    private static String foot(StringBuilder h) {
        return h.append("</main></body></html>").toString();
    }

    private void scale(StringBuilder h, Form f, String name, int from, int to, String question, String low, String high,
            boolean required) {
        h.append("<fieldset id=\"").append(name).append("\"><legend>").append(question);
        if (!required) {
            h.append(" <span class=\"hint\">(").append(t("feedback.form.optional")).append(")</span>");
        }
        h.append("</legend><div class=\"scale").append(to - from == 4 ? " s5" : to - from == 6 ? " s7" : " s11")
                .append(f.errors().containsKey(name) ? " invalid" : "").append("\">");
        String value = value(f, name);
        for (int i = from; i <= to; i++) {
            String v = Integer.toString(i);
            h.append("<label><input type=\"radio\" name=\"").append(name).append("\" value=\"").append(v).append('"')
                    .append(v.equals(value) ? " checked" : "")
                    .append("><span>").append(v).append("</span></label>");
        }
        h.append("</div><div class=\"ends\"><span>").append(t(low)).append("</span><span>").append(t(high)).append("</span></div>");
        error(h, f, name);
        h.append("</fieldset>");
    }

    private void textarea(StringBuilder h, Form f, String name, String label, int max) {
        h.append("<div class=\"field\"><label for=\"").append(name).append("\">").append(label).append("</label><textarea id=\"")
                .append(name).append("\" name=\"").append(name).append("\" maxlength=\"").append(max).append('"')
                .append(invalid(f, name)).append('>')
                .append(esc(f.values().getOrDefault(name, ""))).append("</textarea>");
        error(h, f, name);
        h.append("</div>");
    }

    private void input(StringBuilder h, Form f, String name, String type, String label, int max, String autocomplete) {
        h.append("<div class=\"field\"><label for=\"").append(name).append("\">").append(label).append("</label><input type=\"")
                .append(type).append("\" id=\"").append(name).append("\" name=\"").append(name).append("\" maxlength=\"")
                .append(max).append("\" autocomplete=\"").append(autocomplete).append('"').append(invalid(f, name)).append(" value=\"")
                .append(esc(f.values().getOrDefault(name, ""))).append("\">");
        error(h, f, name);
        h.append("</div>");
    }

    /** Marks a field with an error for assistive technology and points it to the message beside it. */
    private static String invalid(Form f, String field) {
        return f.errors().containsKey(field) ? " aria-invalid=\"true\" aria-describedby=\"error-" + field + "\"" : "";
    }

    private static String value(Form f, String field) {
        return f.values().getOrDefault(field, null);
    }

    private static void hidden(StringBuilder h, String name, String value) {
        h.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"").append(esc(value == null ? "" : value))
                .append("\">");
    }

    private static void error(StringBuilder h, Form f, String field) {
        String e = f.errors().get(field);
        if (e != null) {
            h.append("<p class=\"error\" id=\"error-").append(field).append("\">").append(esc(e)).append("</p>");
        }
    }

    /** Escapes markup characters only; Vietnamese letters stay as they are (the page is UTF-8). */
    static String esc(String s) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(s, "UTF-8");
    }

    private static String readCss() {
        try (InputStream in = FeedbackPage.class.getResourceAsStream("/feedback/public.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
