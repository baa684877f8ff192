package org.advocacy.admin.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import org.advocacy.security.UserAccountService;
import org.advocacy.audit.AuditAction;
import org.advocacy.audit.AuditEvent;
import org.advocacy.audit.AuditFilter;
import org.advocacy.audit.AuditLog;
import org.advocacy.kernel.OrgTimeZone;
import org.advocacy.kernel.ui.Formats;
import org.advocacy.security.Role;

/**
 * The audit log, newest first and page by page from the database, filtered by text, action and a date range
 * (days in the organisation's time zone; stored times are UTC).
 */
@Route("admin/audit")
@Menu(title = "nav.audit", order = 53, icon = "vaadin:list")
@RolesAllowed(Role.ADMIN_)
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private final AuditLog audit;
    private final OrgTimeZone zone;
    private final Grid<AuditEvent> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<AuditAction> action = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Span count = new Span();
    private final Tabs tabs = new Tabs();
    private final UserAccountService accounts;
    private final Map<String, String> names = new HashMap<>();
    private AuditFilter.Kind kind = AuditFilter.Kind.CHANGES;

    AuditLogView(AuditLog audit, OrgTimeZone zone, UserAccountService accounts) {
        this.audit = audit;
        this.zone = zone;
        this.accounts = accounts;
        addClassName("list-view");
        setSizeFull();

        // sign-ins are many and routine; changes are what an administrator looks for: two tabs, and "all"
        Tab allTab = new Tab(getTranslation("audit.tab.all"));
        allTab.setId("audit-tab-all");
        Tab signInTab = new Tab(getTranslation("audit.tab.signIns"));
        signInTab.setId("audit-tab-sign-ins");
        Tab changeTab = new Tab(getTranslation("audit.tab.changes"));
        changeTab.setId("audit-tab-changes");
        tabs.add(changeTab, signInTab, allTab);
        tabs.setId("audit-tabs");
        tabs.addSelectedChangeListener(e -> {
            kind = e.getSelectedTab() == signInTab ? AuditFilter.Kind.SIGN_INS
                    : e.getSelectedTab() == changeTab ? AuditFilter.Kind.CHANGES : null;
            AuditAction chosen = action.getValue();
            action.setItems(kind == null ? Arrays.asList(AuditAction.values()) : AuditAction.of(kind));
            if (chosen != null && (kind == null || chosen.signIn() == (kind == AuditFilter.Kind.SIGN_INS))) {
                action.setValue(chosen);
            }
            refresh();
        });

        search.setId("audit-search");
        search.setPlaceholder(getTranslation("audit.search"));
        search.setAriaLabel(getTranslation("audit.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        action.setId("audit-action");
        action.setAriaLabel(getTranslation("audit.action"));
        action.setItems(AuditAction.of(AuditFilter.Kind.CHANGES));
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("audit.allActions"));
        action.setItemLabelGenerator(a -> a == null ? getTranslation("audit.allActions") : label(a));
        action.addValueChangeListener(e -> refresh());

        from.setId("audit-from");
        from.setPlaceholder(getTranslation("audit.from"));
        from.setAriaLabel(getTranslation("audit.from"));
        from.setClearButtonVisible(true);
        from.setLocale(getLocale());
        from.setI18n(org.advocacy.kernel.ui.DatePickerTexts.of(this, getLocale()));
        from.addValueChangeListener(e -> refresh());
        to.setId("audit-to");
        to.setPlaceholder(getTranslation("audit.to"));
        to.setAriaLabel(getTranslation("audit.to"));
        to.setClearButtonVisible(true);
        to.setLocale(getLocale());
        to.setI18n(org.advocacy.kernel.ui.DatePickerTexts.of(this, getLocale()));
        to.addValueChangeListener(e -> refresh());

        count.setId("audit-count");
        HorizontalLayout toolbar = new HorizontalLayout(search, action, from, to, count);
        toolbar.addClassName("list-toolbar");

        grid.setId("audit-grid");
        grid.addColumn(e -> Formats.dateTime(e.occurredAt(), zone.zone(), getLocale())).setKey("time")
                .setHeader(getTranslation("audit.col.time")).setAutoWidth(true);
        // names load with each page, after the grid measured its first rows: a fixed width, not auto
        grid.addColumn(e -> name(e.actor())).setKey("actor").setHeader(getTranslation("audit.col.actor"))
                .setWidth("13em").setFlexGrow(0).setTooltipGenerator(AuditEvent::actor);
        grid.addColumn(e -> actionLabel(e.action())).setKey("action").setHeader(getTranslation("audit.col.action"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.target() == null ? "" : name(e.target())).setKey("target")
                .setHeader(getTranslation("audit.col.target")).setWidth("14em").setFlexGrow(0);
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setKey("detail")
                .setHeader(getTranslation("audit.col.detail")).setFlexGrow(1);
        grid.addColumn(e -> e.clientIp() == null ? "" : e.clientIp()).setKey("clientIp")
                .setHeader(getTranslation("audit.col.clientIp")).setAutoWidth(true);
        grid.setItems(query -> withNames(audit.find(filter(), query.getOffset(), query.getLimit())).stream(),
                query -> audit.count(filter()));

        add(tabs, toolbar, grid);
        refresh();
    }

    /** Looks up the display names of the page's e-mail addresses (actors, account targets) in one query. */
    private List<AuditEvent> withNames(List<AuditEvent> page) {
        Set<String> missing = new HashSet<>();
        for (AuditEvent e : page) {
            for (String s : new String[] {e.actor(), e.target()}) {
                if (s != null && s.contains("@") && !names.containsKey(s.toLowerCase(Locale.ROOT))) {
                    missing.add(s.toLowerCase(Locale.ROOT));
                }
            }
        }
        if (!missing.isEmpty()) {
            Map<String, String> found = accounts.displayNames(missing);
            missing.forEach(m -> names.put(m, found.get(m)));
        }
        return page;
    }

    /** The person's name for an account's e-mail address; anything else (system, a token's name) as written. */
    String name(String actorOrTarget) {
        String n = actorOrTarget == null ? null : names.get(actorOrTarget.toLowerCase(Locale.ROOT));
        return n == null ? actorOrTarget : n;
    }

    private String label(AuditAction a) {
        return getTranslation("audit.action." + a.name());
    }

    /** Lines written by a newer version may carry an action this one does not know: show its code. */
    private String actionLabel(String code) {
        return Arrays.stream(AuditAction.values()).filter(a -> a.name().equals(code)).findFirst().map(this::label)
                .orElse(code);
    }

    AuditFilter filter() {
        String text = search.getValue() == null || search.getValue().isBlank() ? null : search.getValue().strip();
        return new AuditFilter(text, action.getValue(), startOfDayUtc(from.getValue()),
                to.getValue() == null ? null : startOfDayUtc(to.getValue().plusDays(1)), kind);
    }

    private LocalDateTime startOfDayUtc(LocalDate day) {
        return day == null ? null
                : day.atStartOfDay(zone.zone()).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("audit.count", audit.count(filter())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit");
    }
}
