package org.advocacy.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.advocacy.kernel.ValidationException;
import org.advocacy.feedback.Touchpoint;
import org.advocacy.feedback.TouchpointService;

/** HR's list of the touchpoints customers can rate on the public form, in both languages. */
@Route("feedback/touchpoints")
@RolesAllowed("HR")
@Menu(title = "nav.touchpoints", order = 37, icon = "vaadin:list-ol")
public class TouchpointListView extends VerticalLayout implements HasDynamicTitle {

    private final TouchpointService touchpoints;
    private final Grid<Touchpoint> grid = new Grid<>();

    TouchpointListView(TouchpointService touchpoints) {
        this.touchpoints = touchpoints;
        addClassName("list-view");
        Button add = new Button(getTranslation("touchpoint.add"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("touchpoint-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("touchpoint-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(Touchpoint::sortOrder).setHeader(getTranslation("touchpoint.order")).setKey("order").setAutoWidth(true);
        grid.addColumn(Touchpoint::code).setHeader(getTranslation("touchpoint.code")).setKey("code").setAutoWidth(true);
        grid.addColumn(Touchpoint::nameVi).setHeader(getTranslation("touchpoint.nameVi")).setKey("nameVi");
        grid.addColumn(Touchpoint::nameEn).setHeader(getTranslation("touchpoint.nameEn")).setKey("nameEn");
        grid.addColumn(t -> getTranslation(t.active() ? "common.yes" : "common.no")).setHeader(getTranslation("common.active"))
                .setKey("active").setAutoWidth(true);
        grid.addItemClickListener(e -> edit(e.getItem()));
        add(add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(touchpoints.all());
    }

    void edit(Touchpoint t) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(t == null ? "touchpoint.add" : "touchpoint.edit"));
        TextField code = new TextField(getTranslation("touchpoint.code"));
        code.setId("touchpoint-code");
        code.setReadOnly(t != null);
        TextField vi = new TextField(getTranslation("touchpoint.nameVi"));
        vi.setId("touchpoint-name-vi");
        TextField en = new TextField(getTranslation("touchpoint.nameEn"));
        en.setId("touchpoint-name-en");
        IntegerField order = new IntegerField(getTranslation("touchpoint.order"));
        order.setId("touchpoint-order");
        Checkbox active = new Checkbox(getTranslation("common.active"));
        active.setValue(true);
        if (t != null) {
            code.setValue(t.code());
            vi.setValue(t.nameVi());
            en.setValue(t.nameEn());
            order.setValue(t.sortOrder());
            active.setValue(t.active());
        } else {
            order.setValue(grid.getListDataView().getItemCount() + 1);
        }
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                touchpoints.save(new Touchpoint(code.getValue(), en.getValue(), vi.getValue(),
                        order.getValue() == null ? 99 : order.getValue(), active.getValue()));
                dialog.close();
                refresh();
            } catch (ValidationException ex) {
                TextField field = switch (ex.field() == null ? "" : ex.field()) {
                    case "nameEn" -> en;
                    case "nameVi" -> vi;
                    default -> code;
                };
                field.setInvalid(true);
                field.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        save.setId("touchpoint-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(code, vi, en, order, active));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.touchpoints");
    }
}
