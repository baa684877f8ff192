package org.advocacy.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.advocacy.kernel.OrgTimeZone;
import org.advocacy.kernel.ui.Formats;
import org.advocacy.org.OrgService;
import org.advocacy.security.Role;
import org.advocacy.security.UserAccountService;
import org.advocacy.security.UserAccountService.SortColumn;
import org.advocacy.security.UserListItem;

/** The accounts of the portal, page by page from the database, with dialogs to create and edit them. */
@Route("admin/users")
@Menu(title = "nav.users", order = 51, icon = "vaadin:user-check")
@RolesAllowed(Role.ADMIN_)
public class UserListView extends VerticalLayout implements HasDynamicTitle {

    private final UserAccountService accounts;
    private final OrgService org;
    private final OrgTimeZone zone;
    private final Grid<UserListItem> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<Role> role = new Select<>();
    private final Span count = new Span();

    UserListView(UserAccountService accounts, OrgService org, OrgTimeZone zone) {
        this.accounts = accounts;
        this.org = org;
        this.zone = zone;
        addClassName("list-view");
        setSizeFull();

        search.setId("users-search");
        search.setPlaceholder(getTranslation("users.search"));
        search.setAriaLabel(getTranslation("users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        role.setId("users-role");
        role.setAriaLabel(getTranslation("users.role"));
        role.setItems(Role.values());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("users.allRoles"));
        role.setItemLabelGenerator(r -> r == null ? getTranslation("users.allRoles") : getTranslation("role." + r.name()));
        role.addValueChangeListener(e -> refresh());

        Button add = new Button(getTranslation("users.add"), VaadinIcon.PLUS.create(), e -> openCreate());
        add.setId("users-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        count.setId("users-count");
        HorizontalLayout toolbar = new HorizontalLayout(search, role, add, count);
        toolbar.addClassName("list-toolbar");

        configureGrid();
        add(toolbar, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("users-grid");
        grid.setMultiSort(false);
        grid.addColumn(UserListItem::displayName).setKey("name").setHeader(getTranslation("users.col.name"))
                .setSortProperty(SortColumn.NAME.name()).setAutoWidth(true);
        grid.addColumn(UserListItem::email).setKey("email").setHeader(getTranslation("users.col.email"))
                .setSortProperty(SortColumn.EMAIL.name()).setAutoWidth(true);
        grid.addColumn(u -> u.branchCode() == null ? "" : u.branchCode()).setKey("branch")
                .setHeader(getTranslation("users.col.branch")).setSortProperty(SortColumn.BRANCH.name())
                .setWidth("8rem").setFlexGrow(0); // room for the header and its sort arrow in both languages
        grid.addColumn(new ComponentRenderer<>(this::roleBadges)).setKey("roles").setHeader(getTranslation("users.col.roles"))
                .setAutoWidth(true);
        grid.addColumn(u -> String.join(", ", u.managedBranchCodes())).setKey("managed")
                .setHeader(getTranslation("users.col.managed")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.enabled() ? "common.yes" : "common.no")).setKey("enabled")
                .setHeader(getTranslation("users.col.enabled")).setAutoWidth(true);
        grid.addColumn(u -> Formats.dateTime(u.lastSignInAt(), zone.zone(), getLocale())).setKey("lastSignIn")
                .setHeader(getTranslation("users.col.lastSignIn")).setSortProperty(SortColumn.LAST_SIGN_IN.name())
                .setAutoWidth(true);
        grid.addComponentColumn(u -> {
            Button edit = new Button(getTranslation("common.edit"), e -> openEdit(u));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.addClassName("edit-user");
            return edit;
        }).setKey("actions").setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("email"), SortDirection.ASCENDING)));
        grid.setItems(query -> {
            SortColumn sort = null;
            boolean ascending = true;
            for (QuerySortOrder order : query.getSortOrders()) {
                sort = SortColumn.valueOf(order.getSorted());
                ascending = order.getDirection() == SortDirection.ASCENDING;
            }
            return accounts.find(text(), role.getValue(), sort, ascending, query.getOffset(), query.getLimit()).stream();
        }, query -> accounts.count(text(), role.getValue()));
    }

    private Component roleBadges(UserListItem user) {
        Div badges = new Div();
        badges.addClassName("role-badges");
        for (Role r : Role.values()) {
            if (user.roles().contains(r)) {
                Span badge = new Span(getTranslation("role." + r.name()));
                badge.getElement().getThemeList().add("badge");
                badge.addClassName("role-" + r.name().toLowerCase());
                badges.add(badge);
            }
        }
        return badges;
    }

    private String text() {
        String t = search.getValue();
        return t == null || t.isBlank() ? null : t.strip();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("users.count", accounts.count(text(), role.getValue())));
    }

    private void openCreate() {
        new EditUserDialog(accounts, org, null, this::refresh).open();
    }

    private void openEdit(UserListItem user) {
        new EditUserDialog(accounts, org, user, this::refresh).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users");
    }
}
