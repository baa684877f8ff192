package org.advocacy.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.advocacy.kernel.ValidationException;
import org.advocacy.kernel.ui.Formats;
import org.advocacy.org.Branch;
import org.advocacy.survey.ActionPlan;
import org.advocacy.survey.ActionPlanData;
import org.advocacy.survey.ActionPlanService;
import org.advocacy.survey.ActionStatus;
import org.advocacy.survey.Driver;

/** "You said, we did" on the results screen: the round's plans, their progress, and a dialog for a new plan. */
class ActionPlansPanel extends Div {

    private final ActionPlanService service;
    private final long roundId;
    private final List<Driver> drivers;
    private final List<Branch> branches;
    private final boolean mayEdit;
    private final boolean company;

    ActionPlansPanel(ActionPlanService service, long roundId, List<Driver> drivers, List<Branch> branches,
            boolean mayEdit, boolean company) {
        this.service = service;
        this.roundId = roundId;
        this.drivers = drivers;
        this.branches = branches;
        this.mayEdit = mayEdit;
        this.company = company;
        setId("results-plans");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H3(getTranslation("survey.plan.title")));
        if (mayEdit) {
            Button add = new Button(getTranslation("survey.plan.add"), e -> openDialog());
            add.setId("plan-add");
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add(add);
        }
        for (ActionPlan plan : service.plansOfRound(roundId)) {
            Div card = render(this, plan, drivers, mayEdit ? this::statusSelect : null);
            if (mayEdit && (company || plan.branchCode() != null)) {
                Button edit = new Button(getTranslation("survey.plan.edit"), e -> openDialog(plan));
                edit.setId("plan-edit-" + plan.id());
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                Button delete = new Button(getTranslation("survey.plan.delete"), e -> confirmDelete(plan));
                delete.setId("plan-delete-" + plan.id());
                delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                card.add(new Div(edit, delete));
            }
            add(card);
        }
    }

    private void confirmDelete(ActionPlan plan) {
        Dialog dialog = new Dialog(getTranslation("survey.plan.deleteTitle"));
        dialog.add(new Span(getTranslation("survey.plan.deleteConfirm")));
        Button yes = new Button(getTranslation("survey.plan.delete"), e -> {
            try {
                service.delete(plan.id());
                dialog.close();
                refresh();
            } catch (ValidationException ex) {
                Notification.show(getTranslation(ex.messageKey(), ex.args())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        yes.setId("plan-delete-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("survey.common.cancel"), e -> dialog.close()), yes);
        dialog.open();
    }

    /** One plan as a card; {@code statusEditor} null = read only (employees). */
    static Div render(com.vaadin.flow.component.Component c, ActionPlan plan, List<Driver> drivers,
            Function<ActionPlan.Action, com.vaadin.flow.component.Component> statusEditor) {
        Div card = new Div();
        card.addClassName("pulse-card");
        Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        String where = plan.branchCode() == null ? c.getTranslation("survey.plan.company") : plan.branchCode();
        card.add(new H4(where + " · " + plan.programName() + " · " + Formats.date(plan.roundCloseDate(), locale)));
        List<String> names = new ArrayList<>();
        for (String code : plan.drivers()) {
            names.add(drivers.stream().filter(d -> d.code().equals(code)).findFirst()
                    .or(() -> Driver.library(code)).map(d -> d.text(locale)).orElse(code));
        }
        card.add(new Span(c.getTranslation("survey.plan.drivers") + ": " + String.join(" · ", names)));
        UnorderedList list = new UnorderedList();
        for (ActionPlan.Action a : plan.actions()) {
            ListItem item = new ListItem(a.text() + " — " + a.owner() + " · " + Formats.date(a.dueOn(), locale) + " · ");
            item.add(statusEditor == null ? new Span(c.getTranslation("survey.actionStatus." + a.status()))
                    : statusEditor.apply(a));
            list.add(item);
        }
        card.add(list);
        return card;
    }

    private Select<ActionStatus> statusSelect(ActionPlan.Action a) {
        Select<ActionStatus> status = new Select<>();
        status.setId("action-status-" + a.id());
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("survey.actionStatus." + s));
        status.setValue(a.status());
        status.setAriaLabel(getTranslation("survey.plan.status"));
        status.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != a.status()) {
                try {
                    service.setStatus(a.id(), e.getValue());
                } catch (ValidationException ex) {
                    Notification.show(getTranslation(ex.messageKey(), ex.args())).addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            }
        });
        return status;
    }

    void openDialog() {
        openDialog(null);
    }

    /** A new plan ({@code existing} null) or the edit of one: its branch stays, drivers and actions change. */
    void openDialog(ActionPlan existing) {
        Dialog dialog = new Dialog(getTranslation(existing == null ? "survey.plan.add" : "survey.plan.edit"));
        ComboBox<Branch> branch = new ComboBox<>(getTranslation("survey.results.branch"));
        branch.setId("plan-branch");
        branch.setItems(branches);
        branch.setItemLabelGenerator(b -> b.code() + " · " + b.name());
        if (company) {
            branch.setPlaceholder(getTranslation("survey.plan.company"));
            branch.setClearButtonVisible(true);
        } else if (!branches.isEmpty()) {
            branch.setValue(branches.getFirst());
        }
        MultiSelectComboBox<Driver> chosen = new MultiSelectComboBox<>(getTranslation("survey.plan.drivers"));
        chosen.setId("plan-drivers");
        chosen.setItems(drivers);
        chosen.setItemLabelGenerator(d -> d.text(getLocale()));
        if (existing != null) {
            branch.setValue(branches.stream().filter(b -> b.code().equals(existing.branchCode())).findFirst().orElse(null));
            branch.setReadOnly(true);
            chosen.setValue(drivers.stream().filter(d -> existing.drivers().contains(d.code())).toList());
        }
        VerticalLayout rows = new VerticalLayout(branch, chosen);
        rows.setPadding(false);
        List<TextField> texts = new ArrayList<>();
        List<TextField> owners = new ArrayList<>();
        List<DatePicker> dues = new ArrayList<>();
        int rowCount = existing == null ? 3 : Math.max(3, existing.actions().size() + 1);
        for (int i = 0; i < rowCount; i++) {
            TextField text = new TextField(getTranslation("survey.plan.action"));
            text.setId("plan-action-" + i);
            TextField owner = new TextField(getTranslation("survey.plan.owner"));
            owner.setId("plan-owner-" + i);
            DatePicker due = new DatePicker(getTranslation("survey.plan.due"));
            due.setId("plan-due-" + i);
            if (existing != null && i < existing.actions().size()) {
                ActionPlan.Action a = existing.actions().get(i);
                text.setValue(a.text());
                owner.setValue(a.owner());
                due.setValue(a.dueOn());
            }
            texts.add(text);
            owners.add(owner);
            dues.add(due);
            FlexLayout row = new FlexLayout(text, owner, due);
            row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            row.getStyle().set("gap", "var(--lumo-space-s)");
            rows.add(row);
        }
        Button save = new Button(getTranslation("survey.common.save"), e -> {
            List<ActionPlanData.ActionData> actions = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                if (!texts.get(i).isEmpty() || !owners.get(i).isEmpty() || dues.get(i).getValue() != null) {
                    actions.add(new ActionPlanData.ActionData(texts.get(i).getValue(), owners.get(i).getValue(),
                            dues.get(i).getValue()));
                }
            }
            try {
                ActionPlanData data = new ActionPlanData(roundId, branch.getValue() == null ? null : branch.getValue().id(),
                        chosen.getValue().stream().map(Driver::code).toList(), actions);
                if (existing == null) {
                    service.create(data);
                } else {
                    service.update(existing.id(), data);
                }
                dialog.close();
                refresh();
            } catch (ValidationException ex) {
                Notification.show(getTranslation(ex.messageKey(), ex.args())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("plan-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(rows);
        dialog.getFooter().add(new Button(getTranslation("survey.common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
