package org.advocacy.admin.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.advocacy.kernel.ValidationException;
import org.advocacy.org.Branch;
import org.advocacy.org.Employee;
import org.advocacy.org.EmployeeFilter;
import org.advocacy.org.EmployeeSort;
import org.advocacy.org.OrgService;
import org.advocacy.security.Role;
import org.advocacy.security.UserAccountData;
import org.advocacy.security.UserAccountService;
import org.advocacy.security.UserListItem;

/** Creates an account (existing == null) or edits one: name, roles, managed branches, enabled, password reset. */
class EditUserDialog extends Dialog {

    private final UserAccountService accounts;
    private final UserListItem existing;
    private final Runnable onSaved;

    final EmailField email = new EmailField();
    final TextField displayName = new TextField();
    final ComboBox<Employee> employee = new ComboBox<>();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final MultiSelectComboBox<Branch> managedBranches = new MultiSelectComboBox<>();
    final Checkbox enabled = new Checkbox();
    final PasswordField password = new PasswordField();

    EditUserDialog(UserAccountService accounts, OrgService org, UserListItem existing, Runnable onSaved) {
        this.accounts = accounts;
        this.existing = existing;
        this.onSaved = onSaved;
        setId("user-dialog");
        setHeaderTitle(existing == null ? getTranslation("users.create.title")
                : getTranslation("users.edit.title", existing.email()));
        setWidth("min(640px, 100vw)");

        email.setId("user-email");
        email.setLabel(getTranslation("user.email"));
        email.setRequiredIndicatorVisible(true);
        displayName.setId("user-name");
        displayName.setLabel(getTranslation("user.displayName"));
        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(120);

        employee.setId("user-employee");
        employee.setLabel(getTranslation("user.employee"));
        employee.setHelperText(getTranslation("user.employeeHelp"));
        employee.setClearButtonVisible(true);
        employee.setItemLabelGenerator(e -> e.fullName() + " · " + e.branchCode() + " · " + e.email());
        employee.setItems(DataProvider.<Employee, String>fromFilteringCallbacks(
                query -> org.employees(employeeFilter(query.getFilter().orElse(null)), List.of(EmployeeSort.DEFAULT),
                        query.getOffset(), query.getLimit()).stream(),
                query -> org.countEmployees(employeeFilter(query.getFilter().orElse(null)))));
        employee.addValueChangeListener(e -> {
            Employee picked = e.getValue();
            if (picked != null && email.isEmpty()) {
                email.setValue(picked.email());
            }
            if (picked != null && displayName.isEmpty()) {
                displayName.setValue(picked.fullName());
            }
        });

        roles.setId("user-roles");
        roles.setLabel(getTranslation("user.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.addValueChangeListener(e -> managedBranches.setVisible(e.getValue().contains(Role.MANAGER)));

        List<Branch> branches = org.branches(false);
        managedBranches.setId("user-branches");
        managedBranches.setLabel(getTranslation("user.managedBranches"));
        managedBranches.setHelperText(getTranslation("user.managedBranchesHelp"));
        managedBranches.setItems(branches);
        managedBranches.setItemLabelGenerator(b -> b.code() + " · " + b.name());
        managedBranches.setVisible(false);

        enabled.setId("user-enabled");
        enabled.setLabel(getTranslation("user.enabled"));
        password.setId("user-password");
        password.setHelperText(getTranslation("user.passwordHelp", UserAccountService.MIN_PASSWORD_LENGTH));

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        Button save = new Button(getTranslation("common.save"), e -> save());
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId("user-cancel");

        if (existing == null) {
            password.setLabel(getTranslation("user.password"));
            password.setRequiredIndicatorVisible(true);
            roles.setValue(Set.of(Role.EMPLOYEE));
            form.add(email, displayName, employee, password, roles, managedBranches);
            form.setColspan(employee, 2);
            getFooter().add(cancel, save);
        } else {
            email.setValue(existing.email());
            email.setReadOnly(true);
            displayName.setValue(existing.displayName());
            roles.setValue(existing.roles().isEmpty() ? Set.of() : EnumSet.copyOf(existing.roles()));
            Set<Long> managed = accounts.managedBranches(existing.id());
            managedBranches.setValue(branches.stream().filter(b -> managed.contains(b.id())).collect(Collectors.toSet()));
            enabled.setValue(existing.enabled());
            password.setLabel(getTranslation("user.newPassword"));
            Button reset = new Button(getTranslation("user.resetPassword"), e -> resetPassword());
            reset.setId("user-reset-password");
            HorizontalLayout passwordRow = new HorizontalLayout(password, reset);
            passwordRow.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            form.add(email, displayName, roles, managedBranches, enabled, passwordRow);
            form.setColspan(passwordRow, 2);
            getFooter().add(cancel, save);
        }
        form.setColspan(roles, 2);
        form.setColspan(managedBranches, 2);
        add(form);
    }

    private static EmployeeFilter employeeFilter(String text) {
        return new EmployeeFilter(text == null || text.isBlank() ? null : text.strip(), null, null, true);
    }

    void save() {
        clearErrors();
        Set<Role> chosen = roles.getValue();
        Set<Long> branchIds = managedBranches.getValue().stream().map(Branch::id).collect(Collectors.toSet());
        try {
            if (existing == null) {
                accounts.create(new UserAccountData(email.getValue(), displayName.getValue(),
                        employee.getValue() == null ? null : employee.getValue().id(), chosen, branchIds, true,
                        password.getValue()));
                notify(getTranslation("users.created", email.getValue().strip()), false);
            } else {
                accounts.update(existing.id(), new UserAccountData(existing.email(), displayName.getValue(),
                        existing.employeeId(), chosen, branchIds, enabled.getValue(), null));
                notify(getTranslation("common.saved"), false);
            }
            close();
            onSaved.run();
        } catch (ValidationException e) {
            show(e);
        }
    }

    void resetPassword() {
        clearErrors();
        try {
            accounts.resetPassword(existing.id(), password.getValue());
            password.clear();
            notify(getTranslation("user.passwordWasReset"), false);
        } catch (ValidationException e) {
            show(e);
        }
    }

    private void show(ValidationException e) {
        String message = getTranslation(e.messageKey(), e.args());
        HasValidation field = fields().get(e.field() == null ? "" : e.field());
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else {
            notify(message, true);
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of("email", email, "displayName", displayName, "employee", employee, "roles", roles,
                "password", password);
    }

    private void clearErrors() {
        fields().values().forEach(f -> f.setInvalid(false));
    }

    private static void notify(String text, boolean error) {
        Notification n = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }
}
