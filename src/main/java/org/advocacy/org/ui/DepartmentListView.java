package org.advocacy.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.advocacy.org.Department;
import org.advocacy.org.OrgService;

/** HR's list of departments (shared by all branches): add, rename, retire. */
@Route("departments")
@RolesAllowed("HR")
@Menu(title = "nav.departments", order = 12, icon = "vaadin:sitemap")
public class DepartmentListView extends VerticalLayout implements HasDynamicTitle {

    private final OrgService org;
    private final Grid<Department> grid = new Grid<>();

    DepartmentListView(OrgService org) {
        this.org = org;
        addClassName("list-view");
        setSizeFull();

        Button add = new Button(getTranslation("department.add"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("department-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(add);
        toolbar.addClassName("list-toolbar");

        grid.setId("department-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Department::name).setHeader(getTranslation("department.name")).setKey("name")
                .setSortable(true).setFlexGrow(1).setAutoWidth(true);
        grid.addColumn(d -> OrgUi.yesNo(this, d.active())).setHeader(getTranslation("common.active"))
                .setKey("active").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(d -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(d));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.setAriaLabel(getTranslation("department.edit", d.name()));
            edit.setTooltipText(getTranslation("common.edit"));
            return edit;
        }).setHeader(getTranslation("common.actions")).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> edit(e.getItem()));

        add(toolbar, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    void edit(Department department) {
        new EditDepartmentDialog(org, department, this::refresh).open();
    }

    private void refresh() {
        // a handful of departments per organisation
        grid.setItems(org.departments());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.departments");
    }
}
