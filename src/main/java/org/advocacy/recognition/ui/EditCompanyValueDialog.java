package org.advocacy.recognition.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.advocacy.kernel.ValidationException;
import org.advocacy.recognition.CompanyValue;
import org.advocacy.recognition.CompanyValueData;
import org.advocacy.recognition.CompanyValueService;

/** Adds or edits a company value; retiring one keeps it on past recognition but stops it being chosen. */
class EditCompanyValueDialog extends Dialog {

    final TextField code = field("value-code", "recognition.values.code", 32);
    final TextField nameVi = field("value-name-vi", "recognition.values.nameVi", 80);
    final TextField nameEn = field("value-name-en", "recognition.values.nameEn", 80);
    final TextField meaningVi = field("value-meaning-vi", "recognition.values.meaningVi", 200);
    final TextField meaningEn = field("value-meaning-en", "recognition.values.meaningEn", 200);
    final TextField icon = field("value-icon", "recognition.values.icon", 40);
    final TextField colour = field("value-colour", "recognition.values.colour", 7);
    final IntegerField order = new IntegerField();
    final Checkbox active = new Checkbox();

    EditCompanyValueDialog(CompanyValueService companyValues, CompanyValue existing, Runnable onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "recognition.values.add" : "recognition.values.edit"));
        setId("value-dialog");
        setWidth("min(36rem, 100vw)");
        order.setId("value-order");
        order.setLabel(getTranslation("recognition.values.order"));
        active.setId("value-active");
        active.setLabel(getTranslation("common.active"));
        icon.setHelperText(getTranslation("recognition.values.iconHelp"));
        colour.setHelperText(getTranslation("recognition.values.colourHelp"));
        if (existing != null) {
            code.setValue(existing.code());
            nameVi.setValue(existing.nameVi());
            nameEn.setValue(existing.nameEn());
            meaningVi.setValue(existing.meaningVi());
            meaningEn.setValue(existing.meaningEn());
            icon.setValue(existing.icon());
            colour.setValue(existing.colour());
            order.setValue(existing.sortOrder());
            active.setValue(existing.active());
        } else {
            icon.setValue("vaadin:star");
            colour.setValue("#8B5E3C");
            order.setValue(10);
            active.setValue(true);
        }
        FormLayout form = new FormLayout(code, nameVi, nameEn, meaningVi, meaningEn, icon, colour, order, active);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form);

        Map<String, HasValidation> fields = Map.of("code", code, "nameVi", nameVi, "nameEn", nameEn,
                "meaningVi", meaningVi, "meaningEn", meaningEn, "icon", icon, "colour", colour);
        Button save = new Button(getTranslation("common.save"), e -> {
            RecognitionUi.clearErrors(fields);
            CompanyValueData data = new CompanyValueData(code.getValue(), nameVi.getValue(), nameEn.getValue(),
                    meaningVi.getValue(), meaningEn.getValue(), icon.getValue(), colour.getValue(), active.getValue(),
                    order.getValue() == null ? 0 : order.getValue());
            try {
                if (existing == null) {
                    companyValues.createValue(data);
                } else {
                    companyValues.updateValue(existing.id(), data);
                }
            } catch (ValidationException ex) {
                RecognitionUi.showError(this, ex, fields);
                return;
            }
            close();
            RecognitionUi.success(getTranslation("common.saved"));
            onSaved.run();
        });
        save.setId("value-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private TextField field(String id, String labelKey, int max) {
        TextField f = new TextField(getTranslation(labelKey));
        f.setId(id);
        f.setMaxLength(max);
        return f;
    }
}
