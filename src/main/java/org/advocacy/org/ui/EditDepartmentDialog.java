package org.advocacy.org.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Map;
import org.advocacy.kernel.ValidationException;
import org.advocacy.org.Department;
import org.advocacy.org.OrgService;

/**
 * Adds or renames a department, or retires it (inactive: kept for history, no longer offered for new people).
 */
class EditDepartmentDialog extends Dialog {

    /** What the form edits. */
    static final class DepartmentBean {
        String name = "";
        boolean active = true;
    }

    EditDepartmentDialog(OrgService org, Department existing, Runnable onSaved) {
        setHeaderTitle(existing == null ? getTranslation("department.add")
                : getTranslation("department.edit", existing.name()));
        setId("department-dialog");
        setWidth("min(28rem, 100vw)");

        TextField name = new TextField(getTranslation("department.name"));
        name.setId("department-name");
        name.setMaxLength(80);
        Checkbox active = new Checkbox(getTranslation("common.active"));
        active.setId("department-active");
        active.setTooltipText(getTranslation("department.active.help"));

        Binder<DepartmentBean> binder = new Binder<>();
        binder.forField(name).asRequired(getTranslation("error.required")).bind(b -> b.name, (b, v) -> b.name = v);
        binder.forField(active).bind(b -> b.active, (b, v) -> b.active = v);
        DepartmentBean bean = new DepartmentBean();
        if (existing != null) {
            bean.name = existing.name();
            bean.active = existing.active();
        }
        binder.readBean(bean);

        FormLayout form = new FormLayout(name, active);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Map<String, HasValidation> fields = Map.of("name", name);
        Button save = new Button(getTranslation("common.save"), e -> {
            OrgUi.clearErrors(fields);
            if (!binder.writeBeanIfValid(bean)) {
                return;
            }
            try {
                if (existing == null) {
                    org.createDepartment(bean.name, bean.active);
                } else {
                    org.updateDepartment(existing.id(), bean.name, bean.active);
                }
            } catch (ValidationException ex) {
                OrgUi.showError(this, ex, fields);
                return;
            }
            close();
            OrgUi.success(getTranslation("department.saved", bean.name.strip()));
            onSaved.run();
        });
        save.setId("department-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId("department-cancel");
        getFooter().add(cancel, save);
    }
}
