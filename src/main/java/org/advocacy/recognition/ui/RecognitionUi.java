package org.advocacy.recognition.ui;

import org.advocacy.kernel.ui.FormNotices;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.advocacy.kernel.ValidationException;
import org.advocacy.kernel.ui.Formats;
import org.advocacy.recognition.Colleague;
import org.advocacy.recognition.CompanyValue;
import org.advocacy.recognition.FeedItem;
import org.advocacy.recognition.Visibility;

/** Pieces the recognition screens share: the entry card, value badges, errors and notifications. */
final class RecognitionUi {

    private RecognitionUi() {
    }

    /** One feed entry: giver → recipients, values, message, time, and applause (when {@code applaud} is given). */
    static Component card(Component owner, FeedItem item, ZoneId zone, Consumer<FeedItem> applaud) {
        Locale locale = com.vaadin.flow.component.UI.getCurrent() == null ? Locale.ENGLISH : com.vaadin.flow.component.UI.getCurrent().getLocale();
        if (item.praise()) {
            return praiseCard(owner, item, zone, locale);
        }
        Div card = new Div();
        card.addClassName("recognition-card");
        card.setId("recognition-" + item.id());
        String people = item.recipients().stream().map(Colleague::fullName).collect(Collectors.joining(", "));
        Span who = new Span(owner.getTranslation("recognition.card.who", item.giverName(), people));
        who.addClassName("recognition-who");
        Div values = new Div();
        values.addClassName("value-badges");
        item.values().forEach(v -> values.add(badge(v, locale)));
        Paragraph message = new Paragraph(item.message());
        message.addClassName("recognition-message");
        Span when = new Span(Formats.dateTime(item.createdAt(), zone, locale));
        when.addClassName("recognition-when");
        Div footer = new Div(when);
        footer.addClassName("recognition-footer");
        if (item.visibility() == Visibility.PRIVATE) {
            Span priv = new Span(VaadinIcon.LOCK.create(), new Span(owner.getTranslation("recognition.visibility.PRIVATE")));
            priv.addClassName("recognition-private");
            footer.add(priv);
        }
        if (applaud != null && item.visibility() != Visibility.PRIVATE) {
            Button clap = new Button(owner.getTranslation("recognition.applause", item.applause()),
                    VaadinIcon.HANDS_UP.create(), e -> applaud.accept(item));
            clap.setId("applaud-" + item.id());
            clap.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            clap.setEnabled(!item.applaudedByMe());
            clap.setAriaLabel(owner.getTranslation("recognition.applaud"));
            clap.setTooltipText(owner.getTranslation(item.applaudedByMe() ? "recognition.applauded" : "recognition.applaud"));
            footer.add(clap);
        } else if (item.applause() > 0) {
            footer.add(new Span(owner.getTranslation("recognition.applause", item.applause())));
        }
        card.add(who, values, message, footer);
        return card;
    }

    /** Approved customer praise: who was praised, the branch, the text, a "customer praise" label and the date. */
    private static Component praiseCard(Component owner, FeedItem item, ZoneId zone, Locale locale) {
        Div card = new Div();
        card.addClassNames("recognition-card", "praise-card");
        card.setId("praise-" + item.id());
        Colleague praised = item.recipients().get(0);
        Span who = new Span(owner.getTranslation("recognition.card.praise", praised.fullName(), praised.branchCode()));
        who.addClassName("recognition-who");
        Span label = new Span(VaadinIcon.COMMENT_ELLIPSIS_O.create(),
                new Span(owner.getTranslation("recognition.card.praiseLabel")));
        label.addClassName("praise-label");
        Div labels = new Div(label);
        labels.addClassName("value-badges");
        Paragraph message = new Paragraph(item.message());
        message.addClassName("recognition-message");
        Span when = new Span(Formats.date(item.createdAt().atOffset(java.time.ZoneOffset.UTC)
                .atZoneSameInstant(zone).toLocalDate(), locale));
        when.addClassName("recognition-when");
        Div footer = new Div(when);
        footer.addClassName("recognition-footer");
        card.add(who, labels, message, footer);
        return card;
    }

    static Component badge(CompanyValue value, Locale locale) {
        Icon icon = value.icon().startsWith("vaadin:") ? new Icon("vaadin", value.icon().substring(7)) : VaadinIcon.STAR.create();
        Span badge = new Span(icon, new Span(value.name(locale)));
        badge.addClassName("value-badge");
        badge.getStyle().set("--value-colour", value.colour());
        badge.getElement().setAttribute("title", value.meaning(locale));
        return badge;
    }

    static String month(YearMonth month, Locale locale) {
        return org.advocacy.kernel.ui.Formats.month(month, locale);
    }

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

}
