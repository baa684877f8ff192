package org.advocacy.org.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.ZoneId;
import java.util.Map;
import org.advocacy.kernel.ValidationException;
import org.advocacy.org.Branch;
import org.advocacy.org.BranchData;
import org.advocacy.org.OrgService;

/** Adds a branch or edits one; the service checks the input, the dialog shows its answer on the field. */
class EditBranchDialog extends Dialog {

    static final String DEFAULT_ZONE = "Asia/Ho_Chi_Minh";

    /** What the form edits; a mutable bean because Binder writes field by field. */
    static final class BranchBean {
        String code = "";
        String name = "";
        String city = "";
        String region = "";
        String timeZone = DEFAULT_ZONE;
        boolean active = true;
    }

    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final TextField city = new TextField();
    private final TextField region = new TextField();
    private final ComboBox<String> timeZone = new ComboBox<>();
    private final Checkbox active = new Checkbox();

    EditBranchDialog(OrgService org, Branch existing, Runnable onSaved) {
        setHeaderTitle(existing == null ? getTranslation("branch.add") : getTranslation("branch.edit", existing.code()));
        setId("branch-dialog");
        setWidth("min(40rem, 100vw)");

        code.setLabel(getTranslation("branch.code"));
        code.setId("branch-code");
        code.setHelperText(getTranslation("branch.code.help"));
        code.setMaxLength(16);
        name.setLabel(getTranslation("branch.name"));
        name.setId("branch-name");
        name.setMaxLength(120);
        city.setLabel(getTranslation("branch.city"));
        city.setId("branch-city");
        city.setMaxLength(80);
        region.setLabel(getTranslation("branch.region"));
        region.setId("branch-region");
        region.setMaxLength(80);
        timeZone.setLabel(getTranslation("branch.timeZone"));
        timeZone.setId("branch-timezone");
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        active.setLabel(getTranslation("common.active"));
        active.setId("branch-active");

        Binder<BranchBean> binder = new Binder<>();
        String required = getTranslation("error.required");
        binder.forField(code).asRequired(required).bind(b -> b.code, (b, v) -> b.code = v);
        binder.forField(name).asRequired(required).bind(b -> b.name, (b, v) -> b.name = v);
        binder.forField(city).asRequired(required).bind(b -> b.city, (b, v) -> b.city = v);
        binder.forField(region).asRequired(required).bind(b -> b.region, (b, v) -> b.region = v);
        binder.forField(timeZone).asRequired(required).bind(b -> b.timeZone, (b, v) -> b.timeZone = v);
        binder.forField(active).bind(b -> b.active, (b, v) -> b.active = v);
        BranchBean bean = new BranchBean();
        if (existing != null) {
            bean.code = existing.code();
            bean.name = existing.name();
            bean.city = existing.city();
            bean.region = existing.region();
            bean.timeZone = existing.timeZone();
            bean.active = existing.active();
        }
        binder.readBean(bean);

        FormLayout form = new FormLayout(code, name, city, region, timeZone, active);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form);

        Map<String, HasValidation> fields = Map.of("code", code, "name", name, "city", city, "region", region,
                "timeZone", timeZone);
        Button save = new Button(getTranslation("common.save"), e -> {
            OrgUi.clearErrors(fields);
            if (!binder.writeBeanIfValid(bean)) {
                return;
            }
            BranchData data = new BranchData(bean.code, bean.name, bean.city, bean.region, bean.timeZone, bean.active);
            try {
                if (existing == null) {
                    org.createBranch(data);
                } else {
                    org.updateBranch(existing.id(), data);
                }
            } catch (ValidationException ex) {
                OrgUi.showError(this, ex, fields);
                return;
            }
            close();
            OrgUi.success(getTranslation("branch.saved", data.code().strip().toUpperCase(java.util.Locale.ROOT)));
            onSaved.run();
        });
        save.setId("branch-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId("branch-cancel");
        getFooter().add(cancel, save);
    }
}
