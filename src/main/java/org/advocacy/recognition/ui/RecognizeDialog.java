package org.advocacy.recognition.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.advocacy.kernel.ValidationException;
import org.advocacy.org.EmployeePhotoService;
import org.advocacy.org.ui.PersonAvatar;
import org.advocacy.recognition.Colleague;
import org.advocacy.recognition.CompanyValue;
import org.advocacy.recognition.CompanyValueService;
import org.advocacy.recognition.RecognitionData;
import org.advocacy.recognition.RecognitionService;
import org.advocacy.recognition.Visibility;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Recognise": pick one or more people (the picker loads them page by page and offers only those the caller may
 * recognise), one or more values, a message and who may see it.
 */
class RecognizeDialog extends Dialog {

    final MultiSelectComboBox<Colleague> people = new MultiSelectComboBox<>();
    final CheckboxGroup<CompanyValue> values = new CheckboxGroup<>();
    final TextArea message = new TextArea();
    final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>();

    RecognizeDialog(RecognitionService service, CompanyValueService companyValues, EmployeePhotoService photos,
            List<Colleague> preselected, Runnable onSaved) {
        setHeaderTitle(getTranslation("recognition.give.title"));
        setId("recognize-dialog");
        setWidth("min(36rem, 100vw)");

        people.setId("recognize-people");
        people.setLabel(getTranslation("recognition.give.people"));
        people.setItems(query -> service.recipients(query.getFilter().orElse(null), query.getOffset(), query.getLimit()).stream(),
                query -> service.countRecipients(query.getFilter().orElse(null)));
        people.setItemLabelGenerator(c -> c.fullName() + " · " + c.branchCode());
        // in the list: photo or initials, name, job title and branch (the own branch comes first, see the service)
        people.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(c -> person(c, photos)));
        people.setWidthFull();
        if (!preselected.isEmpty()) {
            people.setValue(Set.copyOf(preselected));
        }

        values.setId("recognize-values");
        values.setLabel(getTranslation("recognition.give.values"));
        values.setItems(companyValues.values(true));
        values.setItemLabelGenerator(v -> v.name(getLocale()));

        message.setId("recognize-message");
        message.setLabel(getTranslation("recognition.give.message"));
        message.setMaxLength(RecognitionService.MAX_MESSAGE);
        message.setWidthFull();
        message.setMinHeight("6em");

        visibility.setId("recognize-visibility");
        visibility.setLabel(getTranslation("recognition.give.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("recognition.visibility." + v.name()));
        visibility.setValue(Visibility.BRANCH);

        FormLayout form = new FormLayout(people, values, message, visibility);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Map<String, HasValidation> fields = Map.of("recipients", people, "values", values, "message", message,
                "visibility", visibility);
        Button save = new Button(getTranslation("recognition.give.send"), e -> {
            RecognitionUi.clearErrors(fields);
            try {
                service.recognise(new RecognitionData(
                        people.getValue().stream().map(Colleague::employeeId).collect(Collectors.toSet()),
                        values.getValue().stream().map(CompanyValue::id).collect(Collectors.toSet()),
                        message.getValue(), visibility.getValue()));
            } catch (ValidationException ex) {
                RecognitionUi.showError(this, ex, fields);
                return;
            } catch (AccessDeniedException ex) {
                RecognitionUi.error(getTranslation("recognition.error.notAllowed"));
                return;
            }
            close();
            RecognitionUi.success(getTranslation("recognition.give.sent"));
            onSaved.run();
        });
        save.setId("recognize-send");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId("recognize-cancel");
        getFooter().add(cancel, save);
    }

    static com.vaadin.flow.component.Component person(Colleague c) {
        return person(c, null);
    }

    /** As {@link #person(Colleague)}, with the person's photo when they uploaded one. */
    static com.vaadin.flow.component.Component person(Colleague c, EmployeePhotoService photos) {
        com.vaadin.flow.component.avatar.Avatar avatar = photos == null
                ? new com.vaadin.flow.component.avatar.Avatar(c.fullName())
                : PersonAvatar.of(photos, c.employeeId(), c.fullName());
        avatar.setAbbreviation(initials(c.fullName()));
        avatar.addThemeName("small");
        com.vaadin.flow.component.html.Span name = new com.vaadin.flow.component.html.Span(c.fullName());
        name.addClassName("picker-name");
        com.vaadin.flow.component.html.Span what = new com.vaadin.flow.component.html.Span(
                (c.jobTitle() == null || c.jobTitle().isBlank() ? "" : c.jobTitle() + " · ") + c.branchCode());
        what.addClassName("picker-meta");
        com.vaadin.flow.component.html.Div text = new com.vaadin.flow.component.html.Div(name, what);
        text.addClassName("picker-text");
        com.vaadin.flow.component.html.Div row = new com.vaadin.flow.component.html.Div(avatar, text);
        row.addClassName("picker-person");
        return row;
    }

    /** Two letters, as Vietnamese names are read: the family name's and the given name's (Phạm Phương Thảo: PT). */
    static String initials(String name) {
        String[] words = name.strip().split("\\s+");
        String first = words[0].isEmpty() ? "?" : words[0].substring(0, 1);
        return words.length == 1 ? first.toUpperCase() : (first + words[words.length - 1].charAt(0)).toUpperCase();
    }
}
