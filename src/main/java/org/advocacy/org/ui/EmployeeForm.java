package org.advocacy.org.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.advocacy.kernel.ValidationException;
import org.advocacy.org.Branch;
import org.advocacy.org.Department;
import org.advocacy.org.Employee;
import org.advocacy.org.EmployeeData;

/**
 * The fields of one person. Only checks that required fields are filled; the service does the real checks and
 * {@link #showError} puts its answer on the right field.
 */
class EmployeeForm extends FormLayout {

    /** What the form edits. */
    static final class EmployeeBean {
        String fullName = "";
        String email = "";
        Branch branch;
        Department department;
        String jobTitle = "";
        LocalDate hireDate;
        boolean manager;
        boolean active = true;
    }

    final TextField fullName = new TextField();
    final TextField email = new TextField();
    final ComboBox<Branch> branch = new ComboBox<>();
    final ComboBox<Department> department = new ComboBox<>();
    final TextField jobTitle = new TextField();
    final DatePicker hireDate = new DatePicker();
    final Checkbox manager = new Checkbox();
    final Checkbox active = new Checkbox();

    private final Binder<EmployeeBean> binder = new Binder<>();
    private final EmployeeBean bean = new EmployeeBean();
    private final Map<String, HasValidation> fields;

    /** Offers active branches and departments, plus the person's current ones even if those were retired. */
    EmployeeForm(Employee existing, List<Branch> branches, List<Department> departments) {
        fullName.setLabel(getTranslation("employee.fullName"));
        fullName.setId("employee-fullName");
        fullName.setMaxLength(120);
        email.setLabel(getTranslation("employee.email"));
        email.setId("employee-email");
        email.setMaxLength(190);
        branch.setLabel(getTranslation("employee.branch"));
        branch.setId("employee-branch");
        branch.setItems(branches.stream().filter(b -> b.active() || existing != null && b.id() == existing.branchId())
                .toList());
        branch.setItemLabelGenerator(b -> b.code() + " · " + b.name());
        department.setLabel(getTranslation("employee.department"));
        department.setId("employee-department");
        department.setItems(departments.stream()
                .filter(d -> d.active() || existing != null && d.id() == existing.departmentId()).toList());
        department.setItemLabelGenerator(Department::name);
        jobTitle.setLabel(getTranslation("employee.jobTitle"));
        jobTitle.setId("employee-jobTitle");
        jobTitle.setMaxLength(120);
        hireDate.setLabel(getTranslation("employee.hireDate"));
        hireDate.setId("employee-hireDate");
        hireDate.setLocale(getLocale());
        hireDate.setI18n(OrgUi.datePickerI18n(this, getLocale()));
        manager.setLabel(getTranslation("employee.manager"));
        manager.setId("employee-manager");
        active.setLabel(getTranslation("common.active"));
        active.setId("employee-active");

        String required = getTranslation("error.required");
        binder.forField(fullName).asRequired(required).bind(b -> b.fullName, (b, v) -> b.fullName = v);
        binder.forField(email).asRequired(required).bind(b -> b.email, (b, v) -> b.email = v);
        binder.forField(branch).asRequired(required).bind(b -> b.branch, (b, v) -> b.branch = v);
        binder.forField(department).asRequired(required).bind(b -> b.department, (b, v) -> b.department = v);
        binder.forField(jobTitle).asRequired(required).bind(b -> b.jobTitle, (b, v) -> b.jobTitle = v);
        binder.forField(hireDate).asRequired(required).bind(b -> b.hireDate, (b, v) -> b.hireDate = v);
        binder.forField(manager).bind(b -> b.manager, (b, v) -> b.manager = v);
        binder.forField(active).bind(b -> b.active, (b, v) -> b.active = v);
        if (existing != null) {
            bean.fullName = existing.fullName();
            bean.email = existing.email();
            bean.branch = branches.stream().filter(b -> b.id() == existing.branchId()).findFirst().orElse(null);
            bean.department = departments.stream().filter(d -> d.id() == existing.departmentId()).findFirst()
                    .orElse(null);
            bean.jobTitle = existing.jobTitle();
            bean.hireDate = existing.hireDate();
            bean.manager = existing.manager();
            bean.active = existing.active();
        }
        binder.readBean(bean);

        add(fullName, email, branch, department, jobTitle, hireDate, manager, active);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        fields = Map.of("fullName", fullName, "email", email, "branch", branch, "department", department,
                "jobTitle", jobTitle, "hireDate", hireDate);
    }

    /** The entered data, or empty (with the missing fields marked) when something required is blank. */
    Optional<EmployeeData> data() {
        OrgUi.clearErrors(fields);
        if (!binder.writeBeanIfValid(bean)) {
            return Optional.empty();
        }
        return Optional.of(new EmployeeData(bean.fullName, bean.email, bean.branch == null ? null : bean.branch.id(),
                bean.department == null ? null : bean.department.id(), bean.jobTitle, bean.hireDate, bean.manager,
                bean.active));
    }

    void showError(ValidationException e) {
        OrgUi.showError(this, e, fields);
    }
}
