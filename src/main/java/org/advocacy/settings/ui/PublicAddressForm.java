package org.advocacy.settings.ui;

import com.vaadin.flow.component.Key;
import org.springframework.modulith.NamedInterface;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Consumer;
import org.advocacy.kernel.ValidationException;
import org.advocacy.kernel.ui.FormNotices;
import org.advocacy.kernel.ui.Formats;
import org.advocacy.settings.PublicAddress;
import org.advocacy.settings.PublicAddressService;

/**
 * An administrator's form for the public address: the field with its current value, where that value comes from,
 * Save, and "Use PUBLIC_URL again" while one is stored. Refused input is named at the field and stores nothing.
 * Used on Administration → Public address and, for administrators, in place on the QR code screen.
 */
@NamedInterface("components")
public class PublicAddressForm extends Div {

    private final PublicAddressService service;
    private final ZoneId zone;
    private final Consumer<PublicAddress> onChange;
    private final TextField url = new TextField();
    private final Paragraph source = new Paragraph();
    private final Button clear = new Button();

    public PublicAddressForm(PublicAddressService service, ZoneId zone, Consumer<PublicAddress> onChange) {
        this.service = service;
        this.zone = zone;
        this.onChange = onChange;
        setId("public-url-form");
        addClassName("public-url-form");
        url.setId("public-url-field");
        url.setLabel(getTranslation("settings.publicUrl.field"));
        url.setHelperText(getTranslation("settings.publicUrl.help"));
        url.setPlaceholder(getTranslation("settings.publicUrl.placeholder"));
        url.setMaxLength(PublicAddressService.MAX_LENGTH);
        url.setWidthFull();
        url.addKeyPressListener(Key.ENTER, e -> save());
        Button save = new Button(getTranslation("settings.publicUrl.save"), e -> save());
        save.setId("public-url-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        clear.setText(getTranslation("settings.publicUrl.useEnvironment"));
        clear.setId("public-url-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> useEnvironment());
        // the buttons under the field: beside it, a two-line helper and error text on a phone ran into what follows
        HorizontalLayout buttons = new HorizontalLayout(save, clear);
        buttons.addClassName("public-url-buttons");
        buttons.setSpacing(true);
        buttons.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        source.setId("public-url-source");
        source.addClassName("public-url-source");
        add(url, buttons, source);
        show(service.current());
    }

    private void save() {
        String before = service.url();
        try {
            PublicAddress saved = service.set(url.getValue());
            url.setInvalid(false);
            boolean nowHttps = saved.url().startsWith("https://") && !before.startsWith("https://");
            FormNotices.success(getTranslation(nowHttps ? "settings.publicUrl.savedRestart" : "settings.publicUrl.saved",
                    saved.url()));
            changed();
        } catch (ValidationException e) {
            url.setErrorMessage(getTranslation(e.messageKey(), e.args()));
            url.setInvalid(true);
        }
    }

    private void useEnvironment() {
        PublicAddress now = service.clear();
        url.setInvalid(false);
        FormNotices.success(getTranslation("settings.publicUrl.cleared", now.url()));
        changed();
    }

    private void changed() {
        PublicAddress now = service.current();
        show(now);
        onChange.accept(now);
    }

    private void show(PublicAddress a) {
        url.setValue(a.stored() || !PublicAddressService.isLoopback(a.url()) ? a.url() : "");
        Locale locale = getLocale();
        source.setText(a.stored()
                ? getTranslation("settings.publicUrl.source.stored", Formats.dateTime(a.storedAt(), zone, locale),
                        a.environmentUrl())
                : getTranslation("settings.publicUrl.source.environment", a.environmentUrl()));
        clear.setVisible(a.stored());
    }
}
