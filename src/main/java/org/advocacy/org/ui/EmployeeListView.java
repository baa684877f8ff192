package org.advocacy.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.advocacy.kernel.ui.Formats;
import org.advocacy.org.Branch;
import org.advocacy.org.Department;
import org.advocacy.org.Employee;
import org.advocacy.org.EmployeeCursor;
import org.advocacy.org.EmployeeFilter;
import org.advocacy.org.EmployeeSort;
import org.advocacy.org.OrgService;

/**
 * HR's list of staff: filter, sort, add and edit people. The grid loads page by page from the service, so it
 * stays quick with thousands of people.
 */
@Route("employees")
@RolesAllowed("HR")
@Menu(title = "nav.employees", order = 10, icon = "vaadin:users")
public class EmployeeListView extends VerticalLayout implements HasDynamicTitle {

    /** The status filter. */
    enum Status { ACTIVE, INACTIVE, ALL }

    private final OrgService org;
    private final Grid<Employee> grid = new Grid<>();
    private final TextField name = new TextField();
    private final ComboBox<Branch> branch = new ComboBox<>();
    private final ComboBox<Department> department = new ComboBox<>();
    private final Select<Status> status = new Select<>();
    /** Offsets where a loaded window ended, with the cursor of that window's last row; bounded. */
    private final TreeMap<Integer, EmployeeCursor> windowEnds = new TreeMap<>();
    private static final int MAX_WINDOWS = 10_000;
    private EmployeeFilter knownFilter;
    private List<EmployeeSort> knownSort;

    EmployeeListView(OrgService org) {
        this.org = org;
        addClassName("list-view");
        addClassName("employee-list-view");
        setSizeFull();

        name.setId("employee-filter-name");
        name.setPlaceholder(getTranslation("employee.filter.name"));
        name.setAriaLabel(getTranslation("employee.filter.name"));
        name.setPrefixComponent(VaadinIcon.SEARCH.create());
        name.setClearButtonVisible(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.addValueChangeListener(e -> refresh());

        branch.setId("employee-filter-branch");
        branch.setPlaceholder(getTranslation("employee.filter.allBranches"));
        branch.setAriaLabel(getTranslation("employee.branch"));
        branch.setItems(org.branches(false));
        branch.setItemLabelGenerator(b -> b.code() + " · " + b.name());
        branch.setClearButtonVisible(true);
        branch.addValueChangeListener(e -> refresh());

        department.setId("employee-filter-department");
        department.setPlaceholder(getTranslation("employee.filter.allDepartments"));
        department.setAriaLabel(getTranslation("employee.department"));
        department.setItems(org.departments());
        department.setItemLabelGenerator(Department::name);
        department.setClearButtonVisible(true);
        department.addValueChangeListener(e -> refresh());

        status.setId("employee-filter-status");
        status.setAriaLabel(getTranslation("employee.filter.status"));
        status.setItems(Status.values());
        status.setItemLabelGenerator(s -> getTranslation("employee.status." + s.name()));
        status.setValue(Status.ACTIVE);
        status.addValueChangeListener(e -> refresh());

        Button add = new Button(getTranslation("employee.add"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("employee-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importCsv = new Button(getTranslation("employee.import"), VaadinIcon.UPLOAD.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(EmployeeImportView.class)));
        importCsv.setId("employee-import");

        Div spacer = new Div();
        spacer.addClassName("toolbar-spacer");
        HorizontalLayout toolbar = new HorizontalLayout(name, branch, department, status, spacer, add, importCsv);
        toolbar.addClassName("list-toolbar");

        grid.setId("employee-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(true);
        grid.addColumn(Employee::fullName).setHeader(getTranslation("employee.fullName")).setKey("name")
                .setSortProperty(EmployeeSort.Column.NAME.name()).setAutoWidth(true).setFrozen(true);
        grid.addColumn(Employee::email).setHeader(getTranslation("employee.email")).setKey("email")
                .setSortProperty(EmployeeSort.Column.EMAIL.name()).setAutoWidth(true);
        grid.addColumn(Employee::branchCode).setHeader(getTranslation("employee.branch")).setKey("branch")
                .setSortProperty(EmployeeSort.Column.BRANCH.name()).setAutoWidth(true);
        grid.addColumn(Employee::departmentName).setHeader(getTranslation("employee.department")).setKey("department")
                .setSortProperty(EmployeeSort.Column.DEPARTMENT.name()).setAutoWidth(true);
        grid.addColumn(Employee::jobTitle).setHeader(getTranslation("employee.jobTitle")).setKey("jobTitle")
                .setSortProperty(EmployeeSort.Column.JOB_TITLE.name()).setAutoWidth(true);
        grid.addColumn(e -> Formats.date(e.hireDate(), getLocale())).setHeader(getTranslation("employee.hireDate"))
                .setKey("hireDate").setSortProperty(EmployeeSort.Column.HIRE_DATE.name()).setAutoWidth(true);
        grid.addColumn(e -> OrgUi.yesNo(this, e.manager())).setHeader(getTranslation("employee.manager"))
                .setKey("manager").setAutoWidth(true);
        grid.addColumn(e -> OrgUi.yesNo(this, e.active())).setHeader(getTranslation("common.active"))
                .setKey("active").setAutoWidth(true);
        grid.addComponentColumn(e -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), click -> edit(e));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.setAriaLabel(getTranslation("employee.edit", e.fullName()));
            edit.setTooltipText(getTranslation("common.edit"));
            return edit;
        }).setHeader(getTranslation("common.actions")).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> edit(e.getItem()));
        // keyset paging without a count: the grid grows as the user scrolls (issue 14)
        grid.setItems(this::fetch);

        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    /**
     * One window of rows by keyset: the grid asks by offset, so the view remembers where each loaded window ended
     * (offset → the cursor of the row before it) and continues from the nearest known one. Scrolling on reads from
     * the last row on; the database never sorts and skips everything before the window.
     */
    private Stream<Employee> fetch(Query<Employee, Void> query) {
        EmployeeFilter filter = filter();
        List<EmployeeSort> sort = sorts(query.getSortOrders());
        if (!filter.equals(knownFilter) || !sort.equals(knownSort)) {
            windowEnds.clear();
            knownFilter = filter;
            knownSort = sort;
        }
        int offset = query.getOffset();
        Map.Entry<Integer, EmployeeCursor> start = windowEnds.floorEntry(offset);
        int from = start == null ? 0 : start.getKey();
        List<Employee> rows = org.employeesAfter(filter, sort, start == null ? null : start.getValue(), offset - from,
                query.getLimit());
        if (!rows.isEmpty() && windowEnds.size() < MAX_WINDOWS) {
            windowEnds.put(offset + rows.size(), EmployeeCursor.of(rows.getLast()));
        }
        return rows.stream();
    }

    /** The filter the toolbar describes. */
    EmployeeFilter filter() {
        String text = name.getValue() == null || name.getValue().isBlank() ? null : name.getValue().strip();
        Boolean active = switch (status.getValue() == null ? Status.ALL : status.getValue()) {
            case ACTIVE -> true;
            case INACTIVE -> false;
            case ALL -> null;
        };
        return new EmployeeFilter(text, branch.getValue() == null ? null : branch.getValue().id(),
                department.getValue() == null ? null : department.getValue().id(), active);
    }

    static List<EmployeeSort> sorts(List<QuerySortOrder> orders) {
        List<EmployeeSort> sorts = new ArrayList<>();
        for (QuerySortOrder o : orders) {
            sorts.add(new EmployeeSort(EmployeeSort.Column.valueOf(o.getSorted()),
                    o.getDirection() == SortDirection.ASCENDING));
        }
        if (sorts.isEmpty()) {
            sorts.add(EmployeeSort.DEFAULT);
        }
        return sorts;
    }

    void edit(Employee employee) {
        new EditEmployeeDialog(org, employee, this::refresh).open();
    }

    private void refresh() {
        windowEnds.clear();
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.employees");
    }
}
