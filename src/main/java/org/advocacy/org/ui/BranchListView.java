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
import org.advocacy.org.Branch;
import org.advocacy.org.OrgService;

/** The administrator's list of branches: add a branch, correct one, close one (inactive). */
@Route("admin/branches")
@RolesAllowed("ADMIN")
@Menu(title = "nav.branches", order = 50, icon = "vaadin:building")
public class BranchListView extends VerticalLayout implements HasDynamicTitle {

    private final OrgService org;
    private final Grid<Branch> grid = new Grid<>();

    BranchListView(OrgService org) {
        this.org = org;
        addClassName("list-view");
        setSizeFull();

        Button add = new Button(getTranslation("branch.add"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("branch-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(add);
        toolbar.addClassName("list-toolbar");

        grid.setId("branch-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Branch::code).setHeader(getTranslation("branch.code")).setKey("code").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Branch::name).setHeader(getTranslation("branch.name")).setKey("name").setSortable(true)
                .setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(Branch::city).setHeader(getTranslation("branch.city")).setKey("city").setSortable(true)
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(Branch::region).setHeader(getTranslation("branch.region")).setKey("region").setSortable(true)
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(Branch::timeZone).setHeader(getTranslation("branch.timeZone")).setKey("timeZone")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(b -> OrgUi.yesNo(this, b.active())).setHeader(getTranslation("common.active")).setKey("active")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(b -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(b));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.setAriaLabel(getTranslation("branch.edit", b.code()));
            edit.setTooltipText(getTranslation("common.edit"));
            return edit;
        }).setHeader(getTranslation("common.actions")).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> edit(e.getItem()));

        add(toolbar, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    /** Opens the form for a new branch (null) or an existing one. */
    void edit(Branch branch) {
        new EditBranchDialog(org, branch, this::refresh).open();
    }

    private void refresh() {
        // a dozen or so rows: branches do not grow like people do
        grid.setItems(org.branches(false));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.branches");
    }
}
