package org.advocacy.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.Optional;
import org.advocacy.kernel.ValidationException;
import org.advocacy.org.Employee;
import org.advocacy.org.EmployeeData;
import org.advocacy.org.OrgService;

/** Adds a person or edits one in an {@link EmployeeForm}. */
class EditEmployeeDialog extends Dialog {

    private final EmployeeForm form;

    EditEmployeeDialog(OrgService org, Employee existing, Runnable onSaved) {
        setHeaderTitle(existing == null ? getTranslation("employee.add")
                : getTranslation("employee.edit", existing.fullName()));
        setId("employee-dialog");
        setWidth("min(44rem, 100vw)");
        form = new EmployeeForm(existing, org.branches(false), org.departments());
        add(form);

        Button save = new Button(getTranslation("common.save"), e -> {
            Optional<EmployeeData> data = form.data();
            if (data.isEmpty()) {
                return;
            }
            try {
                if (existing == null) {
                    org.createEmployee(data.get());
                } else {
                    org.updateEmployee(existing.id(), data.get());
                }
            } catch (ValidationException ex) {
                form.showError(ex);
                return;
            }
            close();
            OrgUi.success(getTranslation("employee.saved", data.get().fullName().strip()));
            onSaved.run();
        });
        save.setId("employee-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId("employee-cancel");
        getFooter().add(cancel, save);
    }

    EmployeeForm form() {
        return form;
    }
}
