package org.advocacy.feedback.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.advocacy.kernel.OrgTimeZone;
import org.advocacy.kernel.ui.Formats;
import org.advocacy.feedback.PraiseItem;
import org.advocacy.feedback.PraiseService;

/**
 * The approved praise of the caller's branches for a month: the branch praise feed, and per employee how often
 * customers praised them. Managers see their branches, HR and leaders all.
 */
@Route("feedback/praise")
@RolesAllowed({"MANAGER", "HR", "LEADER"})
@Menu(title = "nav.branchPraise", order = 36, icon = "vaadin:comments")
public class BranchPraiseView extends VerticalLayout implements HasDynamicTitle {

    /** One employee's praise count in the month. */
    record PerEmployee(String branchCode, String employeeName, int count) {
    }

    private final PraiseService praise;
    private final Select<YearMonth> month = new Select<>();
    private final Grid<PerEmployee> perEmployee = new Grid<>();
    private final Grid<PraiseItem> feed = new Grid<>();
    private final Paragraph empty = new Paragraph();

    BranchPraiseView(PraiseService praise, OrgTimeZone zone) {
        this.praise = praise;
        addClassName("list-view");
        setSizeFull();
        YearMonth current = YearMonth.from(LocalDate.now(zone.zone()));
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            months.add(current.minusMonths(i));
        }
        month.setId("praise-month");
        month.setLabel(getTranslation("metrics.month"));
        month.setItems(months);
        month.setItemLabelGenerator(m -> Formats.month(m, getLocale()));
        empty.setId("praise-empty");
        empty.addClassName("empty-note");
        perEmployee.setId("praise-per-employee");
        perEmployee.addThemeVariants(GridVariant.LUMO_COMPACT);
        perEmployee.setAllRowsVisible(true);
        perEmployee.addColumn(PerEmployee::branchCode).setHeader(getTranslation("praise.branch")).setKey("branch")
                .setAutoWidth(true).setFlexGrow(0);
        perEmployee.addColumn(PerEmployee::employeeName).setHeader(getTranslation("praise.employee")).setKey("employee");
        perEmployee.addColumn(PerEmployee::count).setHeader(getTranslation("praise.count")).setKey("count")
                .setAutoWidth(true).setFlexGrow(0);
        feed.setId("praise-feed");
        feed.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        feed.addColumn(p -> Formats.date(p.date(), getLocale())).setHeader(getTranslation("praise.date")).setKey("date")
                .setAutoWidth(true).setFlexGrow(0);
        feed.addColumn(PraiseItem::branchCode).setHeader(getTranslation("praise.branch")).setKey("branch").setAutoWidth(true)
                .setFlexGrow(0);
        feed.addColumn(PraiseItem::employeeName).setHeader(getTranslation("praise.employee")).setKey("employee")
                .setAutoWidth(true);
        feed.addColumn(PraiseItem::praise).setHeader(getTranslation("praise.text")).setKey("praise").setFlexGrow(1);
        month.addValueChangeListener(e -> refresh());
        add(month, empty, perEmployee, feed);
        setFlexGrow(1, feed);
        // open on the latest month that has praise, not on an empty current month
        month.setValue(months.stream().filter(m -> !praise.feed(m.atDay(1), m.plusMonths(1).atDay(1), 0, 1).isEmpty())
                .findFirst().orElse(current));
    }

    private void refresh() {
        YearMonth m = month.getValue();
        LocalDate from = m.atDay(1);
        LocalDate to = m.plusMonths(1).atDay(1);
        feed.setItems(q -> praise.feed(from, to, q.getOffset(), q.getLimit()).stream());
        // a branch's month holds tens of approved praise, not thousands: counted from one bounded read
        Map<String, PerEmployee> counts = new LinkedHashMap<>();
        for (PraiseItem p : praise.feed(from, to, 0, 500)) {
            counts.merge(p.branchCode() + "/" + p.employeeId(), new PerEmployee(p.branchCode(), p.employeeName(), 1),
                    (a, b) -> new PerEmployee(a.branchCode(), a.employeeName(), a.count() + 1));
        }
        boolean none = counts.isEmpty();
        empty.setText(none ? getTranslation("praise.feed.none", Formats.month(m, getLocale())) : "");
        empty.setVisible(none);
        perEmployee.setVisible(!none);
        feed.setVisible(!none);
        List<PerEmployee> rows = new ArrayList<>(counts.values());
        rows.sort((a, b) -> Integer.compare(b.count(), a.count()));
        perEmployee.setItems(rows);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.branchPraise");
    }
}
